package id.sigap.sentiment;

/**
 * Reads sentiment, emergency, hostility and requests for a person in one citizen message.
 * Runs offline in well under two milliseconds; a Spring bean, or {@link #offline()} without Spring.
 */
public interface SentimentClassifier {

    Classification classify(String text);

    /** The shipped offline classifier (lexicon, rules and the bundled model), without Spring. */
    static SentimentClassifier offline() {
        return IndonesianSentimentClassifier.load();
    }
}
