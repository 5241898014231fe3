package id.sigap.sentiment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Explicit requests for an officer or a person ("mau bicara dengan petugas", "sambungin ke admin",
 * "ada orang beneran gak?", {@code /petugas}, "talk to a human"); mere mentions of officers do not count. The patterns and their words are in {@code sentiment/human-request.tsv}.
 */
final class HumanRequestDetector {

    private static final DetectionPatterns FILE = DetectionPatterns.load("sentiment/human-request.tsv");
    private static final List<Pattern> PATTERNS = FILE.requests();
    /** "sudah menghubungi petugas": a report of contact, not a request. */
    private static final Pattern ALREADY = FILE.named("ALREADY");
    /** Every pattern needs one of these; most messages have none, and then no pattern runs. */
    private static final List<String> CUES = FILE.cues();
    /** One word of a request itself ("sambungkan", "ke", "petugas"); other words in a request's span are its topic. */
    private static final Pattern REQUEST_WORD = FILE.named("REQUEST_WORD");
    private static final Pattern WORD = Pattern.compile("\\S+");

    boolean detect(NormalisedText text) {
        return remainder(text) != null;
    }

    /**
     * The message without its requests for a person ("tolong sambungkan ke petugas" leaves "tolong"; "ktp saya
     * hilang, bisa bicara dengan petugas?" leaves "ktp saya hilang"), normalised, numbers left out; {@code null} when the
     * message asks for no one. What is left is what the citizen asks about besides the person.
     */
    String remainder(NormalisedText text) {
        String joined = " " + text.joined() + " ";
        if (CUES.stream().noneMatch(joined::contains)) {
            return null;
        }
        // The request words of every pattern's every match are cut (patterns overlap: "telpon saya", "telpon saya balik");
        // other words inside a match are the topic ("bicara soal bansos dengan petugas").
        java.util.BitSet cut = new java.util.BitSet(joined.length());
        boolean asked = false;
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(joined);
            while (matcher.find()) {
                if (matcher.end() > matcher.start() && !ALREADY.matcher(joined.substring(0, matcher.start())).find()) {
                    cutRequestWords(joined, matcher.start(), matcher.end(), cut);
                    asked = true;
                }
            }
        }
        return asked ? rest(joined, cut) : null;
    }

    private static void cutRequestWords(String joined, int start, int end, java.util.BitSet cut) {
        var word = WORD.matcher(joined).region(start, end);
        while (word.find()) {
            if (REQUEST_WORD.matcher(word.group()).matches() || word.group().equals(NormalisedText.BREAK)) {
                cut.set(word.start(), word.end());
            }
        }
    }

    private static String rest(String joined, java.util.BitSet cut) {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            rest.append(cut.get(i) ? ' ' : joined.charAt(i));
        }
        // Request words outside a match say no more ("i want to talk to a real person please": only "real person" matched).
        return java.util.Arrays.stream(rest.toString().replace(NormalisedText.BREAK, " ").replace(NormalisedText.NUMBER, " ")
                        .split("\\s+"))
                .filter(w -> !w.isEmpty() && !REQUEST_WORD.matcher(w).matches())
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
