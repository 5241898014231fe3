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
        String joined = " " + text.joined() + " ";
        if (CUES.stream().noneMatch(joined::contains)) {
            return false;
        }
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(joined);
            while (matcher.find()) {
                if (!ALREADY.matcher(joined.substring(0, matcher.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
