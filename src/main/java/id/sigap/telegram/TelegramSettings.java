package id.sigap.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Telegram channel settings ({@code sigap.telegram.*}).
 *
 * @param token            bot token ({@code TELEGRAM_BOT_TOKEN}); blank: no Telegram channel
 * @param apiUrl           Bot API base URL ({@code TELEGRAM_API_URL})
 * @param mode             {@code polling} (default) or {@code webhook}
 * @param webhookUrl       public HTTPS URL Telegram posts to, ending in {@code /telegram/webhook} (webhook mode)
 * @param webhookSecret    value Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token} (webhook mode; required)
 * @param pollTimeoutSeconds long-polling timeout of one getUpdates call
 * @param globalPerSecond  outgoing messages a second over all chats (Telegram: about 30)
 * @param chatPerSecond    outgoing messages a second to one private chat (Telegram: 1)
 * @param chatBurst        short burst tolerated in one chat
 * @param groupPerMinute   outgoing messages a minute to one group (Telegram: 20)
 * @param sendAttempts     tries of a message on 5xx or network errors before it waits for the next sweep
 * @param chatLeaseMs      how long a worker's claim on one chat lasts without renewal (another instance takes
 *                         the chat over after that when the worker died)
 * @param pollLeaseMs      how long the long-polling lease lasts without renewal: only its holder polls, and
 *                         another instance takes polling over within about this time when the holder dies
 * @param liftRateLimits   send without Telegram's rate limits (benchmarks and tests against a fake Bot API only)
 * @param sendTimeoutMs    the longest one outgoing Bot API call may take; a head marked as being sent is not sent
 *                         by a worker that takes the chat over until this much (plus a margin) has passed
 * @param pollQuietAfter   long polling that returned nothing for this long raises an alert (log and metric) and
 *                         polls without an offset from then on, so that a restarted update_id numbering is heard
 * @param maxActiveChats   chats one instance works at once when taking them from the shared ready queue; the rest
 *                         stay there for other instances
 * @param pollBacklog      long polling takes no more updates from Telegram while this many messages are recorded and
 *                         not processed yet (all instances); unset: {@value #DEFAULT_POLL_BACKLOG}; 0: no limit
 */
@ConfigurationProperties("sigap.telegram")
record TelegramSettings(
        String token,
        String apiUrl,
        String mode,
        String webhookUrl,
        String webhookSecret,
        int pollTimeoutSeconds,
        double globalPerSecond,
        double chatPerSecond,
        int chatBurst,
        double groupPerMinute,
        int sendAttempts,
        long chatLeaseMs,
        long pollLeaseMs,
        boolean liftRateLimits,
        long sendTimeoutMs,
        java.time.Duration pollQuietAfter,
        int maxActiveChats,
        Integer pollBacklog) {

    static final int DEFAULT_POLL_BACKLOG = 128;

    public TelegramSettings {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : stripSlash(apiUrl.trim());
        mode = mode == null || mode.isBlank() ? "polling" : mode.trim().toLowerCase(java.util.Locale.ROOT);
        pollTimeoutSeconds = pollTimeoutSeconds <= 0 ? 25 : pollTimeoutSeconds;
        globalPerSecond = globalPerSecond <= 0 ? 30 : globalPerSecond;
        chatPerSecond = chatPerSecond <= 0 ? 1 : chatPerSecond;
        chatBurst = chatBurst <= 0 ? 3 : chatBurst;
        groupPerMinute = groupPerMinute <= 0 ? 20 : groupPerMinute;
        sendAttempts = sendAttempts <= 0 ? 5 : sendAttempts;
        chatLeaseMs = chatLeaseMs <= 0 ? 30_000 : Math.max(1_000, chatLeaseMs);
        pollLeaseMs = pollLeaseMs <= 0 ? 5_000 : Math.max(1_000, pollLeaseMs);
        sendTimeoutMs = sendTimeoutMs <= 0 ? 30_000 : Math.max(500, sendTimeoutMs);
        pollQuietAfter = pollQuietAfter == null || pollQuietAfter.isNegative() || pollQuietAfter.isZero()
                ? java.time.Duration.ofHours(12) : pollQuietAfter;
        maxActiveChats = maxActiveChats <= 0 ? 256 : maxActiveChats;
        pollBacklog = pollBacklog == null ? DEFAULT_POLL_BACKLOG : Math.max(0, pollBacklog);
        if (!"polling".equals(mode) && !"webhook".equals(mode)) {
            throw new IllegalArgumentException("sigap.telegram.mode must be polling or webhook, not " + mode);
        }
        URI.create(apiUrl);
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    /**
     * How long a send mark protects a head from a takeover: the longest a send call may take, plus a margin for
     * the acknowledgement that follows it.
     */
    public java.time.Duration sendMark() {
        return java.time.Duration.ofMillis(sendTimeoutMs + 2_000);
    }

    public boolean webhook() {
        return "webhook".equals(mode);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
