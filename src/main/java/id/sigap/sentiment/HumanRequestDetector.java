package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** One word of a request itself ("sambungkan", "ke", "petugas"); the message's other words are what it asks about. */
    private static final Pattern REQUEST_WORD = FILE.named("REQUEST_WORD");
    /** A word that names a department ("dinas", "bagian"): after a word of the request, it and its name are dropped. */
    private static final Pattern DEPARTMENT = FILE.named("DEPARTMENT");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The message without the words of its request for a person ("tolong sambungkan ke petugas" leaves nothing; "ktp
     * saya hilang, bisa bicara dengan petugas?" leaves "ktp hilang"; "bicara soal bansos dengan petugas" keeps "soal
     * bansos"), normalised, numbers left out; {@code null} when the message asks for no one.
     */
    String remainder(NormalisedText text) {
        String joined = " " + text.joined() + " ";
        return CUES.stream().anyMatch(joined::contains) && asks(joined) ? withoutRequestWords(joined) : null;
    }

    /** Whether a request pattern matches where no "sudah menghubungi" before it makes it a report of contact. */
    private static boolean asks(String joined) {
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(joined);
            while (matcher.find()) {
                if (matcher.end() > matcher.start() && !ALREADY.matcher(joined.substring(0, matcher.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every word of a request is dropped, inside a match or not ("i want to talk to a real person please"), and so is a
     * department named right after one ("ke petugas dinas peternakan": whom to reach, not what is asked).
     */
    private static String withoutRequestWords(String joined) {
        List<String> words = Arrays.stream(SPACES.split(joined.replace(NormalisedText.BREAK, " ")
                .replace(NormalisedText.NUMBER, " "))).filter(w -> !w.isEmpty()).toList();
        List<String> kept = new ArrayList<>();
        boolean afterRequest = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (afterRequest && DEPARTMENT.matcher(word).matches()) {
                i++; // the department's name
                continue;
            }
            afterRequest = REQUEST_WORD.matcher(word).matches();
            if (!afterRequest) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }
}
