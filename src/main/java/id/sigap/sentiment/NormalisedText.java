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
 * @param numbers      the value of each {@link #NUMBER} token, in order ("umur 80" keeps 80 here), or -1 when it
 *                     has no leading digits that fit
 */
record NormalisedText(List<String> tokens, int exclamations, int questions, boolean shouting, boolean stretched,
                      List<Long> numbers) {

    static final String BREAK = "|";
    /** The token a number becomes. */
    static final String NUMBER = TextNormaliser.NUMBER;

    NormalisedText(List<String> tokens, int exclamations, int questions, boolean shouting, boolean stretched) {
        this(tokens, exclamations, questions, shouting, stretched, List.of());
    }

    /** The value of the number token at {@code index} among the message's number tokens, -1 when unknown. */
    long number(int index) {
        return index >= 0 && index < numbers.size() ? numbers.get(index) : -1;
    }

    /** The tokens joined by single spaces, for phrase patterns. */
    String joined() {
        return String.join(" ", tokens);
    }
}
