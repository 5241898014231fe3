package id.sigap.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A citizen's message cut into its sentences, one way for the whole module: after a full stop, an exclamation or question
 * mark or a semicolon and the space that follows it, at a line's end, and between a question mark and the word typed
 * straight after it ("brp?gk bisa"). The dot of an address's abbreviation ("jl. merdeka", "kel. sukamaju", "no. 3") ends
 * no sentence, nor does a dot inside a number ("Rp5.000").
 */
final class Sentences {

    private static final Pattern END = Pattern.compile(
            "(?<!\\b(?:jl|jln|gg|kel|kec|kab|kp|ds|dsn|prov|no|rt|rw|dr|drs|ir|hj|h|st|telp|tlp|hp)\\.)(?<=[.!?;])\\s+"
            + "|[\\r\\n]+|(?<=\\?)(?=\\p{L})", Pattern.CASE_INSENSITIVE);

    private Sentences() {
    }

    /** The message's sentences, stripped, none empty; no sentence for a blank or missing message. */
    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(END.split(text.strip())).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
