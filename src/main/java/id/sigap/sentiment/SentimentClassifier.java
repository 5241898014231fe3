package id.sigap.sentiment;

/**
 * Reads sentiment, emergency, hostility and requests for a person in one citizen message.
 * Runs offline in well under two milliseconds; a Spring bean, or {@link #offline()} without Spring.
 */
public interface SentimentClassifier {

    Classification classify(String text);

    /**
     * The same reading as {@link #classify}, for a text read beside the message (two messages read together) whose
     * reading should not take the place of the message's own where readings are remembered.
     */
    default Classification classifyAside(String text) {
        return classify(text);
    }

    /**
     * The dangers {@code text} names before any guard sets one aside ("emergency:fire" for a fire told as over): what
     * reading two messages together compares, so that a follow-up that only adds "now" or "please hurry" to a danger
     * already set aside makes no emergency. By default the emergency signals of {@link #classify}.
     */
    default java.util.List<String> dangersNamed(String text) {
        return classify(text).emergencySignals();
    }

    /** The shipped offline classifier (lexicon, rules and the bundled model), without Spring. */
    static SentimentClassifier offline() {
        return IndonesianSentimentClassifier.load();
    }
}
