package id.sigap.conversation;

import id.sigap.retrieval.IndonesianAnalysis;
import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The sentences of a message that tells more than it asks. "perpustakaan daerah buka hari sabtu gak min? anak saya
 * lagi sakit dan saya khawatir banget" is unsure as a whole (the worry's words dilute the question's) and sure of the
 * library's entry on its question alone. A sentence read alone is kept only when it is sure of the very entry the
 * whole message found first: it makes retrieval surer, never changes the entry. "KTP saya hilang waktu banjir. cara
 * bikin KTP baru gimana?" is about the lost card as a whole; its second sentence alone is sure of the first-time card
 * and is not kept.
 *
 * <p>A long message written without any sentence mark ("sy mau tny bantuan hukum gratis itu ada gk min tanah warisan
 * bapak diakuin sodara ...") has its first and its last {@link #WINDOW} words as parts instead: a question is told at
 * the start or at the end of a story far more often than in its middle. The same rule keeps them; when the sentence ends
 * with a question mark, its opening only when its closing words are near the same entry.
 */
final class QuestionParts {

    /** The transcript's note on an answer found from one sentence. */
    static final String NOTE = "question-part";
    /** A sentence shorter than this asks nothing alone ("min?", "tolong ya."). */
    static final int MIN_WORDS = 3;
    /**
     * A sentence without a question mark, read alone beside one that has it, is kept only with this many words that say
     * what it is about (not a question word nor a negation).
     */
    static final int MIN_CONTENT = 2;
    /** More sentences than this are not searched one by one (a long story; its cost stays bounded). */
    static final int MAX_PARTS = 6;

    /** A message of one sentence this long or longer is read in two windows, its first and its last words. */
    static final int LONG = 14;
    /** The words of each window. */
    static final int WINDOW = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A sentence that ends with a question mark, perhaps before emoji or closing marks ("gk? 🙏"). */
    private static final Pattern QUESTION_END = Pattern.compile("\\?[^\\p{L}\\p{N}]*$");

    private QuestionParts() {
    }

    /**
     * The message's sentences of at least {@link #MIN_WORDS} words, or the first and last {@link #WINDOW} words of one
     * sentence of {@link #LONG} words or more; empty otherwise.
     */
    static List<String> of(String text) {
        return parts(sentences(text));
    }

    /**
     * Two or more sentences end with a question mark: the message asks more than one thing ("... selama jembatan tutup
     * gmn? ada bus sekolah gk?"), and one sentence sure of an entry answers only part of it.
     */
    static boolean asksMoreThanOnce(String text) {
        return asksMoreThanOnce(sentences(text));
    }

    /**
     * The surest result of one sentence read alone, when the whole message was unsure: sure, and on the entry the whole
     * message found first.
     */
    static Optional<RetrievalResult> surer(String text, RetrievalResult whole, KnowledgeRetriever retriever) {
        if (whole.confident() || whole.hits().isEmpty()) {
            return Optional.empty();
        }
        if (whole.reasons().contains(RetrievalResult.OTHER_OFFICE) && retriever.namesTheOfficeOfAnother(text, whole)) {
            // the message names, in a sentence the question leaves out, an office the entry names nowhere and another
            // entry is about: "saya menunggak iuran BPJS mandiri ... Apakah ada program pemutihan atau keringanan?" was
            // answered surely with the vehicle-tax amnesty from its last sentence (batch Z45, read). A place where
            // something happened ("bapak sy meninggal tadi subuh di RSUD ...") names no entry's office.
            return Optional.empty();
        }
        String[] sentences = sentences(text);
        if (asksMoreThanOnce(sentences)) {
            return Optional.empty();
        }
        String first = whole.hits().getFirst().entryId();
        List<String> parts = parts(sentences);
        List<RetrievalResult> read = parts.stream().map(p -> retriever.retrieve(SmallTalk.withoutGreeting(p))).toList();
        // a story that ends with its question: its opening is kept only when the question is near the same entry
        // ("jadi gini min, malem itu sirine bunyi ..., ada daftar nama pengungsi per lokasi gk?" was answered surely
        // with the siren's entry from its first words, which the question at its end is nowhere near)
        boolean storyThenQuestion = sentences.length == 1 && parts.size() == 2 && QUESTION_END.matcher(sentences[0]).find();
        boolean asks = Arrays.stream(sentences).anyMatch(s -> QUESTION_END.matcher(s).find());
        // the one question of the message, when it is one of the parts read: a remark beside it is kept only when the
        // question does not ask aside from the entry (asksAside: "dimana bisa isi ulang tabung oksigen atau dapet
        // pinjaman? listrik di sana blm nyala" was answered surely with the power cut from its remark, batch T53)
        List<Integer> questions = java.util.stream.IntStream.range(0, parts.size())
                .filter(i -> QUESTION_END.matcher(parts.get(i)).find()).boxed().toList();
        int question = sentences.length > 1 && !asksMoreThanOnce(sentences) && questions.size() == 1 ? questions.getFirst() : -1;
        RetrievalResult best = null;
        for (int i = 0; i < read.size(); i++) {
            RetrievalResult alone = read.get(i);
            if (storyThenQuestion && i == 0 && !near(read.get(1), first)) {
                continue;
            }
            if (question >= 0 && i != question && asksAside(parts.get(question), read.get(question), first, alone, retriever)) {
                continue;
            }
            if (i > 0 && FollowUp.pointsAtTheLast(parts.get(i))) {
                // a part that opens pointing back is about what the part before it names, not sure alone: "dapur umum buka
                // jam brp ya min? yg di balai desa masih ada gk" was answered surely with a region's shelters from "yg di
                // balai desa" (batch A59, read)
                continue;
            }
            // a part sure but for resting on a place's name alone ("sy tinggal di batu sari.") is sure when the whole
            // message names the place's kind ("... posko pengungsian terdekat dmn ya?"), and judged further below
            boolean sure = alone.confident() || alone.sureButForItsName() && retriever.namesItsKind(text, alone);
            if (!sure || !alone.top().map(h -> h.entryId().equals(first)).orElse(false)
                    || best != null && alone.confidence() <= best.confidence()) {
                continue;
            }
            if (retriever.onlyTellsApart(parts.get(i), text, alone)) {
                // the part is sure only of what tells the entry from others of its kind (a region's name among the
                // regions' shelters) and the message names nothing of that kind: "pak sy nelayan di pesisir barat. solar
                // susah ... ada jatah khusus nelayan gk?", "... ujan deres bgt di batu sari. moga jembatan darurat cepet
                // jadi ya" were answered surely with the region's shelters ("sy tinggal di batu sari. posko terdekat
                // dmn?" still is)
                continue;
            }
            if (asks && !QUESTION_END.matcher(parts.get(i)).find()
                    && IndonesianAnalysis.contentTerms(alone.normalizedQuestion()).size() < MIN_CONTENT) {
                // a remark beside the question says too little to answer for it: "sy blm punya" after "kartu kusuka
                // itu apa ya?" was sure of the health insurance for the poor from "punya" alone
                continue;
            }
            best = alone.confident() ? alone : alone.sure();
        }
        return Optional.ofNullable(best);
    }

    /** How many of a question's first entries count as near it. */
    static final int NEAR = 3;

    private static boolean near(RetrievalResult question, String entryId) {
        return question.hits().stream().limit(NEAR).anyMatch(h -> h.entryId().equals(entryId));
    }

    private static String[] sentences(String text) {
        return Sentences.of(text).toArray(String[]::new);
    }

    private static List<String> parts(String[] sentences) {
        if (sentences.length == 1) {
            return windows(sentences[0]);
        }
        if (sentences.length > MAX_PARTS) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String sentence : sentences) {
            if (WORD.matcher(sentence).results().count() >= MIN_WORDS) {
                parts.add(sentence.strip());
            }
        }
        return parts;
    }

    private static List<String> windows(String sentence) {
        List<String> words = WORD.matcher(sentence).results().map(MatchResult::group).toList();
        if (words.size() < LONG) {
            return List.of();
        }
        return List.of(String.join(" ", words.subList(0, WINDOW)),
                String.join(" ", words.subList(words.size() - WINDOW, words.size())));
    }

    /**
     * The one sentence of a message of several that asks (ends with a question mark, {@link #MIN_WORDS} words or more),
     * the others only telling; empty when none or more than one asks, or the message is one sentence.
     */
    static Optional<String> onlyQuestion(String text) {
        String[] sentences = sentences(text);
        if (sentences.length < 2 || sentences.length > MAX_PARTS) {
            return Optional.empty();
        }
        List<String> asked = Arrays.stream(sentences).filter(s -> QUESTION_END.matcher(s).find()).toList();
        return asked.size() == 1 && WORD.matcher(asked.getFirst()).results().count() >= MIN_WORDS
                ? Optional.of(asked.getFirst().strip()) : Optional.empty();
    }

    /**
     * Whether a message's one question asks beside the entry a remark of the message found (of {@code found}, first
     * {@code entryId}): the question alone has that entry nowhere near its first few, shares no topical word with it
     * ("dimana bisa isi ulang tabung oksigen atau dapet pinjaman?" beside the power cut's "listrik di sana blm nyala")
     * and does not name its kind ("posko pengungsian terdekat dmn ya?" beside "sy tinggal di batu sari"). A question
     * that shares a word of the entry ("berobat kmn ya yg gratis?" beside "sy gk punya bpjs", the regional health cover)
     * asks about it.
     */
    static boolean asksAside(String question, RetrievalResult alone, String entryId, RetrievalResult found,
                             KnowledgeRetriever retriever) {
        // a question of fewer content words is most likely the tail of a sentence cut at an abbreviation ("koridor 2 skrg
        // gk lewat jl. merdeka lg ya?" read as "merdeka lg ya?", batch L54): it says too little to set an entry aside
        return IndonesianAnalysis.contentTerms(alone.normalizedQuestion()).size() >= MIN_CONTENT
                && !near(alone, entryId) && retriever.shareNoTopic(question, List.of(entryId)).contains(entryId)
                && !retriever.namesItsKind(question, found);
    }

    private static boolean asksMoreThanOnce(String[] sentences) {
        return Arrays.stream(sentences).filter(s -> QUESTION_END.matcher(s).find()).count() > 1;
    }
}
