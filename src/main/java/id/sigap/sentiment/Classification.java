package id.sigap.sentiment;

import java.util.List;

/**
 * What the classifier read in one message.
 *
 * @param text       the message as received
 * @param sentiment  one of the four classes
 * @param confidence probability of {@code sentiment}, 0..1
 * @param emergency  a threat to life or safety happening now
 * @param wantsHuman the citizen explicitly asks for an officer or a person
 * @param hostile    abusive or insulting language
 * @param signals    why: short machine-readable strings such as {@code lex:neg-strong}, {@code negation}, {@code emergency:trapped}
 */
public record Classification(String text, Sentiment sentiment, double confidence, boolean emergency,
                             boolean wantsHuman, boolean hostile, List<String> signals) {

    public Classification {
        signals = List.copyOf(signals);
    }
}
