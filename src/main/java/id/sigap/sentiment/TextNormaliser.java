package id.sigap.sentiment;

import id.sigap.texts.Kilometres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns informal Indonesian as citizens type it into standard tokens: lower case, emoji to tokens,
 * stretched letters squeezed ("lamaaa" to "lama"), reduplication folded ("anak2" to "anak"), slang and
 * abbreviations mapped to standard words ("gak" to "tidak", "bgt" to "banget").
 */
final class TextNormaliser {

    private static final Pattern LAUGHTER = Pattern.compile("^(?:(?:wk)+w?|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|(?:xi){2,}|(?:kw){2,}k?)$");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern MENTION = Pattern.compile("@\\w+");
    /** A word with letters starred out inside it ("bangs*t", "b*ngs*t"); a star at a word's edge is bold, not a mask. */
    private static final Pattern MASKED = Pattern.compile("\\p{L}+(?:\\*{1,2}\\p{L}+){1,2}");
    private static final String VOWELS = "aiueo";
    private static final Pattern GLUED_UNIT =
            Pattern.compile("\\d+(th|thn|tahun|yo|yrs?|bln|bulan|hr|hari|jam|mgg|minggu|mnt|menit|mlm|malam)");
    private static final Map<String, String> EMOTICONS = Map.of(
            ":)", " emo_pos ", ":-)", " emo_pos ", ":d", " emo_pos ", "^^", " emo_pos ", "^_^", " emo_pos ",
            ":(", " emo_sad ", ":-(", " emo_sad ", ":'(", " emo_sad ", "-_-", " emo_sarc ", "=)", " emo_pos ");
    private static final Set<Character> BREAKS = Set.of('.', ',', ';', ':', '!', '?', '\n', '(', ')', '"');

    /** The token a number becomes; its value is kept in {@link NormalisedText#numbers()}. */
    static final String NUMBER = "<num>";

    private final Map<String, List<String>> slang;
    private final Predicate<String> known;

    /**
     * @param slang map from an informal spelling to its standard token(s)
     * @param known whether a token is a word the lexicon or model knows (used to undo doubled letters)
     */
    TextNormaliser(Map<String, List<String>> slang, Predicate<String> known) {
        this.slang = slang;
        this.known = known;
    }

