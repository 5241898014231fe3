package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import id.sigap.broadcast.BroadcastSettings;
import id.sigap.conversation.ConversationService;
import id.sigap.handoff.StaffSettings;
import id.sigap.ops.SigapMetrics;
import id.sigap.store.RedisSubscription;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Wires the Telegram channel when a bot token is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${sigap.telegram.token:}' != ''")
class TelegramConfiguration {

    /**
     * Every chat worked at once may be sending at once: keep as many connections as there can be calls (both clients
     * share the pool), or a surge opens and closes a connection for most sends (a TLS handshake each with Telegram;
     * with an idle limit of 64 and 256 chats at once, 2,000 sends opened ~800 connections).
     */
    private final ConnectionPool connections;

    TelegramConfiguration(TelegramSettings settings) {
        this.connections = new ConnectionPool(settings.maxActiveChats() + 16, 5, TimeUnit.MINUTES);
    }

    @Bean
    TelegramBot telegramBot(TelegramSettings settings) {
        if (settings.webhook() && (settings.webhookSecret() == null || settings.webhookSecret().isBlank()
                || settings.webhookUrl() == null || settings.webhookUrl().isBlank())) {
            throw new IllegalStateException("Webhook mode needs SIGAP_TELEGRAM_WEBHOOK_URL and SIGAP_TELEGRAM_WEBHOOK_SECRET");
        }
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(20))
                // A long poll holds the request open for pollTimeoutSeconds.
                .readTimeout(Duration.ofSeconds(settings.pollTimeoutSeconds() + 20L))
                .retryOnConnectionFailure(true)
                .connectionPool(connections)
                .build();
        return new TelegramBot.Builder(settings.token())
                .apiUrl(settings.apiUrl() + "/bot")
                .okHttpClient(http)
                .build();
    }

    /**
     * The outbox's sends go through a client whose every call ends within {@code sendTimeoutMs}: a worker's mark
     * on the head it sends must outlive its call, so the call needs a bound.
     */
    @Bean
    TelegramSender telegramSender(TelegramSettings settings) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofMillis(Math.min(10_000, settings.sendTimeoutMs())))
                .callTimeout(Duration.ofMillis(settings.sendTimeoutMs()))
                // Telegram's answer may take as long as the call may: OkHttp's default read timeout (10 s) would
                // give up on a call Telegram may already have carried out, and the worker would send it again.
                .readTimeout(Duration.ofMillis(settings.sendTimeoutMs()))
                .writeTimeout(Duration.ofMillis(settings.sendTimeoutMs()))
                // sendMessage is not idempotent: OkHttp must not repeat a request it may have delivered (a reused
                // connection that broke); such a failure comes back as "no answer" and the send fence decides.
                .retryOnConnectionFailure(false)
                .connectionPool(connections)
                .build();
        return new TelegramSender(new TelegramBot.Builder(settings.token())
                .apiUrl(settings.apiUrl() + "/bot")
                .okHttpClient(http)
                .build());
    }

    @Bean
    TelegramBroadcastTransport telegramBroadcastTransport(TelegramBot bot, SendRateLimiter limiter,
                                                          TelegramSettings settings, BroadcastSettings broadcast) {
        return new TelegramBroadcastTransport(bot, limiter, settings, broadcast);
    }

    @Bean
    ChatDispatcher chatDispatcher(ChatQueue queue, ConversationService conversation, TelegramSender sender,
                                  SendRateLimiter limiter, TelegramSettings settings, ApplicationEventPublisher events,
                                  SigapMetrics metrics) {
        return new ChatDispatcher(queue, conversation, sender, limiter, settings, events::publishEvent, metrics);
    }

    /**
     * Wakes this instance's taker when any instance puts a chat in the shared ready queue (Redis pub/sub), so that
     * every instance, not only the one that received the update, may take it at once. A missed message costs at
     * most the taker's own half-second wait.
     */
    @Bean
    RedisSubscription readyChatsListener(RedisConnectionFactory connections, ChatDispatcher dispatcher) {
        return new RedisSubscription(connections, ChatQueue.READY_CHANNEL, message -> dispatcher.wake());
    }

    @Bean
    UpdateIngest updateIngest(ChatQueue queue, ChatDispatcher dispatcher, SigapMetrics metrics) {
        return new UpdateIngest(queue, dispatcher, metrics);
    }

    @Bean
    TelegramPoller telegramPoller(TelegramBot bot, UpdateIngest ingest, ChatQueue queue, TelegramSettings settings,
                                  SigapMetrics metrics) {
        return new TelegramPoller(bot, ingest, queue, settings.pollTimeoutSeconds(),
                Duration.ofMillis(settings.pollLeaseMs()), settings.pollQuietAfter(), settings.pollBacklog(),
                Duration.ofSeconds(2), metrics.registry());
    }

    @Bean
    @ConditionalOnExpression("'${sigap.staff-chat-id:}' != ''")
    TelegramStaffChannel telegramStaffChannel(StaffSettings staff, ChatQueue queue, ChatDispatcher dispatcher) {
        return new TelegramStaffChannel(staff.staffChatId(), queue, dispatcher);
    }

    @Bean
    TelegramChannel telegramChannel(TelegramBot bot, TelegramSettings settings, TelegramPoller poller,
                                    ChatDispatcher dispatcher, ChatQueue queue, SigapMetrics metrics) {
        metrics.gauge("sigap.telegram.pending.chats", "Chats with recorded work not yet finished (all instances)",
                () -> {
                    try {
                        return queue.pendingCount();
                    } catch (RuntimeException e) {
                        return Double.NaN;
                    }
                });
        metrics.gauge("sigap.telegram.backlog", "Messages recorded and not processed yet (all instances)",
                () -> {
                    try {
                        return queue.backlog();
                    } catch (RuntimeException e) {
                        return Double.NaN;
                    }
                });
        metrics.gauge("sigap.telegram.active.chats", "Chats this instance is working on now", dispatcher::activeChats);
        metrics.gauge("sigap.telegram.poller.leader", "1 when this instance holds the long-polling lease",
                () -> poller.leader() ? 1 : 0);
        metrics.gauge("sigap.telegram.poll.quiet.seconds",
                "Seconds since long polling last returned an update (meaningful on the instance that polls)",
                () -> poller.quietFor().toSeconds());
        return new TelegramChannel(bot, settings, poller, dispatcher);
    }
}
