package id.sigap.monitoring;

import id.sigap.sentiment.Classification;
import id.sigap.sentiment.Sentiment;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.privacy.Redactor;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one door for monitored posts, whatever the source: cut an enormous text, redact personal data,
 * tell the language and the area, classify, store once (a post already stored under the same text or
 * link is only logged as another sighting, which the coordination check counts).
 */
final class ItemIntake {

    private final ItemStore items;
    private final PostLog posts;
    private final SentimentClassifier classifier;
    private final AreaGazetteer areas;
    private final int maxChars;
    private final Clock clock;

    ItemIntake(ItemStore items, PostLog posts, SentimentClassifier classifier, AreaGazetteer areas, int maxChars, Clock clock) {
        this.items = items;
        this.posts = posts;
        this.classifier = classifier;
        this.areas = areas;
        this.maxChars = maxChars;
        this.clock = clock;
    }

    /** The stored item when the post was new; empty for a duplicate or a post without text. */
    Optional<MonitoredItem> take(CollectedPost post) {
        return take(post, null);
    }

    /**
     * As {@link #take(CollectedPost)}; a stored item also remembers, in the same step, that the chat message
     * {@code message} (when not null) became it.
     */
    Optional<MonitoredItem> take(CollectedPost post, String message) {
        // Redacted whole, then cut: a value written across any cut (with spaced separators it may be long) is seen whole.
        String text = cut(Redactor.redact(post.text()).strip(), maxChars);
        TextFingerprint.Normalised normalised = TextFingerprint.of(text);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        // A citizen's question is one event per citizen: ten citizens asking the same thing are ten items (the
        // topic's volume), while the same citizen repeating it, or the same story in two feeds, is one.
        String hash = post.kind() == SourceKind.CONVERSATION
                ? TextFingerprint.sha(post.author() + "\n" + normalised.form()) : normalised.hash();
        Instant now = clock.instant();
        Instant time = post.time() == null || post.time().isAfter(now) ? now : post.time();
        // Claimed and stored in one step: the item is read (language, area, class) before it is known to be new,
        // which a repeat pays for once more, so that a new post costs one round trip instead of two.
        MonitoredItem item = read(hash, post.kind(), post.source(), time, post.link(), text, normalised, post.author());
        Optional<String> existing = items.claimAndSave(item, hash, now, message);
        if (existing.isPresent()) {
            log(post, time, existing.get(), normalised);
            return Optional.empty();
        }
        log(post, time, hash, normalised);
        return Optional.of(item);
    }

    /**
     * An edited post: the stored item takes the new text (redacted, cut), its language, area and class are
     * told again; id, source, time and author stay. Empty when the new text holds nothing.
     */
    Optional<MonitoredItem> revise(MonitoredItem stored, String newText) {
        String text = cut(Redactor.redact(newText).strip(), maxChars);
        TextFingerprint.Normalised normalised = TextFingerprint.of(text);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        MonitoredItem item = read(stored.id(), stored.kind(), stored.source(), stored.time(), stored.link(), text,
                normalised, stored.author());
        items.save(item, clock.instant());
        items.claimText(normalised.hash(), stored.id());
        return Optional.of(item);
    }

    private MonitoredItem read(String id, SourceKind kind, String source, Instant time, String link, String text,
                               TextFingerprint.Normalised normalised, String author) {
        boolean indonesian = LanguageCheck.indonesian(normalised.words());
        Sentiment sentiment = Sentiment.NETRAL;
        double confidence = 0;
        if (indonesian) {
            Classification c = classifier.classify(text);
            sentiment = c.sentiment();
            confidence = c.confidence();
        }
        return new MonitoredItem(id, kind, source, time, link, text, areas.areaOf(normalised), sentiment, confidence, indonesian, author);
    }

    private void log(CollectedPost post, Instant time, String itemId, TextFingerprint.Normalised normalised) {
        if (post.author() != null && post.kind().publicPost()) {
            posts.add(new PostLog.Post(time, post.author(), post.source(), itemId, normalised.minHash()));
        }
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1) + "…";
    }
}
