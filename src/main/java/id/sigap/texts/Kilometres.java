package id.sigap.texts;

import java.util.regex.Pattern;

/**
 * "km" beside a number is a distance or a road's kilometre post, not the chat spelling of "kamu": "jalan ... km 12,
 * lubangnya udh makan korban 2 motor" got the reply about the bot's own life, "rakyat jalan kaki 3 km bawa belanjaan" was
 * read "jalan kaki <num> kamu" (forty-fifth session, batches X50 and N51). One reading for the conversation's words and
 * the sentiment normaliser alike.
 */
public final class Kilometres {

    private static final Pattern KM_BESIDE_A_NUMBER =
            Pattern.compile("(?<=\\d)\\s*km\\b|(?<![\\p{L}\\d])km\\.?\\s*(?=\\d)");

    private Kilometres() {
    }

    /** {@code lowerCase} with every "km" beside a number written " kilometer "; the text itself when it has no "km". */
    public static String spelledOut(String lowerCase) {
        return lowerCase.contains("km") ? KM_BESIDE_A_NUMBER.matcher(lowerCase).replaceAll(" kilometer ") : lowerCase;
    }
}
