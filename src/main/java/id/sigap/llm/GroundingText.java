package id.sigap.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer or a source the same way for the grounding rules: one canonical form (compatibility
 * forms folded, invisible characters removed, digits of any script made ASCII, accents dropped, lower
 * case), and from it sentences of classified tokens with their clauses and the reach of each negation.
 */
final class GroundingText {

    /** Invisible format characters: zero-width spaces and joiners, soft hyphens, direction overrides. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u034F\\u115F\\u1160\\u3164\\uFFA0]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TOKEN = Pattern.compile(
            "(\\d+(?:(?:[.,:/\\u2013\\u2014-]|[ \\t]+)\\d+)*)"
                    + "|(\\p{L}+(?:['\\u2019-]\\p{L}+)*)"
                    + "|([.!?]+(?=\\s|$)|[;,:()\\u2013\\u2014\\n]|(?<=\\s)-(?=\\s))"
                    + "|([\"\\u201C\\u201D\\u00AB\\u00BB])");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*(?:[-*\\u2022>]|\\d{1,2}[.)])[ \\t]+");
    private static final Set<String> ABBREVIATIONS = Set.of("jl", "jln", "no", "dr", "drs", "kec", "kel", "kab",
            "rt", "rw", "gg", "st", "h", "hj", "ir", "prof", "pt", "cv", "tbk", "sdr", "bpk", "ibu", "kp", "ds", "a.n",
            "s.d", "u.p", "tel", "telp", "hp", "wa");
    private static final Set<String> CALENDAR = Set.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
            "agustus", "september", "oktober", "november", "desember", "senin", "selasa", "rabu", "kamis", "jumat",
            "sabtu", "minggu", "january", "february", "march", "may", "june", "july", "august", "october",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private GroundingText() {
    }

    /** What each token is for the rules. */
    enum Kind { CONTENT, NUMBER, NEGATOR, MODAL, FUNCTION, NEUTRAL }

    /**
     * One word or number phrase.
     *
     * @param text    the word or phrase as written (canonical form)
     * @param key     the stem of a word; for a number, its first key
     * @param numbers the keys of a number phrase (see {@link NumberWords}); empty for words
     * @param negated within the reach of a negation
     * @param head    the first meaningful word a negation applies to ("tidak <b>gratis</b>")
     * @param clause  the clause of its sentence it belongs to
     * @param denial  in an answer: the sentence calls something false ("hoaks", "tidak benar")
     * @param forms   what a word is compared by (see {@link GroundingLexicon#forms}); for a number its keys
     */
    record Token(String text, String key, Kind kind, Set<String> numbers, boolean negated, boolean head, int clause,
                 boolean denial, Set<String> forms) {

        boolean isCalendar() {
            return CALENDAR.contains(text);
        }

        /** Checked against the sources: meaning-bearing words and numbers. */
        boolean carriesFact() {
            return kind == Kind.CONTENT || kind == Kind.NUMBER;
        }
    }

    /** The tokens of one sentence. */
    record Sentence(List<Token> tokens) {

        /** The tokens of each clause, in order, empty clauses left out. */
        List<List<Token>> clauses() {
            List<List<Token>> clauses = new ArrayList<>();
            int current = -1;
            for (Token t : tokens) {
                if (t.clause() != current) {
                    clauses.add(new ArrayList<>());
                    current = t.clause();
                }
                clauses.getLast().add(t);
            }
            return clauses;
        }
    }

