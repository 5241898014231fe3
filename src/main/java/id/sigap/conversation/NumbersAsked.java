package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message that asks for the emergency numbers or whom to call ("damkar nomornya brp", "sy hrs telp siapa",
 * "What's the number for SAR?"), asks for an ambulance, or says 112 does not connect. While an emergency waits for a
 * person it gets the numbers again, not only the queue's "call 112". The words are in
 * {@code conversation/numbers-asked.tsv}.
 */
public final class NumbersAsked {

    private static final WordTable WORDS = WordTable.load("conversation/numbers-asked.tsv");
    private static final Set<String> NUMBER = WORDS.of("NUMBER");
    private static final Set<String> SERVICE = WORDS.of("SERVICE");
    private static final Set<String> EMERGENCY_LINE = WORDS.of("EMERGENCY_LINE");
    private static final Pattern WHO = WORDS.phrases("WHO_PHRASE");
    private static final Pattern ASKED_FOR = WORDS.phrases("ASKED_FOR_PHRASE");
    private static final Pattern NOT_CONNECTING = WORDS.phrases("NOT_CONNECTING_PHRASE");
    private static final Pattern CALLED = WORDS.phrases("CALLED_PHRASE");
    private static final Pattern NOT_WORDISH = Pattern.compile("[^\\p{L}\\p{N}']+");

    private NumbersAsked() {
    }

    private static String wordsOf(String text) {
        return NOT_WORDISH.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether the message asks for the numbers, whom to call or an ambulance, or says 112 does not answer. */
    public static boolean in(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        // As typed and as normalised: the normaliser reads "nomer" as "nomor", but also English "who" as "siapa".
        String typed = wordsOf(text);
        String normalised = wordsOf(IndonesianNormalizer.normalize(text));
        String padded = " " + typed + " | " + normalised + " ";
        Set<String> words = Set.copyOf(Arrays.asList((typed + " " + normalised).split(" ")));
        if (words.stream().anyMatch(EMERGENCY_LINE::contains) && NOT_CONNECTING.matcher(padded).find()) {
            return true;
        }
        if (CALLED.matcher(padded).find()) {
            return false;
        }
        boolean numberOfAService = words.stream().anyMatch(SERVICE::contains) && words.stream().anyMatch(NUMBER::contains);
        return numberOfAService || WHO.matcher(padded).find() || ASKED_FOR.matcher(padded).find();
    }
}
