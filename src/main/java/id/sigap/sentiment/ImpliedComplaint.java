package id.sigap.sentiment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Complaints made without a complaint word: a wait with no news ("berkas saya sudah 3 minggu belum ada kabar", "the
 * queue took the whole day"), a why-question against what should be ("kenapa ... belum cair padahal ..."), a promise
 * not kept ("katanya seminggu, tapi ..."). The lexicon and the model read such a message as netral; the classifier
 * reads it as at least berpotensi negatif, and the service-state and topic-question readings leave it negative.
 * A hypothetical ("kalau sudah 3 hari belum ada kabar, ke mana?") asks what to do, and a wait that is over
 * ("akhirnya cair") is no complaint. People going without food or drink ("kelaparan", "belum makan sama sekali sudah
 * 2 hari") are in distress ({@link #DEPRIVED}), except in a review of a place to eat; so is despair ({@link #DESPAIR}).
 * The patterns and their words are in {@code sentiment/complaint.tsv}.
 */
final class ImpliedComplaint {

    static final String SIGNAL = "implied-complaint:";

    private static final DetectionPatterns PATTERNS = DetectionPatterns.load("sentiment/complaint.tsv");
    private static final Pattern HYPOTHETICAL = PATTERNS.named("HYPOTHETICAL");
    private static final Pattern RESOLVED = PATTERNS.named("RESOLVED");
    private static final Pattern EATERY = PATTERNS.named("EATERY");
    private static final Pattern DESPAIR_OVER = PATTERNS.named("DESPAIR_OVER");
    /** People going without food or drink ("kelaparan", "belum makan sama sekali"): distress, not a mild complaint. */
    static final String DEPRIVED = SIGNAL + "deprived";
    /** Despair ("tidak tahu harus bagaimana lagi", "lost everything"): distress, read as {@link #DEPRIVED} is. */
    static final String DESPAIR = SIGNAL + "despair";

    /** Whether what was found puts the writer in distress (going without food or drink, despair). */
    static boolean distress(List<String> found) {
        return found.contains(DEPRIVED) || found.contains(DESPAIR);
    }

    private ImpliedComplaint() {
    }

    /** The implied complaints found ({@code implied-complaint:waiting}, ...), empty when there is none. */
    static List<String> detect(NormalisedText text) {
        String joined = " " + text.joined() + " ";
        List<String> found = PATTERNS.signals(joined, SIGNAL);
        if (found.isEmpty() || HYPOTHETICAL.matcher(joined).find() || RESOLVED.matcher(joined).find()) {
            return List.of();
        }
        // "restorannya kehabisan menu": a review, not people going hungry
        found = unless(found, DEPRIVED, EATERY, joined);
        // "tadinya ... gak tau hrs gmn lg, skrg udh dapet bantuan", or said laughing: no despair now
        return unless(found, DESPAIR, DESPAIR_OVER, joined);
    }

    /** {@code found} without {@code signal} when {@code guard} matches the message. */
    private static List<String> unless(List<String> found, String signal, Pattern guard, String joined) {
        return found.contains(signal) && guard.matcher(joined).find()
                ? found.stream().filter(s -> !s.equals(signal)).toList() : found;
    }
}
