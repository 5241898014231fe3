package id.sigap.conversation;

import id.sigap.texts.WordTable;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plea and a form of address, nothing else: "tolong min", "TOLONG KAK", "minta tolong dong pak", "help min". The bare
 * word ("tolong", "help!!!") is read as an emergency by the classifier; with a form of address it is as often the start of
 * an ordinary request, so it gets neither the emergency reply nor a request to rephrase as if it were noise, but a reply
 * that asks what is happening and gives 112 in case a life is at risk (batch S53: "TOLONG MIN" before a neighbour who had
 * fainted got "pesan Anda belum bisa saya pahami").
 */
final class Plea {

    private static final WordTable WORDS = WordTable.load("conversation/plea.tsv");
    private static final Pattern PLEA = Pattern.compile("^\\W*(?:(?:" + WORDS.alternatives("BEFORE") + ") )?(?:"
            + WORDS.alternatives("PLEA") + ")(?:\\W+(?:" + WORDS.alternatives("FILLER") + "))*\\W+(?:"
            + WORDS.alternatives("ADDRESS") + ")(?:\\W+(?:" + WORDS.alternatives("FILLER") + "|" + WORDS.alternatives("PLEA")
            + "))*\\W*$");

    private Plea() {
    }

    static boolean is(String text) {
        return text != null && PLEA.matcher(text.toLowerCase(Locale.ROOT).strip()).matches();
    }
}
