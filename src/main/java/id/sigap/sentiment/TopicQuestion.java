package id.sigap.sentiment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a question whose topic is a negative word as the question it is: "jalan rusak sudah diperbaiki belum",
 * "vaksin anjing rabies di mana", "korban meninggal dapat santunan?" ask about a service, and the words "rusak",
 * "anjing", "korban" name what they ask about, not the writer's mood. The lexicon and the model trained on
 * reviews read those words as negative, so such a question came out berpotensi negatif. It is netral when the
 * message is a question, its only negative lexicon words are topic words ({@code sentiment/words.tsv}) or
 * words for a service's state, and it carries no complaint: no other negative word, no negator left once the
 * question tags are taken out ("korban belum dapat bantuan?"), no topic word told as the writer's own plight
 * ("anak saya diare"), no "kenapa", "kok", "padahal", repetition or
 * intensity (the COMPLAINT words of {@code sentiment/words.tsv}), no blame, sarcasm, abuse, shouting, several
 * exclamation or question marks, and no emergency. A question about an errand ("syaratnya apa", "ngurusnya di
 * mana") with no negative lexicon word at all, read as negative by the model alone, is netral on the same
 * conditions (2026-12-03).
 */
final class TopicQuestion {

    private static final String TIMES = "kali";

    private TopicQuestion() {
    }

    /**
     * Whether a message read as negative is only a question about a topic that sounds negative.
     *
     * @param scored   the message as scored, without its question tags
     * @param evidence the lexicon's evidence on {@code scored}
     */
    static boolean isPlainTopicQuestion(NormalisedText scored, LexiconEvidence evidence, List<String> emergency, Lexicon lexicon) {
        if (!emergency.isEmpty() || evidence.complaint() - evidence.topic() > ServiceStateReading.MILD
                || complains(scored, evidence, lexicon)) {
            return false;
        }
        SentimentWords words = SentimentWords.shipped();
        List<String> tokens = scored.tokens();
        boolean asks = scored.questions() > 0 || tokens.stream().anyMatch(words.asking()::contains);
        boolean topic = evidence.topic() > 0;
        for (int i = 0; i < tokens.size() && !topic; i++) {
            topic = words.topics().contains(tokens.get(i)) && !ownPlight(tokens, i);
        }
        // a question with no negative word at all: only the model, trained on reviews, read it as negative ("izin
        // bangunan sekarang namanya PBG ya? ngurusnya di mana?"), when it asks how to get something done (ERRAND
        // words) and is aimed at no one ("kalian pikir ... ?")
        return asks && (topic || evidence.negative() == 0 && tokens.stream().noneMatch(words::aimedAt)
                && tokens.stream().anyMatch(t -> words.is(SentimentWords.Kind.ERRAND, t)));
    }

    /**
     * Whether a message read as berpotensi negatif only states the writer's problem and asks what to do about it:
     * "bpjs kesehatan sy katanya nonaktif, cara aktifin lg gmn ya", "bansos pkh ibu sy bulan ini blm masuk, cara
     * ceknya gmn ya min". It asks (one question mark, or a question word in its last clause), it is about getting
     * something done (an ERRAND or ADVICE word), its last clause holds the question, errand or advice word, and
     * nothing in it complains: no COMPLAINT word, repetition, anyone aimed at, abuse, sarcasm, shouting, exclamation,
     * second question mark, strong negative word or emergency. Waiting ("udah 2 minggu", "belum cair juga") is an
     * implied complaint, read before this (2026-12-03, thirteenth session).
     */
    static boolean isRemedyQuestion(NormalisedText scored, LexiconEvidence evidence, List<String> emergency) {
        if (!emergency.isEmpty() || evidence.hostile() || evidence.sarcasm() || scored.shouting()
                || scored.exclamations() > 0 || scored.questions() > 1
                || evidence.complaint() - evidence.topic() > ServiceStateReading.MILD
                || evidence.signals().stream().anyMatch(ServiceStateReading.TOO_STRONG::contains)) {
            return false;
        }
        SentimentWords words = SentimentWords.shipped();
        List<String> tokens = scored.tokens();
        if (tokens.stream().anyMatch(t -> words.complaints().contains(t) || words.aimedAt(t)) || repeats(tokens)) {
            return false;
        }
        List<String> last = lastClause(tokens);
        // a question: its one question mark, or a question word in the last clause
        boolean asks = scored.questions() == 1 || last.stream().anyMatch(words.asking()::contains);
        // about getting something done, and what to do is what the last clause asks
        return asks && tokens.stream().anyMatch(TopicQuestion::remedyWord)
                && last.stream().anyMatch(t -> words.asking().contains(t) || remedyWord(t));
    }

    private static boolean remedyWord(String token) {
        SentimentWords words = SentimentWords.shipped();
        return words.is(SentimentWords.Kind.ERRAND, token) || words.is(SentimentWords.Kind.ADVICE, token);
    }

    /** A question mark closing the message, before any spaces, brackets, emoji or other marks. */
    private static final Pattern CLOSING_QUESTION = Pattern.compile("\\?[^\\p{L}\\p{N}?]*$");

    /**
     * Whether a message read as positive only asks about something good: "hotel mana yang direkomendasikan?",
     * "toiletnya bersih gak?", "apakah dinas bisa membantu mediasi?". The message must close with a question mark (a
     * review with a question word inside, "makanannya enak, cocok kapan saja", is no question), all its positive words
     * must stand in that closing question ("petugasnya ramah banget, namanya siapa ya?" thanks first, then asks), and it
     * carries no word of thanks or praise (PRAISE in {@code sentiment/words.tsv}), no exclamation and no sarcasm.
     *
     * @param scorer scores the last clause alone, only once the cheaper conditions hold
     */
    static boolean isPlainQualityQuestion(String original, NormalisedText scored, LexiconEvidence evidence,
                                          LexiconScorer scorer) {
        SentimentWords words = SentimentWords.shipped();
        return CLOSING_QUESTION.matcher(original).find() && scored.exclamations() == 0 && !evidence.sarcasm()
                && scored.tokens().stream().noneMatch(t -> words.is(SentimentWords.Kind.PRAISE, t))
                && scorer.score(closingClause(scored)).positive() >= evidence.positive();
    }

    /** The last clause of a message (after its last clause break), as a question. */
    private static NormalisedText closingClause(NormalisedText text) {
        return new NormalisedText(lastClause(text.tokens()), 0, 1, false, false);
    }

    /** The tokens after the last clause break. */
    private static List<String> lastClause(List<String> tokens) {
        return tokens.subList(tokens.lastIndexOf(NormalisedText.BREAK) + 1, tokens.size());
    }

    /** "anak saya diare", "rumah kami rusak": the word at {@code at} tells the writer's own plight. */
    static boolean ownPlight(List<String> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - 2); j--) {
            if (tokens.get(j).equals(NormalisedText.BREAK)) {
                return false;
            }
            if (SentimentWords.shipped().firstPerson().contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a message complains whatever its topic: abuse, blame, sarcasm, shouting, several marks, a negator,
     * a complaint word or cue, repetition ("rusak lagi", "ditolak tiga kali", "berkali-kali").
     */
    static boolean complains(NormalisedText scored, LexiconEvidence evidence, Lexicon lexicon) {
        if (evidence.hostile() || evidence.sarcasm() || scored.shouting()
                || evidence.signals().stream().anyMatch(ServiceStateReading.TOO_STRONG::contains)) {
            return true;
        }
        SentimentWords words = SentimentWords.shipped();
        List<String> tokens = scored.tokens();
        return tokens.stream().anyMatch(t -> lexicon.negators().contains(t) || words.complaints().contains(t))
                || repeats(tokens);
    }

    /** Repetition: a topic word again ("rusak lagi") or a count of times ("ditolak tiga kali"). */
    private static boolean repeats(List<String> tokens) {
        SentimentWords words = SentimentWords.shipped();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String next = tokens.get(i + 1);
            if (words.topics().contains(tokens.get(i)) && words.is(SentimentWords.Kind.AGAIN, next)
                    || words.numbers().contains(tokens.get(i)) && next.equals(TIMES)) {
                return true;
            }
        }
        return false;
    }
}