    /** The canonical form both answers and sources are compared in. */
    static String canonical(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        StringBuilder ascii = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                ascii.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                ascii.appendCodePoint(cp);
            }
        });
        String plain = MARKS.matcher(Normalizer.normalize(ascii, Normalizer.Form.NFD)).replaceAll("");
        return plain.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** The text a citizen may read: invisible characters removed, nothing else changed. */
    static String visible(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }

    /**
     * The sentences of a canonical text (links already taken out).
     *
     * @param source true for approved text: number phrases then also match any run of their digit groups
     */
    static List<Sentence> sentences(String canonical, boolean source) {
        String text = BULLET.matcher(canonical.replace("**", " ").replace("__", " ").replace('*', ' ')
                .replace('`', ' ').replace('#', ' ')).replaceAll("");
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        List<Boolean> quotedWords = new ArrayList<>();
        int clause = 0;
        boolean quoted = false;
        String previous = "";
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(4) != null) {
                String q = m.group(4);
                quoted = q.equals("\u201C") || q.equals("\u00AB") || (q.equals("\"") && !quoted);
                continue;
            }
            if (m.group(3) != null) {
                String p = m.group(3);
                boolean end = p.startsWith(".") || p.startsWith("!") || p.startsWith("?") || p.equals("\n");
                if (end && p.startsWith(".") && ABBREVIATIONS.contains(previous)) {
                    continue;
                }
                if (end && !quoted) {
                    if (!words.isEmpty()) {
                        sentences.add(analyse(words, clauses, quotedWords, source));
                    }
                    words = new ArrayList<>();
                    clauses = new ArrayList<>();
                    quotedWords = new ArrayList<>();
                    clause = 0;
                } else {
                    clause++;
                }
                previous = p;
                continue;
            }
            String token = m.group(1) != null ? m.group(1).strip() : m.group(2);
            previous = token;
            for (String part : parts(token)) {
                if (GroundingLexicon.CLAUSE_BREAKS.contains(part)) {
                    clause++;
                }
                words.add(part);
                clauses.add(clause);
                quotedWords.add(quoted);
            }
        }
        if (!words.isEmpty()) {
            sentences.add(analyse(words, clauses, quotedWords, source));
        }
        return sentences;
    }

    /** "ktp-el" is two words, "rumah-rumah" one, "cuma-cuma" means "gratis". */
    private static List<String> parts(String token) {
        if (NumberWords.isDigits(token) || token.indexOf('-') < 0) {
            return List.of(token);
        }
        if (token.equals("cuma-cuma")) {
            return List.of("gratis");
        }
        if (token.startsWith("satu-satu") || token.equals("sama-sama")) {
            return List.of("satu-satunya");
        }
        List<String> parts = new ArrayList<>();
        for (String part : token.split("-")) {
            if (!part.isEmpty() && (parts.isEmpty() || !parts.getLast().equals(part))) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * Classifies the words of one sentence. In a source, what a quotation or a denial word ("penipuan",
     * "hoaks") reports is a claim, not a fact: it counts as negated.
     */
    private static Sentence analyse(List<String> words, List<Integer> clauses, List<Boolean> quoted, boolean source) {
        boolean denial = !source && denies(words);
        List<Token> tokens = new ArrayList<>();
        boolean negated = false;
        boolean awaitingHead = false;
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            int clause = clauses.get(i);
            if (startsNumber(words, i)) {
                List<String> phrase = new ArrayList<>();
                while (i < words.size() && clauses.get(i) == clause && (NumberWords.isDigits(words.get(i))
                        || NumberWords.isNumberWord(words.get(i)))) {
                    phrase.add(words.get(i++));
                }
                Set<String> keys = source ? NumberWords.sourceKeys(phrase) : NumberWords.keys(phrase);
                tokens.add(new Token(String.join(" ", phrase), keys.isEmpty() ? "" : keys.iterator().next(),
                        Kind.NUMBER, keys, negated || (source && quoted.get(i - 1)), awaitingHead, clause, denial, keys));
                awaitingHead = false;
                continue;
            }
            i++;
            if (GroundingLexicon.CONTRASTS.contains(w)) {
                negated = false;
                awaitingHead = false;
            }
            Kind kind = kind(w, i < words.size() ? words.get(i) : "");
            if (kind == Kind.NEGATOR) {
                tokens.add(new Token(w, w, kind, Set.of(), negated, false, clause, denial, Set.of(w)));
                negated = true;
                awaitingHead = true;
                continue;
            }
            boolean head = awaitingHead && kind != Kind.FUNCTION;
            if (head) {
                awaitingHead = false;
            }
            String key = kind == Kind.CONTENT || kind == Kind.NEUTRAL ? GroundingLexicon.stem(w) : w;
            Set<String> forms = kind == Kind.CONTENT ? GroundingLexicon.forms(w) : Set.of(w);
            tokens.add(new Token(w, key, kind, Set.of(), negated || (source && quoted.get(i - 1)), head, clause,
                    denial, forms));
            if (source && GroundingLexicon.DENIALS.contains(w)) {
                negated = true;
            }
        }
        return new Sentence(tokens);
    }

    /** The sentence calls something false: a denial word, or "tidak benar" / "bukan benar". */
    private static boolean denies(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (GroundingLexicon.DENIALS.contains(words.get(i)) || (i > 0 && words.get(i).equals("benar")
                    && GroundingLexicon.NEGATORS.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsNumber(List<String> words, int i) {
        String w = words.get(i);
        if (NumberWords.isDigits(w)) {
            return true;
        }
        if (!NumberWords.isNumberWord(w)) {
            return false;
        }
        // "salah satu" (one of) is not a number.
        return !(w.equals("satu") && i > 0 && words.get(i - 1).equals("salah"));
    }

    private static Kind kind(String w, String next) {
        if (GroundingLexicon.NEGATORS.contains(w)) {
            return Kind.NEGATOR;
        }
        if (GroundingLexicon.MODALS.containsKey(w)) {
            return Kind.MODAL;
        }
        if (w.equals("satu-satunya") || (w.equals("salah") && next.equals("satu"))) {
            return Kind.FUNCTION;
        }
        if (GroundingLexicon.isFunctionWord(w) || w.length() == 1) {
            return Kind.FUNCTION;
        }
        if (GroundingLexicon.isNeutral(w)) {
            return Kind.NEUTRAL;
        }
        return Kind.CONTENT;
    }
}
