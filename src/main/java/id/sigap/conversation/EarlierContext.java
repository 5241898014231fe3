package id.sigap.conversation;

import java.util.Optional;

/**
 * Something the office itself said to a chat that a short reply may refer to, such as an official update
 * pushed to subscribers ("posnya di mana?" after "the water is rising, go to the nearest post").
 */
public interface EarlierContext {

    /** What a short question from this message may continue, and a reason naming it; empty when nothing. */
    Optional<Context> contextFor(IncomingMessage message);

    /**
     * @param text    words to put before a short question when retrieving (never shown to the citizen)
     * @param reason  recorded in the decision, e.g. {@code follow-up:broadcast:B12}
     * @param replied the citizen replied to that very message (Telegram's reply): read the question in its
     *                context first, even when the question alone would retrieve something
     */
    record Context(String text, String reason, boolean replied) {
    }
}
