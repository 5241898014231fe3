package id.sigap.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks each configured feed for news when it is due, hands what it finds to the {@link ItemIntake} and
 * keeps each feed's {@link FeedStatus}. A failing feed waits longer after each failure (doubling, up to
 * the configured maximum, or what its Retry-After asks); one feed's trouble never stops the others.
 */
final class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    /** The result of one round over the feeds. */
    record Round(int feedsAsked, int feedsFailed, int newItems) {
    }

    private final MonitoringSettings settings;
    private final FeedFetcher fetcher;
    private final FeedStatuses statuses;
    private final ItemIntake intake;
    private final Clock clock;

    FeedPoller(MonitoringSettings settings, FeedStatuses statuses, ItemIntake intake, Clock clock) {
        this.settings = settings;
        this.fetcher = new FeedFetcher(settings.fetchTimeout(), settings.maxFeedBytes(), settings.maxRedirects());
        this.statuses = statuses;
        this.intake = intake;
        this.clock = clock;
    }

    /** Polls the feeds that are due ({@code force}: all of them, still with conditional GET). */
    Round poll(boolean force) {
        int asked = 0;
        int failed = 0;
        int found = 0;
        for (String url : settings.feeds()) {
            FeedStatus status = statuses.get(url);
            Instant now = clock.instant();
            if (!force && now.isBefore(status.nextAttempt())) {
                continue;
            }
            asked++;
            FeedStatus next = pollOne(url, status);
            statuses.put(next);
            if (next.lastError() != null) {
                failed++;
            } else {
                found += next.newItems();
            }
        }
        return new Round(asked, failed, found);
    }

    List<FeedStatus> statuses() {
        List<FeedStatus> all = new ArrayList<>();
        for (String url : settings.feeds()) {
            all.add(statuses.get(url));
        }
        return all;
    }

    private FeedStatus pollOne(String url, FeedStatus status) {
        Instant now = clock.instant();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return failed(status, "alamat tidak sah", null, now);
        }
        try {
            return switch (fetcher.fetch(uri, status.etag(), status.lastModified())) {
                case FeedFetcher.NotModified ignored -> new FeedStatus(url, status.etag(), status.lastModified(), now,
                        null, status.lastErrorAt(), 0, now.plus(settings.pollInterval()), 0);
                case FeedFetcher.Failed f -> failed(status, f.reason(), f.retryAfter(), now);
                case FeedFetcher.Fetched f -> {
                    List<CollectedPost> posts;
                    try {
                        posts = FeedParser.parse(f.body(), url, now);
                    } catch (FeedParser.MalformedFeed e) {
                        yield failed(status, e.getMessage(), null, now);
                    }
                    int fresh = 0;
                    for (CollectedPost post : posts) {
                        if (intake.take(post).isPresent()) {
                            fresh++;
                        }
                    }
                    yield new FeedStatus(url, f.etag(), f.lastModified(), now, null, status.lastErrorAt(), 0,
                            now.plus(settings.pollInterval()), fresh);
                }
            };
        } catch (RuntimeException e) {
            log.warn("Feed {} could not be processed: {}", url, e.toString());
            return failed(status, "kesalahan saat memproses: " + e.getClass().getSimpleName(), null, now);
        }
    }

    private FeedStatus failed(FeedStatus status, String reason, Duration retryAfter, Instant now) {
        int failures = status.failures() + 1;
        Duration wait = settings.pollInterval().multipliedBy(1L << Math.min(failures - 1, 10));
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        if (wait.compareTo(settings.maxBackoff()) > 0) {
            wait = settings.maxBackoff();
        }
        log.info("Feed {} failed ({} in a row): {}", status.url(), failures, reason);
        return new FeedStatus(status.url(), status.etag(), status.lastModified(), status.lastSuccess(), reason, now,
                failures, now.plus(wait), 0);
    }
}
