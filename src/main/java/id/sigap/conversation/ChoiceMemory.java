package id.sigap.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The choices last offered to a chat, kept briefly so that a tap or a typed number can be checked
 * against them: a button whose data does not name the live offer is refused, whatever it says.
 */
interface ChoiceMemory {

    /**
     * One offer.
     *
     * @param token    names this offer in the buttons' data (a forged or stale button names another)
     * @param entries  the offered entries, in the order shown
     * @param language the language the offer was written in
     */
    record Offer(String token, List<String> entries, Language language) {

        public Offer {
            entries = List.copyOf(entries);
        }
    }

    void remember(String channel, long chatId, Offer offer);

    Optional<Offer> offered(String channel, long chatId);

    void forget(String channel, long chatId);

    /** Remembers nothing (evaluation, previews): choices are shown but cannot be taken. */
    ChoiceMemory NONE = new ChoiceMemory() {
        @Override
        public void remember(String channel, long chatId, Offer offer) {
        }

        @Override
        public Optional<Offer> offered(String channel, long chatId) {
            return Optional.empty();
        }

        @Override
        public void forget(String channel, long chatId) {
        }
    };
}
