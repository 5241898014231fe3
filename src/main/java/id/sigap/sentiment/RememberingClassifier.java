package id.sigap.sentiment;

/**
 * The classifier the application runs: the offline one, remembering on each thread the last text it read and
 * what it read in it. One turn reads the same citizen message more than once on its worker's thread (the
 * pipeline for the decision, then monitoring for the conversation item it stores, usually with the same text);
 * the classification is a pure function of the text, so the second reading returns the first's result, which
 * is what classifying again would give, without the work.
 */
final class RememberingClassifier implements SentimentClassifier {

    private final SentimentClassifier delegate;
    private final ThreadLocal<Classification> last = new ThreadLocal<>();

    RememberingClassifier(SentimentClassifier delegate) {
        this.delegate = delegate;
    }

    @Override
    public Classification classify(String text) {
        String read = text == null ? "" : text;
        Classification previous = last.get();
        if (previous != null && previous.text().equals(read)) {
            return previous;
        }
        Classification now = delegate.classify(text);
        last.set(now);
        return now;
    }

    /** Read without remembering: the turn's own message stays the one remembered (monitoring reads it again). */
    @Override
    public Classification classifyAside(String text) {
        return delegate.classify(text);
    }

    @Override
    public java.util.List<String> dangersNamed(String text) {
        return delegate.dangersNamed(text);
    }
}
