package id.sigap.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * Everything issue monitoring knows at one moment: topics (most active first), the sentiment map, words
 * that jumped, possible coordinated activity and the state of every feed.
 */
record MonitoringOverview(Instant at, int items, List<TopicSummary> topics, SentimentMap sentiment,
                                 List<RisingTerm> risingTerms, List<CoordinationFlag> coordination,
                                 List<FeedStatus> feeds) {
}
