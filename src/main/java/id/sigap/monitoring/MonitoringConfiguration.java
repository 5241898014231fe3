package id.sigap.monitoring;

import id.sigap.broadcast.Areas;
import id.sigap.editorial.KnowledgeEditor;
import id.sigap.handoff.HandoffService;
import id.sigap.knowledge.EntryText;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.handoff.StaffChannel;
import id.sigap.handoff.StaffSettings;
import id.sigap.retrieval.KnowledgeRetriever;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.transcript.ChatPseudonyms;
import id.sigap.transcript.TranscriptSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;

/** Wires issue monitoring: stores, the intake, the feed poller, the group opt-in command and the post listener. */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    ItemStore monitoringItemStore(StringRedisTemplate redis, MonitoringSettings settings, ObjectProvider<TranscriptSettings> transcripts) {
        TranscriptSettings t = transcripts.getIfAvailable();
        return new ItemStore(redis, settings.retention(), t == null ? settings.retention() : Duration.ofDays(t.retentionDays()));
    }

    @Bean
    PostLog monitoringPostLog(StringRedisTemplate redis, MonitoringSettings settings) {
        return new PostLog(redis, settings.baseline(), settings.retention());
    }

    @Bean
    ItemIntake monitoringIntake(ItemStore items, PostLog posts, SentimentClassifier classifier, Areas areas,
                                MonitoringSettings settings) {
        return new ItemIntake(items, posts, classifier, new AreaGazetteer(areas.all()), settings.maxItemChars(), Clock.systemUTC());
    }

    @Bean
    FeedPoller monitoringFeedPoller(MonitoringSettings settings, StringRedisTemplate redis, ItemIntake intake) {
        return new FeedPoller(settings, new FeedStatuses(redis), intake, Clock.systemUTC());
    }

    @Bean
    MonitoringService monitoringService(MonitoringSettings settings, FeedPoller poller, ItemStore items, PostLog posts,
                                        StringRedisTemplate redis, ApplicationEventPublisher events,
                                        ObjectProvider<KnowledgeRetriever> retriever, Areas areas) {
        return new MonitoringService(settings, poller, items, posts, redis, events,
                MonitoringService.entriesFrom(retriever.getIfAvailable()), areas::nameOf,
                areas.all().stream().map(id.sigap.broadcast.Area::name).toList());
    }

    @Bean
    BriefBuilder monitoringBriefBuilder(MonitoringService monitoring, AskedQuestions asked, ObjectProvider<HandoffService> handoffs,
                                        ObjectProvider<KnowledgeEditor> editor) {
        return new BriefBuilder(monitoring, asked, handoffs::getIfAvailable, new DraftMatcher(() -> pendingDrafts(editor.getIfAvailable())));
    }

    private static java.util.List<DraftMatcher.PendingDraft> pendingDrafts(KnowledgeEditor editor) {
        if (editor == null) {
            return java.util.List.of();
        }
        return editor.drafts().stream().map(d -> new DraftMatcher.PendingDraft(d.entryId(),
                EntryText.parse(d.text(), d.path()).entry().map(KnowledgeEntry::title).orElse(d.entryId()), d.text())).toList();
    }

    @Bean
    MonitoringVerbs monitoringVerbs(MonitoringService monitoring, BriefBuilder briefs) {
        return new MonitoringVerbs(monitoring, briefs);
    }

    @Bean
    MonitoringAlertPoster monitoringAlertPoster(ObjectProvider<StaffChannel> staff) {
        return new MonitoringAlertPoster(staff);
    }

    @Bean
    GroupOptIns monitoringGroupOptIns(StringRedisTemplate redis) {
        return new GroupOptIns(redis);
    }

    @Bean
    @Order(5)
    GroupWatchCommands groupWatchCommands(GroupOptIns optIns, StaffSettings staff) {
        return new GroupWatchCommands(optIns, staff);
    }

    @Bean
    AskedQuestions monitoringAskedQuestions(StringRedisTemplate redis, MonitoringSettings settings) {
        return new AskedQuestions(redis, settings.zone(), settings.retention());
    }

    @Bean
    AskedQuestionsEraser monitoringAskedQuestionsEraser(AskedQuestions asked, ChatPseudonyms pseudonyms) {
        return new AskedQuestionsEraser(asked, pseudonyms::of, Clock.systemUTC());
    }

    @Bean
    PublicPostListener monitoringPostListener(ItemIntake intake, GroupOptIns optIns, ChatPseudonyms pseudonyms,
                                              ItemStore items, PostLog posts, AskedQuestions asked) {
        return new PublicPostListener(intake, optIns, pseudonyms::of, items, posts, asked);
    }
}
