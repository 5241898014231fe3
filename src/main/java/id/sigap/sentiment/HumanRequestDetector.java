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
        // Every pattern's every match on the whole message is cut: patterns overlap ("telpon saya", "telpon saya balik").
        java.util.BitSet cut = new java.util.BitSet(joined.length());
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(joined);
            while (matcher.find()) {
                if (matcher.end() > matcher.start() && !ALREADY.matcher(joined.substring(0, matcher.start())).find()) {
                    cut.set(matcher.start(), matcher.end());
                }
            }
        }
        if (cut.isEmpty()) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            rest.append(cut.get(i) ? ' ' : joined.charAt(i));
        }
        return rest.toString().replace(NormalisedText.BREAK, " ").replace(NormalisedText.NUMBER, " ")
                .replaceAll("\\s+", " ").strip();
    }
}
