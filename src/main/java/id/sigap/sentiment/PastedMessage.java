package id.sigap.sentiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message pasted in quotes inside the writer's own ("min ini bener gk? "BMKG: Akan terjadi gempa 8,7 SR ... Jangan tidur
 * di dalam rumah!!""): its "!" and its dangers are the pasted message's, not the writer's (batches O57 and B58, read).
 */
final class PastedMessage {

    /** A passage in straight or curly quotes long enough to be a message pasted, not a word quoted. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]{20,}\"|\u201C[^\u201C\u201D]{20,}\u201D"
            // single quotes only around a passage that opens after a space and closes with a sentence mark before a space:
            // not the apostrophes of "I'm ... can't" nor of Bugis "Tulungi', ... ana'-ana'"
            + "|(?<=^|[\\s:])'\\p{L}[^'\\n]{40,}[.!?]'(?=$|[\\s,.!?])");

    private PastedMessage() {
    }

    /** The "!" inside the quoted passages. */
    static int quotedExclamations(String text) {
        int count = 0;
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            count += (int) quoted.group().chars().filter(c -> c == '!').count();
        }
        return count;
    }

    /** The writer's own words: the message without its quoted passages (the message itself when it quotes none). */
    static String own(String text) {
        return QUOTED.matcher(text).replaceAll(" ");
    }

    static boolean quotes(String text) {
        return QUOTED.matcher(text).find();
    }
}
