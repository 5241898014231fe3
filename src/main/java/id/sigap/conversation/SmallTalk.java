package id.sigap.conversation;

import id.sigap.texts.WordTable;

import id.sigap.retrieval.IndonesianNormalizer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Greetings, thanks, acknowledgements and questions about the bot itself ("ini bot?"), recognised without
 * retrieval: a message is small talk when every word of it is one of these (so "halo, posko di mana?" is a
 * question, not a greeting).
 */
final class SmallTalk {

    private static final java.util.regex.Pattern PART_BREAK = java.util.regex.Pattern.compile("[\\s,.!]+");
    private static final java.util.regex.Pattern NOT_WORDISH = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\s-]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]+");

    enum Kind {
        SALAM, GREETING, THANKS, ACKNOWLEDGED, TEST, ABOUT_BOT, ABOUT_DATA, ABOUT_LANGUAGES, SEASON_GREETING, CARE,
        APOLOGY, WISH, BANTER, CONDOLENCE;

        /** A greeting or a ping alone ("halo???", "p", "tes"): calls out, asks and thanks nothing. */
        boolean calling() {
            return this == GREETING || this == TEST;
        }

        /** A question about Sigap itself, not thanks or praise: its honest reply whatever the mood of its words. */
        boolean aboutSigap() {
            return this == ABOUT_BOT || this == ABOUT_DATA || this == ABOUT_LANGUAGES;
        }
    }

    /**
     * Longer messages are never small talk. Every word must be a small-talk word anyway, so the bound only keeps
     * a pasted paragraph out; 8 until the second sweep of 2026-12-02, which found nine- and eleven-word thanks
     * ("oke deh makasih ya kak, sukses selalu buat timnya") sent to retrieval and even to staff.
     */
    static final int MAX_WORDS = 14;
    /** The word lists, from {@code conversation/small-talk.tsv} (the file explains each kind). */
    private static final WordTable WORDS = WordTable.load("conversation/small-talk.tsv");
    private static final Set<String> SALAM = WORDS.of("SALAM");
    private static final Set<String> GREETING = WORDS.of("GREETING");
    private static final Set<String> THANKS = WORDS.of("THANKS");
    /** Praise that goes with thanks or stands alone ("infonya sangat membantu", "mantap min"). */
    private static final Set<String> PRAISE = WORDS.of("PRAISE");
    private static final Set<String> ACKNOWLEDGED = WORDS.of("ACKNOWLEDGED");
    private static final Set<String> TEST = WORDS.of("TEST");
    /**
     * Words of a wish that goes with thanks ("makasih, semoga banjirnya cepat surut"): small talk only beside thanks or
     * a salam and with no question mark, since alone they name a topic ("banjir surut?").
     */
    private static final Set<String> WISH = WORDS.of("WISH");
    /**
     * The answer to "anything else?" ("ga ada lagi min, makasih", "sudah itu aja"): small talk only beside thanks or an
     * acknowledgement, with no question mark and no wish word ("makasih, air ga ada lagi" is a complaint).
     */
    private static final Set<String> NOTHING_MORE = WORDS.of("NOTHING_MORE");
    /** Words of address that go with any of the above. */
    private static final Set<String> ADDRESS = WORDS.of("ADDRESS");
    /** Words of address that call out when nothing else is said ("min", "kak??"). */
    private static final Set<String> CALL = WORDS.of("CALL");
    /** The question words of a message that only asks ("trs gimana?"), one at least, and the words that go with them. */
    private static final Set<String> ONLY_ASKING = WORDS.of("ONLY_ASKING");
    private static final Set<String> ASKING = WORDS.of("ASKING");
    /** Words that go with a greeting ("apa kabar?") but, unlike words of address, may start a question. */
    private static final Set<String> FILLER = WORDS.of("FILLER");
    /** Words for a machine that answers ("bot", "robot"), for questions about Sigap itself. */
    private static final Set<String> BOT = WORDS.of("BOT");
    /** Words that address the bot or point at this chat ("kamu", "ini"). */
    private static final Set<String> YOU = WORDS.of("YOU");
    /** Words that ask who or what answers ("orang", "siapa", "real person"). */
    private static final Set<String> ABOUT_BOT = WORDS.of("ABOUT_BOT");
    /** Words of {@link #YOU} that only point ("ini", "this"): with only a word of {@link #REAL} they ask about a thing. */
    private static final Set<String> POINTING = WORDS.of("POINTING");
    /** Words of {@link #ABOUT_BOT} that ask whether something is real ("is this real?" after an SMS asks about it). */
    private static final Set<String> REAL = WORDS.of("REAL");
    /** The other words of a question about the bot ("ini bot atau", "am I talking to a bot"). */
    private static final Set<String> BOT_GLUE = WORDS.of("BOT_GLUE");
    /** Small talk of only these words is answered in English ("ok thanks"), whatever the client's language. */
    private static final Set<String> ENGLISH = WORDS.of("ENGLISH");
    /** Words of English small talk that Indonesian chat uses as much ("ok", "noted"): not English on their own. */
    private static final Set<String> NEUTRAL = WORDS.of("NEUTRAL");
    /** Words that make a sentence with thanks or praise in it a question, a request, a complaint or a denial. */
    private static final Set<String> NOT_A_STATEMENT = WORDS.of("NOT_A_STATEMENT");
    private static final Set<String> BUSY = WORDS.of("BUSY");
    /** Negations that, before a {@link #SPARED} word, tell of a trouble spared ("jadi gk perlu jauh2 ke kota"). */
    private static final Set<String> NEGATION = WORDS.of("NEGATION");
    private static final Set<String> SPARED = WORDS.of("SPARED");
    /** How many words after a {@link #SPARED} word a {@link #BUSY} word still belongs to it. */
    private static final int SPARED_REACH = 3;
    /** Thanks that say thanks by themselves ("terima kasih", "makasih"; not "banyak" or "lot"). */
    private static final Set<String> THANKS_OPENERS = WORDS.of("THANKS_OPENER");
    /**
     * Halves of a thanks that thank only before their other half ({@link #THANKS_SECOND}): "terima kasih", "matur nuwun";
     * "terima uang" receives money ({@link #thanksAt}).
     */
    private static final Set<String> THANKS_HALF = WORDS.of("THANKS_HALF");
    private static final Set<String> THANKS_SECOND = WORDS.of("THANKS_SECOND");
    /** Praise that says praise by itself in a sentence ("mantap", "salut"; not "cepat" or "untuk"). */
    private static final Set<String> STRONG_PRAISE = WORDS.of("STRONG_PRAISE");
    /** Holiday wishes that open a sentence ("selamat natal", "happy new year"), padded with spaces. */
    private static final java.util.regex.Pattern SEASON = WORDS.phrases("SEASON");
    /** Asking after the staff themselves ("udh makan blm min?", "jaga diri ya"): {@link #cares}. */
    private static final java.util.regex.Pattern CARE = WORDS.phrases("CARE");
    /**
     * The same without an address, which only asks after the staff beside a {@code CARE} phrase ("min lagi ngapain? udah
     * makan blm?"); alone it may ask after evacuees ("pengungsi di posko sudah makan belum?").
     */
    private static final java.util.regex.Pattern CARE_TOO = WORDS.phrases("CARE_TOO");
    /** Asking leave to ask ("sy mau tanya"): beside asking after the staff, a question follows. */
    private static final Set<String> CARE_NOT = WORDS.of("CARE_NOT");
    /** Words that say the last message was sent by mistake ("maaf hp dipegang bocah", "salah kirim"). */
    private static final java.util.regex.Pattern STRAY = WORDS.phrases("STRAY");
    private static final java.util.regex.Pattern JUST_SAYING = WORDS.phrases("JUST_SAYING");
    /** Phrases of asking now ("mau tanya", "saya ingin menanyakan"): no thanks or praise said with one is only that. */
    private static final java.util.regex.Pattern ASKING_NOW = WORDS.phrases("ASKING_NOW");
    private static final Set<String> KIND_WORD = WORDS.of("KIND_WORD");
    private static final Set<String> SAYING_FILLER = WORDS.of("SAYING_FILLER");
    private static final Set<String> ENCOURAGING = WORDS.of("ENCOURAGING");
    private static final java.util.regex.Pattern REALISED = WORDS.phrases("REALISED");
    private static final java.util.regex.Pattern SAYING_ASIDE = WORDS.phrases("SAYING_ASIDE");
    private static final Set<String> REALISED_OPENER = WORDS.of("REALISED_OPENER");
    private static final Set<String> REALISED_WHERE = WORDS.of("REALISED_WHERE");
    private static final Set<String> REALISED_ASIDE = WORDS.of("REALISED_ASIDE");
    private static final Set<String> REALISED_NOT = WORDS.of("REALISED_NOT");
    /** Being told where to go, taken in ("oh jadi ke OJK ya, oke"): at most this many words. */
    static final int MAX_REALISED_WORDS = 12;
    /** The word of where stands among the first words ("oh jadi ke ...", "oke jd lewat ..."). */
    static final int REALISED_WHERE_WITHIN = 4;
    /** Saying one only wants to say something kind ("cuma mau bilang semangat buat tim yg jaga posko ..."). */
    static final int MAX_JUST_SAYING_WORDS = 20;
    /** The longest such message: more words ask or tell something besides. */
    private static final int STRAY_MAX_WORDS = 10;
    /** Acknowledgements that open a remark of one's own ({@link #acknowledgedRemark}). */
    private static final java.util.regex.Pattern ACK_OPENING = WORDS.phrases("ACK_OPENING");
    /** Resigned acknowledgements that close one ("yah ga bisa ya wkwk yaudah deh"). */
    private static final java.util.regex.Pattern ACK_CLOSING = WORDS.phrases("ACK_CLOSING");
    /** The answer to thanks ("sama2 min, semoga membantu"), which opens one. */
    private static final java.util.regex.Pattern ACK_THANKED = WORDS.phrases("ACK_THANKED");
    /** Words that may come before or after the acknowledgement ("yah", "eh", "deh"), beside laughter and address. */
    private static final Set<String> ACK_LEAD = WORDS.of("ACK_LEAD");
    /** Waiting, after an acknowledgement ("okee ditunggu update nya"). */
    private static final Set<String> ACK_WAIT = WORDS.of("ACK_WAIT");
    /** The writer ("sy"), who then does something next ({@code ACK_PLAN}: "ok sy coba lewat lapor.go.id"). */
    private static final Set<String> ACK_SELF = WORDS.of("ACK_SELF");
    private static final Set<String> ACK_WHEN = WORDS.of("ACK_WHEN");
    private static final Set<String> ACK_PLAN = WORDS.of("ACK_PLAN");
    /** Relief that opens a remark ("alhamdulillah"), then a word of done and one of set right ("udh dibuka lagi"). */
    private static final java.util.regex.Pattern ACK_RELIEF = WORDS.phrases("ACK_RELIEF");
    private static final Set<String> ACK_DONE = WORDS.of("ACK_DONE");
    private static final Set<String> ACK_RESTORED = WORDS.of("ACK_RESTORED");
    /** Words that make relief a part of a trouble told ("alhamdulillah listrik udh nyala, tp air masih mati"). */
    private static final Set<String> RELIEF_BREAKER = WORDS.of("RELIEF_BREAKER");
    /** The most words between the relief and the word of set right ("alhamdulillah jalan ke desa kami udh dibuka"). */
    private static final int RELIEF_WITHIN = 5;
    /** Words that make such a remark a wish, a question or a trouble told ("ok sy mau tanya", "oke listrik mati"). */
    private static final Set<String> REMARK_BREAKER = WORDS.of("REMARK_BREAKER");
    /** The longest acknowledged remark: more words tell or ask something besides. */
    static final int MAX_REMARK_WORDS = 14;
    /** A light remark about the bot ({@link #banters}) and the words that make one a complaint instead. */
    private static final java.util.regex.Pattern BANTER = WORDS.phrases("BANTER");
    private static final Set<String> NOT_BANTER = WORDS.of("NOT_BANTER");
    /** "saja", "aja": "just", after a greeting or asking leave to ask ("mau tanya aja"). */
    private static final Set<String> JUST = WORDS.of("JUST");
    /** A word that says the message is a joke ("canda min", "wkwk becanda"): {@link #jokes}. */
    private static final Set<String> JOKE = WORDS.of("JOKE");
    /** After a joke word, the joke is over ("serius nih, ..."): {@link #jokes}. */
    private static final Set<String> JOKE_OVER = WORDS.of("JOKE_OVER");
    /** Laughter typed ("wkwk", "hahaha", "xixixi") or as an emoji (tears of joy, rolling, grinning squint). */
    private static final java.util.regex.Pattern LAUGH = java.util.regex.Pattern.compile(
            "w?k?(?:wk)+w?k?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|xi(?:xi)+|lol|lmao");
    private static final java.util.regex.Pattern LAUGH_EMOJI =
            java.util.regex.Pattern.compile("[\\x{1F602}\\x{1F923}\\x{1F606}]");
    /** The longest joke read as one: more words ask or tell something besides. */
    private static final int JOKE_MAX_WORDS = 15;
    /** The possessive ending ("botnya"). */
    private static final String NYA = "nya";
    /** Words that ask, request or object: thanks told with a story holding one of them is not thanks alone. */
    private static final Set<String> STORY_BREAKER = WORDS.of("STORY_BREAKER");
    /** After "masih", the age of whom the story is about ("anak sy yg masih bayi"), not a trouble still open. */
    private static final Set<String> YOUNG = WORDS.of("YOUNG");
    /** A trouble told (lost, broken, flooded), which a thanks story tells only as over ({@code STORY_OVER}). */
    private static final Set<String> STORY_TROUBLE = WORDS.of("STORY_TROUBLE");
    private static final Set<String> STORY_OVER = WORDS.of("STORY_OVER");
    /** The words that open a good wish ("semoga", "mudah-mudahan") and the negations a wish alone never has. */
    private static final Set<String> WISH_MARK = WORDS.of("WISH_MARK");
    private static final Set<String> NEGATION_WORD = WORDS.of("NEGATION_WORD");
    /** Amen before a wish ("aamiin semoga cepet turun hujan"): passed over. */
    private static final Set<String> AMEN = WORDS.of("AMEN");
    /** An apology for the writer's own tone: an {@code APOLOGY} word and a {@code TONE} word. */
    private static final Set<String> APOLOGY = WORDS.of("APOLOGY");
    private static final Set<String> TONE = WORDS.of("TONE");
    /** Encouragement ("semangat"): praise in a sentence only first or after a greeting, an address or praise. */
    private static final Set<String> CHEER = WORDS.of("CHEER");
    /** A cheer among the first words opens the message ("pagi min, semangat ya ..."). */
    private static final int OPENING_WORDS = 3;
    /** A sentence of thanks or praise longer than this is read as a question. */
    static final int MAX_STATEMENT_WORDS = 30;
    /**
     * The same for a message that opens with thanks: a long thanks with a blessing ("Terima kasih banyak bapak ibu tim
     * humas ..., semoga Allah membalas semua kebaikan ...", 40 words; the eleventh batch) is still thanks.
     */
    static final int MAX_OPENING_THANKS_WORDS = 60;

    private SmallTalk() {
    }

    static Optional<Kind> recognise(String text) {
        if (text != null && !text.isBlank() && text.codePoints().noneMatch(Character::isLetterOrDigit)
                && text.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL)) {
            return Optional.of(Kind.ACKNOWLEDGED); // an emoji alone: 👍, 🙏
        }
        Optional<Kind> aboutSigap = AboutSigap.recognise(text);
        if (aboutSigap.isPresent()) {
            return aboutSigap;
        }
        List<String> words = words(text);
        if (stray(words) || stray(typedWords(text))) {
            return Optional.of(Kind.ACKNOWLEDGED);
        }
        if (apologises(words)) {
            return Optional.of(Kind.APOLOGY);
        }
        Optional<Kind> justSaying = justSaying(words, text);
        if (justSaying.isPresent()) {
            return justSaying;
        }
        if (toldWhereToGo(words, text)) {
            return Optional.of(Kind.ACKNOWLEDGED); // "oh jadi ke OJK ya, oke", "oh itu ke kantor pajak pusat ya, ok"
        }
        if (phraseAlone(words, STRAY_MAX_WORDS, REALISED, NOT_A_STATEMENT::contains) && text.indexOf('?') < 0) {
            return Optional.of(Kind.ACKNOWLEDGED); // "oh beda instansi ya, maap min 🙏"
        }
        // "cuma mau bilang ..." is a remark only when what follows it is kind or nothing (justSaying): "cuma mau bilang ada
        // pohon tumbang di jl merdeka" reports
        boolean saysMore = JUST_SAYING.matcher(spaced(words)).find();
        if (!saysMore && (banters(words) || banters(typedWords(text))) && text.indexOf('?') < 0) {
            return Optional.of(Kind.BANTER);
        }
        Optional<Kind> kind = recognise(words, text);
        // The normaliser spells English words the Indonesian way ("help" becomes "bantuan", which alone asks for
        // aid): the words as typed are read too, so "thanks a lot for your help" is thanks.
        kind = kind.isPresent() ? kind : recognise(typedWords(text), text);
        kind = kind.isPresent() ? kind : statement(words, text);
        if (kind.equals(Optional.of(Kind.ACKNOWLEDGED))) {
            kind = Optional.of(acknowledgement(words));
        }
        if (kind.isPresent() || !jokes(words, text)) {
            return kind;
        }
        // laughing, but asking whether it is a bot ("min kamu robot ya? 😂 atau ada orangnya yg ngetik"): the honest answer
        boolean asksIfBot = text.indexOf('?') >= 0 && words.stream().anyMatch(YOU::contains)
                && words.stream().anyMatch(BOT::contains);
        return Optional.of(asksIfBot ? Kind.ABOUT_BOT : Kind.BANTER);
    }

    /**
     * Being told where to go, taken in: an opening acknowledgement, a word of where and "ya", no "?" and nothing else that
     * asks or objects ("oh ke dinsos ya, tp bansos sy blm cair" objects; "oh ke OJK ya?" asks).
     */
    private static boolean toldWhereToGo(List<String> words, String text) {
        if (words.isEmpty() || words.size() > MAX_REALISED_WORDS || text.indexOf('?') >= 0
                || !REALISED_OPENER.contains(words.getFirst()) || !words.contains("ya")) {
            return false;
        }
        // the place right after the opening ("oh jadi ke OJK ya"), not a plan told later ("oh jgn diklik ya. ok sy cek lewat
        // cekbansos aja" kept its answer); thanks stay thanks ("oke sy coba ke bank besok pagi. makasih ya")
        return words.subList(1, Math.min(words.size(), REALISED_WHERE_WITHIN)).stream().anyMatch(REALISED_WHERE::contains)
                && words.stream().noneMatch(w -> NOT_A_STATEMENT.contains(w) && !REALISED_ASIDE.contains(w)
                        || REALISED_NOT.contains(w) || THANKS.contains(w));
    }

    /**
     * An acknowledgement's kind: cheering the staff on or wishing them well ("pagi min ☀️ semangat kerjanya yaa", "sehat
     * selalu") is answered as care, not with "Baik."; anything else is acknowledged.
     */
    static Kind acknowledgement(String text) {
        return acknowledgement(words(text));
    }

    private static Kind acknowledgement(List<String> words) {
        return words.stream().anyMatch(ENCOURAGING::contains) ? Kind.CARE : Kind.ACKNOWLEDGED;
    }

    /**
     * Saying one only wants to say something kind, or no longer wants to ask ({@code JUST_SAYING}): "gk jadi nanya deh
     * hehe. semangat kerjanya ya min". Besides the phrase, a kind word or nothing at all, no "?" and nothing that asks,
     * requests or objects ("cuma mau bilang jalan depan rumah rusak" reports).
     */
    private static Optional<Kind> justSaying(List<String> words, String text) {
        if (words.isEmpty() || words.size() > MAX_JUST_SAYING_WORDS || text.indexOf('?') >= 0) {
            return Optional.empty();
        }
        String joined = spaced(words);
        String left = joined;
        String before;
        do { // the phrases are matched with a space each side: adjacent ones ("gk ada pertanyaan kok, cm mau bilang") in turn
            before = left;
            left = JUST_SAYING.matcher(left).replaceAll("  ");
        } while (!left.equals(before));
        if (left.equals(joined)) {
            return Optional.empty();
        }
        left = SAYING_ASIDE.matcher(left + " ").replaceAll("  ");
        List<String> rest = Arrays.stream(SPACES.split(left.strip())).filter(w -> !w.isBlank()).toList();
        if (rest.stream().anyMatch(NOT_A_STATEMENT::contains)) {
            return Optional.empty();
        }
        if (rest.stream().anyMatch(ENCOURAGING::contains)) {
            return Optional.of(Kind.CARE);
        }
        if (rest.stream().anyMatch(THANKS::contains)) {
            return Optional.of(Kind.THANKS);
        }
        boolean nothingElse = rest.stream().allMatch(w -> NOTHING_MORE.contains(w) || ADDRESS.contains(w) || SAYING_FILLER.contains(w)
                || ACKNOWLEDGED.contains(w) || w.codePoints().noneMatch(Character::isLetterOrDigit));
        return nothingElse || rest.stream().anyMatch(KIND_WORD::contains) ? Optional.of(Kind.ACKNOWLEDGED) : Optional.empty();
    }

    /**
     * An apology for a message sent by mistake, and nothing that asks: "maaf hp dipegang bocah" after a keyboard mash
     * opened a staff ticket, and the real question after it only got "already queued" (batch A28).
     */
    private static boolean stray(List<String> words) {
        return shortStatement(words) && STRAY.matcher(spaced(words)).find();
    }

    /** Up to ten words ({@link #STRAY_MAX_WORDS}) and nothing that asks, requests or objects. */
    private static boolean shortStatement(List<String> words) {
        return !words.isEmpty() && words.size() <= STRAY_MAX_WORDS
                && words.stream().noneMatch(NOT_A_STATEMENT::contains);
    }

    /**
     * A light remark about the bot itself ("yaudah deh serius amat 😅", "yah gk asik bot nya wkwk"): a {@code BANTER}
     * phrase in up to ten words and, besides it, nothing that asks, requests or objects and no word of the office or of
     * aid ({@code NOT_BANTER}).
     */
    private static boolean banters(List<String> words) {
        return phraseAlone(words, STRAY_MAX_WORDS, BANTER, w -> NOT_A_STATEMENT.contains(w) || NOT_BANTER.contains(w));
    }

    /**
     * Whether one of the phrases stands among the words (at most {@code longest} of them) and no word besides it is one
     * that {@code objects} to being small talk (asks, requests, objects).
     */
    private static boolean phraseAlone(List<String> words, int longest, java.util.regex.Pattern phrases,
                                       java.util.function.Predicate<String> objects) {
        return phraseAlone(words, longest, phrases, null, objects);
    }

    /** The same, the phrases of {@code besides} (when not null) set aside too once one of {@code phrases} stands. */
    private static boolean phraseAlone(List<String> words, int longest, java.util.regex.Pattern phrases,
                                       java.util.regex.Pattern besides, java.util.function.Predicate<String> objects) {
        if (words.isEmpty() || words.size() > longest) {
            return false;
        }
        java.util.regex.Matcher phrase = phrases.matcher(spaced(words));
        if (!phrase.find()) {
            return false;
        }
        String rest = phrase.replaceAll(" ");
        rest = besides == null ? rest : besides.matcher(rest).replaceAll(" ");
        return Arrays.stream(SPACES.split(rest.strip())).noneMatch(objects);
    }

    /**
     * A joke said to be one, or laughed at about the bot itself, with no word of the office or of aid ({@code
     * NOT_BANTER}), in up to {@link #JOKE_MAX_WORDS} words: "canda min wkwk" (it opened a staff ticket after choices),
     * "udh sarapan blm min? wkwk becanda", "min kamu robot ya? kalo robot kena asap batuk gk wkwkwk", "min bot nya bisa
     * berenang gk kalo banjir 😂😂" (batches M36-P36, read). A joke word after a negation denies it ("ini bukan
     * bercanda"), one followed by "serius" ends the joke before a question; laughter about the bot with a word that asks, requests or objects ({@code STORY_BREAKER}) is a
     * question laughed at ("bot nya gk bisa jawab kapan bansos cair wkwk").
     */
    private static boolean jokes(List<String> words, String text) {
        if (words.isEmpty() || words.size() > JOKE_MAX_WORDS || words.stream().anyMatch(NOT_BANTER::contains)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (JOKE.contains(words.get(i)) && (i == 0 || !NEGATION_WORD.contains(words.get(i - 1)))) {
                // "canda min. serius nih, pajak motor bisa dicicil gk?": the joke is over and a question follows
                return words.subList(i + 1, words.size()).stream().noneMatch(JOKE_OVER::contains);
            }
        }
        boolean laughs = words.stream().anyMatch(w -> LAUGH.matcher(w).matches()) || LAUGH_EMOJI.matcher(text).find();
        return laughs && words.stream().anyMatch(w -> BOT.contains(w) || w.endsWith(NYA)
                && BOT.contains(w.substring(0, w.length() - NYA.length())))
                && words.stream().noneMatch(STORY_BREAKER::contains);
    }

    /** The words with a space each side and between, as the phrase patterns are matched (whole words). */
    static String spaced(List<String> words) {
        return " " + String.join(" ", words) + " ";
    }

    /** Whether a phrase of asking now stands among the words ("Saya ingin menanyakan ... Terima kasih."). */
    private static boolean asks(List<String> words) {
        return ASKING_NOW.matcher(spaced(words)).find();
    }

    /** "maaf ya td sy ngegas 🙏": an apology for one's tone, up to ten words, nothing that asks. */
    private static boolean apologises(List<String> words) {
        return shortStatement(words) && words.stream().anyMatch(APOLOGY::contains)
                && words.stream().anyMatch(TONE::contains);
    }

    /**
     * Thanks told with the story it is for ("makasih bgt min, minggu lalu sy lapor genangan ..., td pagi petugas dtg
     * bersihin ... anak2 skrg bisa main lg 🙏"): a thanks word, no "?" and no word that asks, requests or objects. The
     * story may name the trouble now over, so only the caller knows it is thanks: the classifier must read it positif.
     */
    static boolean thanksStory(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > MAX_OPENING_THANKS_WORDS || text.indexOf('?') >= 0
                || !anyThanks(words) || asks(words)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            boolean young = i + 1 < words.size() && YOUNG.contains(words.get(i + 1));
            if (STORY_BREAKER.contains(words.get(i)) && !("masih".equals(words.get(i)) && young)) {
                return false;
            }
        }
        // "ktp sy hilang. makasih min": a trouble with no word that it is over is no story told as thanks
        return words.stream().noneMatch(STORY_TROUBLE::contains) || words.stream().anyMatch(STORY_OVER::contains);
    }

    /**
     * A remark of one's own opened or closed by an acknowledgement ("yaudah deh sy itung sendiri 😅", "okee ditunggu
     * update nya di ig ya min", "yah ga bisa ya wkwk yaudah deh"): up to {@link #MAX_REMARK_WORDS} words, no "?", none
     * that asks, requests or objects ({@code STORY_BREAKER}) or wants, asks or tells a trouble ({@code REMARK_BREAKER}).
     * Only the caller knows it is no question (nothing sure or offered in the knowledge base) and no complaint (the
     * classifier's mood).
     */
    static boolean acknowledgedRemark(String text) {
        return text != null && text.indexOf('?') < 0
                && (acknowledgedRemark(words(text)) || acknowledgedRemark(typedWords(text)));
    }

    private static boolean acknowledgedRemark(List<String> words) {
        if (words.size() < 2 || words.size() > MAX_REMARK_WORDS
                || words.stream().anyMatch(w -> STORY_BREAKER.contains(w) || REMARK_BREAKER.contains(w))) {
            return false;
        }
        String core = core(words);
        if (core.isBlank()) {
            return false;
        }
        java.util.regex.Matcher closing = ACK_CLOSING.matcher(core);
        while (closing.find()) {
            if (closing.end() == core.length()) {
                return true; // "yah ga bisa ya wkwk yaudah deh"
            }
        }
        if (ACK_THANKED.matcher(core).lookingAt()) {
            return true; // "sama2 min, semoga membantu"
        }
        java.util.regex.Matcher opening = ACK_OPENING.matcher(core);
        if (!opening.lookingAt()) {
            return false;
        }
        List<String> rest = split(core.substring(opening.end())).stream().dropWhile(SmallTalk::aside).toList();
        if (rest.isEmpty()) {
            return false;
        }
        if (ACK_WAIT.contains(rest.getFirst())) {
            return true; // "okee ditunggu update nya di ig"
        }
        List<String> told = rest.stream().dropWhile(ACK_WHEN::contains).toList();
        // "ok sy tunggu info lanjutnya", "yaudah deh sy itung sendiri": the writer, doing something next
        return told.size() > 1 && ACK_SELF.contains(told.getFirst())
                && told.subList(1, Math.min(3, told.size())).stream().anyMatch(ACK_PLAN::contains);
    }

    /**
     * Relief that something is set right, and nothing asked or troubled beside it ("alhamdulillah jalan udh dibuka lagi"):
     * an acknowledgement even where an entry is sure of the topic (nothing is asked of it).
     */
    static boolean relief(String text) {
        if (text == null || text.indexOf('?') >= 0) {
            return false;
        }
        for (List<String> words : List.of(words(text), typedWords(text))) {
            if (words.size() >= 2 && words.size() <= MAX_REMARK_WORDS && relief(words, core(words))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a part of a spaced core ({@link #core}). */
    private static List<String> split(String part) {
        return Arrays.stream(SPACES.split(part.strip())).filter(w -> !w.isEmpty()).toList();
    }

    /** The words without the asides (an address, a particle) that open or close them, spaced at both ends. */
    private static String core(List<String> words) {
        int first = 0;
        while (first < words.size() && aside(words.get(first))) {
            first++;
        }
        int last = words.size();
        while (last > first && aside(words.get(last - 1))) {
            last--;
        }
        return " " + String.join(" ", words.subList(first, last)) + " ";
    }

    private static boolean relief(List<String> words, String core) {
        if (words.stream().anyMatch(w -> STORY_BREAKER.contains(w) || REMARK_BREAKER.contains(w)
                || RELIEF_BREAKER.contains(w))) {
            return false;
        }
        java.util.regex.Matcher relief = ACK_RELIEF.matcher(core);
        if (relief.lookingAt()) {
            return relieved(split(core.substring(relief.end())), RELIEF_WITHIN);
        }
        while (relief.find()) {
            if (relief.end() == core.length()) {
                // closing it: "bansos ibu sy udh cair td pagi alhamdulillah 🙏" (batch X56, read)
                List<String> before = split(core.substring(0, relief.start()));
                return before.size() <= RELIEF_WITHIN + 3 && relieved(before, before.size());
            }
        }
        return false;
    }

    /** A word of done, then at once or one word on a word of set right, the word of done within the first {@code within}. */
    private static boolean relieved(List<String> rest, int within) {
        for (int i = 0; i < Math.min(rest.size(), within); i++) {
            if (ACK_DONE.contains(rest.get(i))) {
                for (int j = i + 1; j < Math.min(i + 3, rest.size()); j++) {
                    if (ACK_RESTORED.contains(rest.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Laughter, a form of address or a lead word ("yah") beside an acknowledgement. */
    private static boolean aside(String word) {
        return LAUGH.matcher(word).matches() || ACK_LEAD.contains(word)
                || ADDRESS.contains(word) && !ACKNOWLEDGED.contains(word);
    }

    /**
     * A good wish alone ("semoga asapnya cepat hilang ya"): it opens with a wish word, has no "?" and no word that
     * asks, requests, objects or denies. Only the caller knows it is no mockery: the classifier must read it positif or
     * netral. An amen before the wish word is passed over ("aamiin semoga cepet turun hujan").
     */
    static boolean wish(String text) {
        List<String> words = words(text);
        int amen = 0;
        while (amen < words.size() && AMEN.contains(words.get(amen))) {
            amen++;
        }
        words = words.subList(amen, words.size());
        return !words.isEmpty() && words.size() <= MAX_STATEMENT_WORDS && WISH_MARK.contains(words.getFirst())
                && text.indexOf('?') < 0
                && words.stream().noneMatch(w -> STORY_BREAKER.contains(w) || NEGATION_WORD.contains(w));
    }

    /**
     * Thanks or praise said in a sentence of one's own ("Bapak gubernur terima kasih sudah turun langsung ke lokasi
     * banjir, semoga sehat selalu", "mantap pak, penanganan banjirnya cepat sekali"): a thanks or praise word and
     * nothing that asks, requests, objects or denies (no "?", no word of {@code NOT_A_STATEMENT}: "terima kasih,
     * bantuan kapan cair", "makasih, tapi listrik belum nyala" are questions and complaints).
     */
    private static Optional<Kind> statement(List<String> words, String text) {
        if (cares(words)) {
            return Optional.of(Kind.CARE);
        }
        int longest = !words.isEmpty() && thanksAt(words, 0)
                ? MAX_OPENING_THANKS_WORDS : MAX_STATEMENT_WORDS;
        if (words.isEmpty() || words.size() > longest || text.indexOf('?') >= 0 || asks(words)) {
            return Optional.empty();
        }
        java.util.regex.Matcher season = SEASON.matcher(spaced(words));
        if (season.lookingAt()) {
            // "Selamat Natal dan Tahun Baru min, semoga Sangkara makin maju 🎄": wishes, whatever the wish names, when
            // nothing outside the wishes' own words ("mohon maaf lahir batin") asks or objects
            boolean objects = Arrays.stream(SPACES.split(season.replaceAll(" ").strip()))
                    .anyMatch(NOT_A_STATEMENT::contains);
            return objects ? Optional.empty() : Optional.of(Kind.SEASON_GREETING);
        }
        // after a cheer that opens the message, "lg sibuk bgt" says how busy the staff must be, not how things stand
        boolean opensWithCheer = cheers(words.subList(0, Math.min(words.size(), OPENING_WORDS)));
        int spared = Integer.MIN_VALUE / 2; // where the last trouble spared was told
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (NEGATION.contains(w) && i + 1 < words.size() && SPARED.contains(words.get(i + 1))) {
                spared = ++i; // "gk perlu jauh2 lagi", "ga bingung lagi": a trouble spared, which the thanks is for
                continue;
            }
            // "lagi" up to three words after a trouble spared ("gk perlu jauh2 lagi") says it is no more
            boolean afterSpared = i - spared <= SPARED_REACH;
            if (NOT_A_STATEMENT.contains(w) && !((opensWithCheer || afterSpared) && BUSY.contains(w))
                    && !everywhere(words, i)) {
                return Optional.empty();
            }
        }
        boolean thanks = anyThanks(words);
        boolean praise = words.stream().anyMatch(STRONG_PRAISE::contains) || cheers(words);
        return thanks ? Optional.of(Kind.THANKS) : praise ? Optional.of(Kind.ACKNOWLEDGED) : Optional.empty();
    }

    /**
     * Asking after the staff themselves, and nothing else that asks or objects once those words are set aside: "min udh
     * makan blm? dr kmrn pasti sibuk bgt ya jawabin org panik 😅" got the food-distribution entry, surely; "adminnya
     * aman2 aja kan? jaga diri ya" a staff ticket. The question mark is the care's own. Beside a {@code CARE} phrase, a
     * {@code CARE_TOO} one is set aside too ("min lagi ngapain? udah makan blm?"); leave to ask ({@code CARE_NOT}: "min
     * lagi sibuk gk? sy mau tanya bansos") says a question follows.
     */
    private static boolean cares(List<String> words) {
        return phraseAlone(words, MAX_STATEMENT_WORDS, CARE, CARE_TOO,
                w -> NOT_A_STATEMENT.contains(w) && !BUSY.contains(w) || CARE_NOT.contains(w));
    }

    /**
     * "mana" said twice, "di mana-mana" (everywhere; "dmn2" in a chat): no question ("semangat ya min kerjanya, pasti lg
     * sibuk bgt ini banjir dmn2" opened a staff ticket; batch M36, read).
     */
    private static boolean everywhere(List<String> words, int i) {
        return EVERYWHERE.equals(words.get(i)) && (i >= 2 && EVERYWHERE.equals(words.get(i - 2))
                || i + 2 < words.size() && EVERYWHERE.equals(words.get(i + 2)));
    }

    private static final String EVERYWHERE = "mana";

    /**
     * "semangat" first or last ("met hari senin semangat 💪"), or after a greeting, an address, a praise word or an
     * acknowledgement ("oalah yauda semangat ya bot"); not a noun inside a sentence.
     */
    private static boolean cheers(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (CHEER.contains(words.get(i)) && (i == 0 || i == words.size() - 1 || ADDRESS.contains(words.get(i - 1))
                    || GREETING.contains(words.get(i - 1)) || PRAISE.contains(words.get(i - 1))
                    || ACKNOWLEDGED.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Kind> recognise(List<String> words, String text) {
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        boolean salam = false;
        boolean greeting = false;
        boolean thanks = false;
        boolean ack = false;
        boolean test = false;
        boolean praise = false;
        boolean bot = false;
        boolean you = false;
        boolean about = false;
        boolean addressed = false;
        boolean aboutWho = false;
        boolean glue = false;
        boolean onlyAboutBot = false;
        boolean wish = false;
        boolean nothingMore = false;
        boolean asksHow = false; // a question word that small talk also uses ("apa kabar", "makasih, gimana ya")
        for (String w : words) {
            bot |= BOT.contains(w);
            asksHow |= FILLER.contains(w);
            you |= YOU.contains(w);
            about |= ABOUT_BOT.contains(w);
            addressed |= YOU.contains(w) && !POINTING.contains(w);
            aboutWho |= ABOUT_BOT.contains(w) && !REAL.contains(w);
            glue |= BOT_GLUE.contains(w);
            if (SALAM.contains(w)) {
                salam = true;
            } else if (THANKS.contains(w) && !YOU.contains(w)) {
                thanks = true; // "you" thanks no one by itself ("are you a real person")
            } else if (GREETING.contains(w)) {
                greeting = true;
            } else if (TEST.contains(w)) {
                test = true;
            } else if (test && w.chars().allMatch(Character::isDigit)) {
                // "tes 123", "tes 1 2 3": the numbers a test is counted with (batch J38 opened a ticket)
                continue;
            } else if (ACKNOWLEDGED.contains(w)) {
                ack = true;
            } else if (PRAISE.contains(w)) {
                praise = true;
            } else if (WISH.contains(w)) {
                wish = true;
            } else if (NOTHING_MORE.contains(w) && !ADDRESS.contains(w) && !FILLER.contains(w)) {
                // "mau tanya aja sih": "aja" after asking leave to ask is "just", no end of the chat (batch X36)
                nothingMore |= !(JUST.contains(w) && greeting);
            } else if (!ADDRESS.contains(w) && !FILLER.contains(w) && !THANKS.contains(w)) {
                if (!BOT.contains(w) && !YOU.contains(w) && !ABOUT_BOT.contains(w) && !BOT_GLUE.contains(w)) {
                    return Optional.empty();
                }
                onlyAboutBot = true;
            }
        }
        // "ini bot?", "kamu robot", "am I talking to a bot"; "kamu siapa", "ini orang?" (but not "hai bot", nor "is this
        // real?": a thing pointed at and asked whether it is real)
        boolean aboutBot = bot && (about || glue || you || text.indexOf('?') >= 0) || you && about && (addressed || aboutWho);
        if (onlyAboutBot && !aboutBot) {
            return Optional.empty(); // "ini", "siapa", "yang" are small talk only in a question about the bot
        }
        if (asksHow && !(thanks || salam || greeting || aboutBot)) {
            return Optional.empty(); // "trs gimana?", "terus gimana dong" ask what now (batch P43, read); "makasih, gimana ya" thanks
        }
        if (wish && (!(thanks || salam) || text.indexOf('?') >= 0)) {
            return Optional.empty(); // "semoga banjirnya cepat surut" goes with thanks; "banjirnya surut?" asks
        }
        if (nothingMore && !aboutBot && (!(thanks || ack) || wish || text.indexOf('?') >= 0)) {
            return Optional.empty(); // "ga ada lagi, makasih" ends the chat; "makasih, air ga ada lagi" does not
        }
        if (salam) {
            return Optional.of(Kind.SALAM);
        }
        if (thanks) {
            return Optional.of(Kind.THANKS);
        }
        if (aboutBot) {
            return Optional.of(Kind.ABOUT_BOT);
        }
        if (greeting) {
            return Optional.of(Kind.GREETING);
        }
        if (test) {
            return Optional.of(Kind.TEST);
        }
        if (ack || praise) {
            return Optional.of(Kind.ACKNOWLEDGED);
        }
        // only words of address and particles: a call ("min", "kak??", "pak admin") if one of them calls someone
        return words.stream().anyMatch(CALL::contains) ? Optional.of(Kind.GREETING) : Optional.empty();
    }

    /** The question without a leading greeting ("halo min, posko di mana" → "posko di mana"). */
    private static final Set<String> REFUSAL_OPENER = WORDS.of("REFUSAL_OPENER");
    private static final Set<String> REFUSAL_NOT = WORDS.of("REFUSAL_NOT");
    /** The longest refusal taken in ({@link #takesInARefusal}). */
    static final int MAX_REFUSAL_WORDS = 10;

    /**
     * A refusal taken in, by its words alone: it opens with "yah", "oh", "iya" or laughter, has up to {@value
     * #MAX_REFUSAL_WORDS} words, no "?", no word that wants something and none that asks where, when or how, and does
     * not go on to another question ({@link FollowUp#continues}). Only the caller knows a refusal came before it.
     */
    static boolean takesInARefusal(String text) {
        if (text == null || text.indexOf('?') >= 0 || FollowUp.continues(text)) {
            return false;
        }
        List<String> words = words(text);
        return !words.isEmpty() && words.size() <= MAX_REFUSAL_WORDS && REFUSAL_OPENER.contains(words.getFirst())
                && words.stream().noneMatch(w -> REALISED_NOT.contains(w) || REFUSAL_NOT.contains(w));
    }

    /** The longest message read sentence by sentence as small talk ({@link #inParts}). */
    static final int MAX_PARTS_WORDS = 40;
    /** The kinds that make a message of several sentences kind ({@link #inParts}): thanks, care for the staff, a wish. */
    private static final Set<Kind> KIND_PARTS = Set.of(Kind.THANKS, Kind.CARE, Kind.WISH);
    /** Questions about what Sigap keeps or the languages it reads: a part that asks one is no small talk beside kindness. */
    private static final Set<Kind> ASKS_OF_SIGAP = Set.of(Kind.ABOUT_DATA, Kind.ABOUT_LANGUAGES);

    /**
     * Small talk told in sentences of which none asks anything: one is kind (thanks, care for the staff or a wish read
     * alone) and each other is small talk too, a greeting, or a laughing aside ({@link #laughingAside}). "pagi min, udh
     * sarapan? sarapan asap ya hehe. semangat kerjanya" opened a staff ticket: each sentence alone was small talk or a
     * joke, the whole was read as a question (forty-third session, batch G47, read). Only the caller knows the
     * mood is kind (no emergency, no complaint). The kind part's kind is returned.
     */
    static Optional<Kind> inParts(String text) {
        if (text == null || words(text).size() > MAX_PARTS_WORDS) {
            return Optional.empty();
        }
        List<String> parts = sentences(text);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        Optional<Kind> kind = Optional.empty();
        for (String part : parts) {
            Optional<Kind> alone = recognise(part);
            if (alone.isEmpty() && wish(part)) {
                alone = Optional.of(Kind.WISH);
            }
            if (alone.filter(ASKS_OF_SIGAP::contains).isPresent()) {
                return Optional.empty(); // "... oh iya, data nomor hp sy disimpen gk di sini?" asks for its own answer
            }
            if (kind.isEmpty() && alone.filter(KIND_PARTS::contains).isPresent()) {
                kind = alone;
            } else if (alone.isEmpty() && !greetingAlone(part) && !laughingAside(part)) {
                return Optional.empty();
            }
        }
        return kind;
    }

    /** Nothing but a greeting, a salam or an address ("pagi min,", "assalamualaikum"). */
    private static boolean greetingAlone(String part) {
        List<String> words = words(part);
        return !words.isEmpty() && words.stream().allMatch(w -> SALAM.contains(w) || GREETING.contains(w)
                || ADDRESS.contains(w));
    }

    /**
     * A sentence laughed at that asks, requests or objects to nothing and names no office or aid, in up to
     * {@link #JOKE_MAX_WORDS} words: "sarapan asap ya hehe.". "ktp sy hilang 😂" tells a trouble ({@code
     * NOT_A_STATEMENT}), "bansos kapan cair wkwk" asks; a question laughed at may be meant ("jalan ahmad yani udh bisa
     * dilewatin? 😂"), so a joke asked ("kalo macet di tol 10 jam itu namanya mudik atau ngekos di jalan? 🤣") is no aside.
     */
    private static boolean laughingAside(String part) {
        if (part.indexOf('?') >= 0) {
            return false;
        }
        List<String> words = words(part);
        boolean laughs = words.stream().anyMatch(w -> LAUGH.matcher(w).matches()) || LAUGH_EMOJI.matcher(part).find();
        return laughs && words.size() <= JOKE_MAX_WORDS && words.stream().noneMatch(w -> NOT_BANTER.contains(w)
                || STORY_BREAKER.contains(w) || NOT_A_STATEMENT.contains(w));
    }

    /**
     * A sentence: up to its marks (".", "!", "?", a line break), with them and whatever follows them before the next word
     * (spaces, emoji: "...di jalan? 🤣" is one; the laughter is at what was just said).
     */
    private static final java.util.regex.Pattern SENTENCE =
            java.util.regex.Pattern.compile("[^.!?\\n]*(?:[.!?\\n][^\\p{L}\\p{N}]*|$)");

    /** The message's sentences ({@link #SENTENCE}), stripped, none empty. */
    static List<String> sentences(String text) {
        return SENTENCE.matcher(text).results().map(r -> r.group().strip()).filter(s -> !s.isEmpty()).toList();
    }

    static String withoutGreeting(String text) {
        String[] parts = PART_BREAK.split(text.strip());
        int i = 0;
        while (i < parts.length - 1) {
            String w = IndonesianNormalizer.normalize(parts[i]);
            if (SALAM.contains(w) || GREETING.contains(w) || ADDRESS.contains(w)) {
                i++;
            } else {
                break;
            }
        }
        return i == 0 ? text : String.join(" ", Arrays.asList(parts).subList(i, parts.length));
    }

    /**
     * Whether small talk is English whatever the client's language: only words of English small talk, at least one
     * of them not one Indonesian chat uses as much ("ok thanks", "great, thank you"; not "ok", "hello", "thx min").
     */
    static boolean english(String text) {
        List<String> words = Arrays.stream(NOT_LETTER.split(text == null ? "" : text.toLowerCase(java.util.Locale.ROOT)))
                .filter(w -> !w.isBlank()).toList();
        if (words.isEmpty() || !words.stream().allMatch(w -> ENGLISH.contains(w) || NEUTRAL.contains(w))) {
            return false;
        }
        boolean telling = words.stream().anyMatch(w -> ENGLISH.contains(w) && !NEUTRAL.contains(w));
        return telling && (words.size() > 1 || !GREETING.contains(words.getFirst()));
    }

    static String reply(Kind kind, Language language) {
        boolean en = language == Language.EN;
        return switch (kind) {
            case ABOUT_BOT -> en ? AnswerTexts.ABOUT_BOT_EN : AnswerTexts.ABOUT_BOT;
            case ABOUT_DATA -> en ? AnswerTexts.ABOUT_DATA_EN : AnswerTexts.ABOUT_DATA;
            case ABOUT_LANGUAGES -> en ? AnswerTexts.ABOUT_LANGUAGES_EN : AnswerTexts.ABOUT_LANGUAGES;
            case SALAM -> AnswerTexts.SALAM;
            case GREETING -> en ? AnswerTexts.GREETING_EN : AnswerTexts.GREETING;
            case THANKS -> en ? AnswerTexts.THANKS_EN : AnswerTexts.THANKS;
            case ACKNOWLEDGED -> en ? AnswerTexts.ACKNOWLEDGED_EN : AnswerTexts.ACKNOWLEDGED;
            case TEST -> en ? AnswerTexts.TEST_EN : AnswerTexts.TEST;
            case SEASON_GREETING -> en ? AnswerTexts.SEASON_GREETING_EN : AnswerTexts.SEASON_GREETING;
            case CARE -> en ? AnswerTexts.CARE_EN : AnswerTexts.CARE;
            case APOLOGY -> en ? AnswerTexts.APOLOGY_EN : AnswerTexts.APOLOGY;
            case WISH -> en ? AnswerTexts.WISH_EN : AnswerTexts.WISH;
            case CONDOLENCE -> en ? AnswerTexts.CONDOLENCE_EN : AnswerTexts.CONDOLENCE;
            case BANTER -> en ? AnswerTexts.BANTER_EN : AnswerTexts.BANTER;
        };
    }

    /**
     * Whether the word at {@code i} thanks: a {@link #THANKS_OPENERS} word, a half of one only before its other half.
     * (Thirty-third session; batch E33, read) "sy mau lapor. ada oknum di dinas perhubungan yg terima uang biar kapal
     * itu tetep brgkt ..." got "Sama-sama".
     */
    private static boolean thanksAt(List<String> words, int i) {
        String w = words.get(i);
        return THANKS_OPENERS.contains(w)
                && (!THANKS_HALF.contains(w) || i + 1 < words.size() && THANKS_SECOND.contains(words.get(i + 1)));
    }

    private static boolean anyThanks(List<String> words) {
        return java.util.stream.IntStream.range(0, words.size()).anyMatch(i -> thanksAt(words, i));
    }

    /** The words as typed, lower case, without the normaliser's respellings. */
    private static List<String> typedWords(String text) {
        String typed = NOT_WORDISH.matcher(text == null ? "" : text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return Arrays.stream(SPACES.split(typed)).filter(w -> !w.isBlank()).toList();
    }

    private static final List<String> CONDOLENCE_MARK = WORDS.lines("CONDOLENCE_MARK").stream()
            .map(s -> " " + s.strip() + " ").toList();
    private static final Set<String> NOT_CONDOLENCE = WORDS.of("NOT_CONDOLENCE");

    /**
     * Condolences alone ("turut berduka utk para korban kereta di lembah hijau, semoga keluarganya diberi ketabahan 🙏"),
     * perhaps after an address: it opens with a {@code CONDOLENCE_MARK}, has no "?", no word that asks, requests, objects
     * or denies, and names no office or official ("turut berduka atas matinya nurani pejabat" mocks). Only the caller
     * knows it is read netral or positif and no sarcasm.
     */
    static boolean condolence(String text) {
        List<String> words = words(text);
        int i = 0;
        while (i < words.size() && ADDRESS.contains(words.get(i))) {
            i++;
        }
        String from = " " + String.join(" ", words.subList(i, words.size())) + " ";
        return i < words.size() && words.size() <= MAX_STATEMENT_WORDS && text.indexOf('?') < 0
                && CONDOLENCE_MARK.stream().anyMatch(from::startsWith)
                && words.stream().noneMatch(w -> STORY_BREAKER.contains(w) || NEGATION_WORD.contains(w)
                        || NOT_CONDOLENCE.contains(w));
    }

    /** Nothing but asking words ("trs gimana?", "gimana dong min?"): no topic of its own to search. */
    static boolean onlyAsking(String text) {
        List<String> words = words(text);
        return !words.isEmpty() && words.stream().anyMatch(ASKING::contains)
                && words.stream().allMatch(w -> ASKING.contains(w) || ONLY_ASKING.contains(w) || ADDRESS.contains(w));
    }

    private static List<String> words(String text) {
        String normalized = NOT_WORDISH.matcher(IndonesianNormalizer.normalize(text)).replaceAll(" ");
        return Arrays.stream(SPACES.split(normalized)).filter(w -> !w.isBlank()).toList();
    }
}