    NormalisedText normalise(String text) {
        if (text == null || text.isBlank()) {
            return new NormalisedText(List.of(), 0, 0, false, false);
        }
        text = RedactionMarks.asRead(text);
        int exclamations = 0;
        int questions = 0;
        int letters = 0;
        int capitals = 0;
        StringBuilder plain = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '!') {
                exclamations++;
            } else if (cp == '?') {
                questions++;
            } else if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp)) {
                    capitals++;
                }
            }
            String emoji = Emoji.token(cp);
            if (emoji != null) {
                plain.append(' ').append(emoji).append(' ');
            } else if (cp >= 0x2000 && !Character.isLetterOrDigit(cp)) {
                plain.append(' ');
            } else {
                plain.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        String lowered = MENTION.matcher(URL.matcher(plain).replaceAll(" ")).replaceAll(" ");
        if (lowered.indexOf('*') >= 0) { // rare; every classification passes here
            lowered = MASKED.matcher(lowered).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(unmasked(m.group())));
        }
        for (var emoticon : EMOTICONS.entrySet()) {
            if (lowered.contains(emoticon.getKey())) {
                lowered = lowered.replace(emoticon.getKey(), emoticon.getValue());
            }
        }
        lowered = Kilometres.spelledOut(lowered); // "km" is "kamu" in slang, but not beside a number ("km 12", "3 km")
        boolean shouting = letters >= 10 && capitals >= 0.6 * letters;
        List<String> tokens = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        boolean[] stretched = {false};
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lowered.length(); i++) {
            char c = i < lowered.length() ? lowered.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c) || c == '_'
                    || (c == '-' && word.length() > 0 && i + 1 < lowered.length() && Character.isLetterOrDigit(lowered.charAt(i + 1)))
                    || (c == '/' && word.isEmpty())
                    || (c == '\'' && word.length() > 0);
            if (wordChar) {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                addWord(word.toString(), tokens, numbers, stretched);
                word.setLength(0);
            }
            if (BREAKS.contains(c) && !tokens.isEmpty() && !tokens.getLast().equals(NormalisedText.BREAK)) {
                tokens.add(NormalisedText.BREAK);
            }
        }
        while (!tokens.isEmpty() && tokens.getLast().equals(NormalisedText.BREAK)) {
            tokens.removeLast();
        }
        // the "!" of a message pasted in quotes are its own, not the writer's (PastedMessage)
        exclamations -= PastedMessage.quotedExclamations(text);
        return new NormalisedText(List.copyOf(tokens), exclamations, questions, shouting, stretched[0], List.copyOf(numbers));
    }

    /**
     * A starred-out word as it is meant, when putting a vowel for each run of stars makes a word the lexicon or model
     * knows ("bangs*t" is "bangsat": an insult softened in writing is still an insult); else the word without stars.
     */
    private String unmasked(String masked) {
        String[] parts = masked.split("\\*+");
        List<String> candidates = List.of(parts[0]);
        for (int p = 1; p < parts.length; p++) {
            List<String> longer = new ArrayList<>();
            for (String start : candidates) {
                for (char vowel : VOWELS.toCharArray()) {
                    longer.add(start + vowel + parts[p]);
                }
            }
            candidates = longer;
        }
        return candidates.stream().filter(known).findFirst().orElse(String.join("", parts));
    }

    private void addWord(String raw, List<String> out, List<Long> numbers, boolean[] stretched) {
        String word = raw.replace("'", "");
        if (word.startsWith("/")) {
            out.add(word);
            return;
        }
        if (word.contains("-")) {
            String[] parts = word.split("-");
            if (parts.length == 2 && (parts[0].equals(parts[1]) || parts[1].equals(parts[0] + "nya"))) {
                addWord(parts[0], out, numbers, stretched);
                return;
            }
            for (String part : parts) {
                if (!part.isEmpty()) {
                    addWord(part, out, numbers, stretched);
                }
            }
            return;
        }
        if (word.isEmpty()) {
            return;
        }
        if (Character.isDigit(word.charAt(0))) {
            out.add(NUMBER);
            numbers.add(leadingValue(word));
            // "anak sy (4th)", "kakek 80thn", "udah 3hari": a unit of time written onto the number is its own word
            Matcher unit = GLUED_UNIT.matcher(word);
            if (unit.matches()) {
                addWord(unit.group(1), out, numbers, stretched);
            }
            return;
        }
        // "anak2", "hati2": the digit 2 marks reduplication
        if (word.length() > 2 && word.endsWith("2") && Character.isLetter(word.charAt(word.length() - 2))) {
            word = word.substring(0, word.length() - 1);
        }
        String squeezed = squeeze(word, 3);
        if (!squeezed.equals(word)) {
            stretched[0] = true;
            word = squeezed;
        }
        if (LAUGHTER.matcher(word).matches()) {
            out.add("haha");
            return;
        }
        List<String> standard = slang.get(word);
        if (standard == null && word.length() >= 6 && word.endsWith("nye") && !known.test(word)) {
            // Betawi writes the possessive "-nya" as "-nye": "rumahnye ambruk" is a house, not someone collapsing
            word = word.substring(0, word.length() - 1) + "a";
            standard = slang.get(word);
        }
        if (standard == null && !known.test(word)) {
            String single = squeeze(word, 2);
            if (!single.equals(word) && (slang.containsKey(single) || known.test(single))) {
                stretched[0] = true;
                word = single;
                standard = slang.get(word);
            }
        }
        if (standard != null) {
            out.addAll(standard);
        } else {
            out.add(word);
        }
    }

    /** "80", "80an", "75thn": the value of the leading digits, -1 when there are too many to be a count or an age. */
    static long leadingValue(String word) {
        int end = 0;
        while (end < word.length() && Character.isDigit(word.charAt(end))) {
            end++;
        }
        return end == 0 || end > 9 ? -1 : Long.parseLong(word.substring(0, end));
    }

    /** Collapses every run of at least {@code run} equal letters to one letter. */
    static String squeeze(String word, int run) {
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            int j = i;
            while (j < word.length() && word.charAt(j) == c) {
                j++;
            }
            int length = j - i;
            if (length >= run && Character.isLetter(c)) {
                out.append(c);
            } else {
                out.append(word, i, j);
            }
            i = j;
        }
        return out.toString();
    }
}
