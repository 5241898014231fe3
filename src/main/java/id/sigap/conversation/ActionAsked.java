package id.sigap.conversation;

import id.sigap.texts.WordTable;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message that asks the office to act ("Mohon dinas kesehatan turun tangan", "tolong dicek", "harap segera dikirim"):
 * beside a worry or a complaint it needs a person, and a choice of entries sharing its words reads as a brush-off (batch
 * M54: crowded shelters with children falling ill, their toilets too few, got choices of shelters and disease prevention).
 * The words are in {@code conversation/action-asked.tsv}.
 */
final class ActionAsked {

    private static final WordTable WORDS = WordTable.load("conversation/action-asked.tsv");
    /** How many words may stand between the word that asks and what is asked ("mohon dinas kesehatan turun tangan"). */
    static final int BETWEEN = 3;
    private static final Pattern ASKED = Pattern.compile("\\b(?:" + WORDS.alternatives("PLEAD") + ")\\b(?:\\W+\\w+){0,"
            + BETWEEN + "}\\W+(?:" + WORDS.alternatives("ACT") + "|"
            + String.join("|", WORDS.lines("ACT_PHRASE").stream().map(Pattern::quote).toList()) + ")\\b");

    private ActionAsked() {
    }

    static boolean is(String text) {
        return text != null && ASKED.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
