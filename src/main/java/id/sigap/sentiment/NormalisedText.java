package id.sigap.sentiment;

import java.util.List;

/**
 * A message after normalisation: lower-case standard-spelling tokens, emoji as {@code emo_*} tokens,
 * clause breaks as {@link #BREAK}, plus the surface cues that normalisation removes.
 *
 * @param tokens       normalised tokens
 * @param exclamations number of '!' in the message
 * @param questions    number of '?' in the message
 * @param shouting     most letters are capitals (in a message long enough for that to mean something)
 * @param stretched    some word had a letter repeated for emphasis ("lamaaa")
 */
record NormalisedText(List<String> tokens, int exclamations, int questions, boolean shouting, boolean stretched) {

    static final String BREAK = "|";

    /** The tokens joined by single spaces, for phrase patterns. */
    String joined() {
        return String.join(" ", tokens);
    }
}
