package id.sigap.telegram;

import id.sigap.conversation.IncomingMessage;
import id.sigap.privacy.DataCipher;
import id.sigap.store.Json;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable per-chat queues in Redis that make the channel lose nothing:
 * an inbox of recorded updates (deduplicated by update id), an outbox of Bot API calls not yet
 * delivered, a lease per chat so that one worker at a time handles a chat (in order), and the
 * long-polling offset. Every change that must be atomic is one Lua script.
 */
@Component
class ChatQueue {

    static final String PREFIX = "sigap:tg:";
    private static final String PENDING = PREFIX + "pending";
    /** Chats with work that no worker holds, in arrival order, for any instance's taker (one entry a chat). */
    private static final String READY = PREFIX + "ready";
    private static final String READY_SET = PREFIX + "ready:set";
    /** Pub/sub channel that wakes every instance's taker when a chat enters the ready queue. */
    static final String READY_CHANNEL = PREFIX + "ready:wake";
    private static final String OFFSET = PREFIX + "offset";
    private static final String POLL_LEASE = PREFIX + "poll-lease";
    /**
     * Messages recorded in an inbox and not processed yet, over all chats and instances: raised by the recording
     * steps, lowered by the commit that pops an inbox head. The poller reads it to hold back while it is high.
     */
    private static final String BACKLOG = PREFIX + "backlog";
    private static final Duration DEDUP_TTL = Duration.ofDays(2);
    private static final Duration TOPIC_TTL = Duration.ofDays(180);

    /**
     * KEYS: dedup, inbox, pending, lock, ready, ready set, backlog. ARGV: ttl seconds, message json, chat id, wake
     * channel. 1 when new. A new message of a chat no worker holds puts the chat in the ready queue (once) and wakes
     * every instance's taker; a held chat's worker finds the message itself before it lets go. A new message counts
     * one more in the backlog.
     */
    private static final RedisScript<Long> ACCEPT = RedisScript.of(new ClassPathResource("lua/telegram/accept.lua"), Long.class);

    /**
     * The same as {@link #ACCEPT} for a whole batch in one round trip. KEYS: pending, ready, ready set, backlog, then
     * per message its dedup, inbox and lock keys. ARGV: ttl seconds, wake channel, then per message its json and chat
     * id. Returns one 1 (new) or 0 (seen before) per message, in order; the backlog grows by the new ones.
     */
    private static final RedisScript<List> ACCEPT_ALL = RedisScript.of(new ClassPathResource("lua/telegram/accept-all.lua"), List.class);

    /** KEYS: ready, ready set. ARGV: most to take. Takes chats from the front of the ready queue. */
    private static final RedisScript<List> TAKE_READY = RedisScript.of(new ClassPathResource("lua/telegram/take-ready.lua"), List.class);

    /**
     * KEYS: lock, outbox, inbox, urgent outbox. ARGV: owner prefix ({@code owner:}), ttl ms, new token. Takes the chat's lease
     * when it is free or held by a dead worker of this same instance (one worker per chat per instance), under
     * a fresh fencing token, and in the same round trip returns what the worker needs first:
     * {held, outbox head, inbox head} ('' for none).
     */
    private static final RedisScript<List> CLAIM = RedisScript.of(new ClassPathResource("lua/telegram/claim.lua"), List.class);

    /**
     * KEYS: lock, outbox, send mark, urgent outbox. ARGV: token, head, lease ttl ms, mark ttl ms. The fence in front of every
     * Bot API call: only the current lease holder may send, only the outbox head, and not while another
     * holder's mark on that same head is alive (it may be sending it now, or have sent it and be about to
     * acknowledge). Marks the head as being sent by this token and renews the lease, in one step.
     * Returns 1 (go), 0 (lease lost), 2 (head no longer there), or -ms (another token's live mark; wait).
     */
    private static final RedisScript<Long> BEGIN_SEND = RedisScript.of(new ClassPathResource("lua/telegram/begin-send.lua"), Long.class);

    /** KEYS: send mark. ARGV: token. Withdraws our mark after Telegram certainly did not take the call. */
    private static final RedisScript<Long> END_SEND = RedisScript.of(new ClassPathResource("lua/telegram/end-send.lua"), Long.class);

    /**
     * KEYS: inbox, pending, lock, own outbox, own urgent outbox, own send mark, backlog, then one outbox per outgoing
     * item. ARGV: the head we processed, token, ttl ms, send-mark ttl ms, then per item its chat id and json. Moves
     * the head's replies into their chats' outboxes and pops it, atomically, counting one less in the backlog; renews
     * our lease; returns {committed, lease held, outbox head, inbox head, marked}.
     */
    private static final RedisScript<List> COMMIT = RedisScript.of(new ClassPathResource("lua/telegram/commit.lua"), List.class);

    /**
     * KEYS: outbox, inbox, lock, send mark, urgent outbox. ARGV: the head we delivered, token, ttl ms. Pops the head if it is
     * still there (Telegram took it, whoever holds the lease now), drops our send mark, renews our lease,
     * returns {lease held, outbox head, inbox head}.
     */
    private static final RedisScript<List> ACK_SENT = RedisScript.of(new ClassPathResource("lua/telegram/ack-sent.lua"), List.class);

    /** KEYS: lock. ARGV: token, ttl ms. Extends only our own lease. */
    private static final RedisScript<Long> RENEW = RedisScript.of(new ClassPathResource("lua/telegram/renew.lua"), Long.class);

    /**
     * KEYS: lock, inbox, outbox, pending, urgent outbox. ARGV: token, chat id, '1' to forget the chat when idle.
     * Gives the lease back and, in the same step, says whether work is left (1) or not (0): a message
     * recorded by another instance while we held the lease is then not left for the sweeper.
     */
    private static final RedisScript<Long> RELEASE = RedisScript.of(new ClassPathResource("lua/telegram/release.lua"), Long.class);

    /**
     * KEYS: offset, poll lease. ARGV: offset, owner. Saves the offset, only while holding the lease; lower than
     * before too (Telegram may restart its numbering).
     */
    private static final RedisScript<Long> SAVE_OFFSET = RedisScript.of(new ClassPathResource("lua/telegram/save-offset.lua"), Long.class);

    /** KEYS: lease. ARGV: owner, ttl ms. Takes the lease when free, renews it when ours; 1 when held. */
    private static final RedisScript<Long> HOLD = RedisScript.of(new ClassPathResource("lua/telegram/hold.lua"), Long.class);

    private static final RedisScript<Long> UNLOCK = RedisScript.of(new ClassPathResource("lua/telegram/unlock.lua"), Long.class);

    /**
     * KEYS: pending, ready, ready set. ARGV: lock key prefix, most to queue, wake channel. Puts the pending chats
     * that no worker holds and that are not queued yet (work left by a failure or a dead instance) in the ready
     * queue, and wakes the takers; returns how many. Chats being worked now are skipped, so that sweeping costs
     * one round trip however large the backlog is.
     */
    private static final RedisScript<Long> REQUEUE_ORPHANS = RedisScript.of(new ClassPathResource("lua/telegram/requeue-orphans.lua"), Long.class);

    /**
     * KEYS: outbox, pending, urgent outbox. ARGV: chat id, then per call '1' when urgent (else '0') and its json.
     * Queues calls outside of any incoming message.
     */
    private static final RedisScript<Long> ENQUEUE = RedisScript.of(new ClassPathResource("lua/telegram/enqueue.lua"), Long.class);

    /**
     * KEYS: offset, backlog, pending. Returns {offset ('' for none), backlog}; sets a backlog above 0 back to 0 when
     * no chat is pending (nothing can be waiting then).
     */
    private static final RedisScript<List> POLL_STATE = RedisScript.of(new ClassPathResource("lua/telegram/poll-state.lua"), List.class);

    /**
     * KEYS: pending, backlog. ARGV: inbox key prefix. Sets the backlog to the inbox entries of the pending chats;
     * returns {the counter before, the count}.
     */
    private static final RedisScript<List> RECOUNT_BACKLOG = RedisScript.of(new ClassPathResource("lua/telegram/recount-backlog.lua"), List.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final DataCipher cipher;

    ChatQueue(StringRedisTemplate redis, DataCipher cipher) {
        this.redis = redis;
        this.json = Json.MAPPER;
        this.cipher = cipher;
    }

    /** Payloads rest in Redis (and its append-only file) sealed: they hold what citizens wrote. */
    private String encode(Object payload) {
        return cipher.seal(json.writeValueAsString(payload));
    }

    /** Records an incoming message once; false when its update id was seen before. */
    boolean accept(IncomingMessage message) {
        Long added = redis.execute(ACCEPT,
                List.of(PREFIX + "seen:" + message.channel() + ":" + message.updateId(), inbox(message.chatId()), PENDING,
                        lock(message.chatId()), READY, READY_SET, BACKLOG),
                String.valueOf(DEDUP_TTL.toSeconds()), encode(message), String.valueOf(message.chatId()), READY_CHANNEL);
        return added != null && added == 1L;
    }

    /** Records a batch of incoming messages in one round trip; per message, in order, true when it was new. */
    List<Boolean> acceptAll(List<IncomingMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(4 + 3 * messages.size());
        keys.add(PENDING);
        keys.add(READY);
        keys.add(READY_SET);
        keys.add(BACKLOG);
        List<String> args = new ArrayList<>(2 + 2 * messages.size());
        args.add(String.valueOf(DEDUP_TTL.toSeconds()));
        args.add(READY_CHANNEL);
        for (IncomingMessage message : messages) {
            keys.add(PREFIX + "seen:" + message.channel() + ":" + message.updateId());
            keys.add(inbox(message.chatId()));
            keys.add(lock(message.chatId()));
            args.add(encode(message));
            args.add(String.valueOf(message.chatId()));
        }
        List<?> r = redis.execute(ACCEPT_ALL, keys, args.toArray());
        if (r == null || r.size() != messages.size()) {
            throw new IllegalStateException("accept script returned " + r);
        }
        return r.stream().map(v -> "1".equals(String.valueOf(v))).toList();
    }

    Optional<String> peekInbox(long chatId) {
        return Optional.ofNullable(redis.opsForList().index(inbox(chatId), 0));
    }

    IncomingMessage decode(String raw) {
        return json.readValue(cipher.open(raw), IncomingMessage.class);
    }

    /**
     * Takes the chat's lease for one worker of {@code owner} under the fencing token {@code token} (which must
     * start with {@code owner + ":"}); null when another instance's worker holds it, else the heads of both queues.
     */
    Heads claim(long chatId, String owner, String token, Duration ttl) {
        List<?> r = redis.execute(CLAIM, List.of(lock(chatId), outbox(chatId), inbox(chatId), urgentOutbox(chatId)),
                owner + ":", String.valueOf(ttl.toMillis()), token);
        if (r == null || r.size() < 3 || !"1".equals(String.valueOf(r.get(0)))) {
            return null;
        }
        return new Heads(true, text(r.get(1)), text(r.get(2)));
    }

    /**
     * Checks that {@code token} still holds the chat's lease and {@code head} is still the outbox head, and marks
     * it as being sent, in one step; see {@link SendPermit}.
     */
    SendPermit beginSend(long chatId, String head, String token, Duration lease, Duration mark) {
        Long r = redis.execute(BEGIN_SEND, List.of(lock(chatId), outbox(chatId), sendMark(chatId), urgentOutbox(chatId)),
                token, head, String.valueOf(lease.toMillis()), String.valueOf(mark.toMillis()));
        long v = r == null ? 0 : r;
        if (v < 0) {
            return new SendPermit(SendPermit.Verdict.MARKED_BY_ANOTHER, -v);
        }
        return new SendPermit(v == 1 ? SendPermit.Verdict.GO : v == 2 ? SendPermit.Verdict.GONE : SendPermit.Verdict.LEASE_LOST, 0);
    }

    /** Withdraws our send mark: Telegram certainly did not take the call (429, 5xx), so a takeover may send it. */
    void endSend(long chatId, String token) {
        redis.execute(END_SEND, List.of(sendMark(chatId)), token);
    }

    /**
     * Replaces the processed inbox head by its outgoing calls (to any chat), in one step; renews the lease.
     * {@link Commit#committed()} is false when the head was no longer there (another worker committed it).
     */
    Commit commit(long chatId, String processedHead, List<OutgoingMessage> outgoing, String token, Duration ttl) {
        return commit(chatId, processedHead, outgoing, token, ttl, Duration.ZERO);
    }

    /**
     * As {@link #commit(long, String, List, String, Duration)}; with a positive {@code mark}, while {@code token}
     * holds the lease the same step also does what {@link #beginSend} would do for the outbox head that is now
     * first (checks no other token's live mark is on it and marks it as ours for {@code mark}), and says so in
     * {@link Heads#marked()}: a worker that sends that head at once needs no separate fencing step.
     */
    Commit commit(long chatId, String processedHead, List<OutgoingMessage> outgoing, String token, Duration ttl,
                  Duration mark) {
        List<String> keys = new ArrayList<>(outgoing.size() + 7);
        keys.add(inbox(chatId));
        keys.add(PENDING);
        keys.add(lock(chatId));
        keys.add(outbox(chatId));
        keys.add(urgentOutbox(chatId));
        keys.add(sendMark(chatId));
        keys.add(BACKLOG);
        List<String> args = new ArrayList<>(2 * outgoing.size() + 4);
        args.add(processedHead);
        args.add(token);
        args.add(String.valueOf(ttl.toMillis()));
        args.add(String.valueOf(Math.max(0, mark.toMillis())));
        for (OutgoingMessage message : outgoing) {
            keys.add(message.urgent() ? urgentOutbox(message.chatId()) : outbox(message.chatId()));
            args.add(String.valueOf(message.chatId()));
            args.add(encode(message));
        }
        List<?> r = redis.execute(COMMIT, keys, args.toArray());
        if (r == null || r.size() < 5) {
            throw new IllegalStateException("commit script returned " + r);
        }
        return new Commit("1".equals(String.valueOf(r.get(0))),
                new Heads("1".equals(String.valueOf(r.get(1))), text(r.get(2)), text(r.get(3)), false,
                        "1".equals(String.valueOf(r.get(4)))));
    }

    /** Queues calls outside of any incoming message (reminders, staff actions from the web console). */
    void enqueue(List<OutgoingMessage> outgoing) {
        java.util.Map<Long, List<String>> byChat = new java.util.LinkedHashMap<>();
        long now = System.currentTimeMillis();
        for (OutgoingMessage message : outgoing) {
            OutgoingMessage stamped = message.queuedAt() == null ? message.withOrigin(message.update(), message.receivedAt(), now) : message;
            List<String> items = byChat.computeIfAbsent(message.chatId(), id -> new ArrayList<>());
            items.add(message.urgent() ? "1" : "0");
            items.add(encode(stamped));
        }
        byChat.forEach((chatId, items) -> {
            List<String> args = new ArrayList<>(items.size() + 1);
            args.add(String.valueOf(chatId));
            args.addAll(items);
            redis.execute(ENQUEUE, List.of(outbox(chatId), PENDING, urgentOutbox(chatId)), args.toArray());
        });
    }

    Optional<String> peekOutbox(long chatId) {
        return Optional.ofNullable(redis.opsForList().index(outbox(chatId), 0));
    }

    OutgoingMessage decodeOutgoing(String raw) {
        return json.readValue(cipher.open(raw), OutgoingMessage.class);
    }

    /** Pops the delivered head (if still there), renews the lease, and returns the heads after it. */
    Heads ackSent(long chatId, String head, String token, Duration ttl) {
        return ackSent(chatId, head, token, ttl, false);
    }

    /**
     * As {@link #ackSent(long, String, String, Duration)}; with {@code releaseIfIdle}, when {@code token} holds the
     * lease and nothing is left in the chat's queues, also gives the lease back and forgets the idle chat in the
     * same step (what {@link #release} would do next), and returns heads with {@link Heads#released()} set.
     */
    Heads ackSent(long chatId, String head, String token, Duration ttl, boolean releaseIfIdle) {
        List<?> r = redis.execute(ACK_SENT, List.of(outbox(chatId), inbox(chatId), lock(chatId), sendMark(chatId),
                        urgentOutbox(chatId), PENDING),
                head, token, String.valueOf(ttl.toMillis()), String.valueOf(chatId), releaseIfIdle ? "1" : "0");
        if (r == null || r.size() < 4) {
            throw new IllegalStateException("ack script returned " + r);
        }
        return new Heads("1".equals(String.valueOf(r.get(0))), text(r.get(1)), text(r.get(2)),
                "1".equals(String.valueOf(r.get(3))));
    }

    /** Extends the lease while {@code token} still holds it; false when it was lost. */
    boolean renew(long chatId, String token, Duration ttl) {
        Long ok = redis.execute(RENEW, List.of(lock(chatId)), token, String.valueOf(ttl.toMillis()));
        return ok != null && ok == 1L;
    }

    /** Gives the lease back; true when work is left for the chat (forgets an idle chat when asked). */
    boolean release(long chatId, String token, boolean forgetIfIdle) {
        Long left = redis.execute(RELEASE, List.of(lock(chatId), inbox(chatId), outbox(chatId), PENDING, urgentOutbox(chatId)),
                token, String.valueOf(chatId), forgetIfIdle ? "1" : "0");
        return left != null && left == 1L;
    }

    Set<String> pendingChats() {
        Set<String> members = redis.opsForSet().members(PENDING);
        return members == null ? Set.of() : members;
    }

    /** Queues pending chats that no worker holds (at most {@code limit}) for the takers; returns how many. */
    long requeueOrphans(int limit) {
        Long n = redis.execute(REQUEUE_ORPHANS, List.of(PENDING, READY, READY_SET), PREFIX + "lock:",
                String.valueOf(limit), READY_CHANNEL);
        return n == null ? 0 : n;
    }

    /** Takes up to {@code most} chats from the shared ready queue (every instance takes from it). */
    List<Long> takeReady(int most) {
        List<?> r = redis.execute(TAKE_READY, List.of(READY, READY_SET), String.valueOf(most));
        if (r == null || r.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(r.size());
        for (Object id : r) {
            try {
                ids.add(Long.parseLong(String.valueOf(id)));
            } catch (NumberFormatException e) {
                // a malformed entry is dropped; the chat stays pending and the sweeper queues it again
            }
        }
        return ids;
    }

    long pendingCount() {
        Long size = redis.opsForSet().size(PENDING);
        return size == null ? 0 : size;
    }

    long inboxSize(long chatId) {
        Long size = redis.opsForList().size(inbox(chatId));
        return size == null ? 0 : size;
    }

    long outboxSize(long chatId) {
        Long size = redis.opsForList().size(outbox(chatId));
        Long urgent = redis.opsForList().size(urgentOutbox(chatId));
        return (size == null ? 0 : size) + (urgent == null ? 0 : urgent);
    }

    int offset() {
        String value = redis.opsForValue().get(OFFSET);
        return value == null ? 0 : Integer.parseInt(value);
    }

    /**
     * The long-polling offset and the backlog (messages recorded and not processed yet, all instances), in one round
     * trip; a backlog left above 0 with no chat pending is set back to 0 on the way.
     */
    PollState pollState() {
        List<?> r = redis.execute(POLL_STATE, List.of(OFFSET, BACKLOG, PENDING));
        if (r == null || r.size() < 2) {
            throw new IllegalStateException("poll state script returned " + r);
        }
        String offset = String.valueOf(r.get(0));
        return new PollState(offset.isEmpty() ? 0 : Integer.parseInt(offset), Long.parseLong(String.valueOf(r.get(1))));
    }

    /** The backlog counter as it stands (for the gauge); 0 when unset. */
    long backlog() {
        String value = redis.opsForValue().get(BACKLOG);
        return value == null ? 0 : Long.parseLong(value);
    }

    /**
     * Counts the messages recorded and not processed yet (the inboxes of the pending chats) and sets the counter to
     * that, in one step. One step per pending chat: for when the counter may have drifted, not for every poll.
     */
    Recount recountBacklog() {
        List<?> r = redis.execute(RECOUNT_BACKLOG, List.of(PENDING, BACKLOG), PREFIX + "inbox:");
        if (r == null || r.size() < 2) {
            throw new IllegalStateException("recount script returned " + r);
        }
        return new Recount(Long.parseLong(String.valueOf(r.get(0))), Long.parseLong(String.valueOf(r.get(1))));
    }

    /** Saves the long-polling offset (lower than before too) while {@code owner} holds the polling lease. */
    boolean saveOffset(int offset, String owner) {
        Long ok = redis.execute(SAVE_OFFSET, List.of(OFFSET, POLL_LEASE), String.valueOf(offset), owner);
        return ok != null && ok == 1L;
    }

    /** Takes the polling lease when free or renews it when {@code owner} holds it; true when held. */
    boolean holdPollLease(String owner, Duration ttl) {
        Long ok = redis.execute(HOLD, List.of(POLL_LEASE), owner, String.valueOf(ttl.toMillis()));
        return ok != null && ok == 1L;
    }

    void releasePollLease(String owner) {
        redis.execute(UNLOCK, List.of(POLL_LEASE), owner);
    }

    private static String text(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        return s.isEmpty() ? null : s;
    }

    /** A new placeholder thread id (negative) for a forum topic about to be created. */
    long nextTopicPlaceholder() {
        Long n = redis.opsForValue().increment(PREFIX + "topic:seq");
        return -(n == null ? 1 : n);
    }

    /**
     * Records what a placeholder stands for: the real thread id Telegram gave the topic, or none when it could not
     * be created (calls naming it then go to the group without a topic). Kept as long as a conversation may last.
     */
    void recordTopic(long placeholder, Long thread) {
        redis.opsForValue().set(PREFIX + "topic:" + placeholder, thread == null ? "none" : String.valueOf(thread), TOPIC_TTL);
        if (thread != null) {
            redis.opsForValue().set(PREFIX + "topic-real:" + thread, String.valueOf(placeholder), TOPIC_TTL);
        }
    }

    /** The real thread id a placeholder stands for; empty while unknown or when the topic was not created. */
    Optional<Long> topicThread(long placeholder) {
        String value = redis.opsForValue().get(PREFIX + "topic:" + placeholder);
        return value == null || value.equals("none") ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    /** The placeholder that stands for a real thread id, when Sigap created that topic through the outbox. */
    Optional<Long> placeholderFor(long thread) {
        String value = redis.opsForValue().get(PREFIX + "topic-real:" + thread);
        return Optional.ofNullable(value).map(Long::parseLong);
    }

    /** The staff group refused topics (not a forum, or no right to manage them); remembered for every instance. */
    void markTopicsUnavailable() {
        redis.opsForValue().set(PREFIX + "topics-unavailable", "1", Duration.ofHours(1));
    }

    boolean topicsUnavailable() {
        return Boolean.TRUE.equals(redis.hasKey(PREFIX + "topics-unavailable"));
    }

    /**
     * The chat's lease state and the heads of its queues after a step; null heads mean empty. {@code released}:
     * the step itself gave the lease back because nothing was left (then {@code held} is false). {@code marked}:
     * the step also marked the outbox head as being sent by the worker's token (see {@link #beginSend}).
     */
    record Heads(boolean held, String outbox, String inbox, boolean released, boolean marked) {
        Heads(boolean held, String outbox, String inbox) {
            this(held, outbox, inbox, false, false);
        }

        Heads(boolean held, String outbox, String inbox, boolean released) {
            this(held, outbox, inbox, released, false);
        }
    }

    /**
     * May the worker call Telegram now? GO: yes (the head is marked as ours). LEASE_LOST: no, the chat belongs to
     * another worker now. GONE: no, the head was acknowledged meanwhile. MARKED_BY_ANOTHER: no, a previous holder
     * marked this head as being sent and its mark lives {@code waitMs} more.
     */
    record SendPermit(Verdict verdict, long waitMs) {
        enum Verdict { GO, LEASE_LOST, GONE, MARKED_BY_ANOTHER }
    }

    /** What the poller reads before a getUpdates: the saved offset (0 for none) and the backlog. */
    record PollState(int offset, long backlog) {
    }

    /** The backlog counter just before a recount, and what the recount found (the counter's value now). */
    record Recount(long counter, long counted) {
    }

    /** What a commit did, and the state after it. */
    record Commit(boolean committed, Heads heads) {
    }

    private static String inbox(long chatId) {
        return PREFIX + "inbox:" + chatId;
    }

    private static String outbox(long chatId) {
        return PREFIX + "outbox:" + chatId;
    }

    private static String lock(long chatId) {
        return PREFIX + "lock:" + chatId;
    }

    /** Calls of an emergency, always sent before the chat's ordinary outbox. */
    private static String urgentOutbox(long chatId) {
        return PREFIX + "urgent:" + chatId;
    }

    private static String sendMark(long chatId) {
        return PREFIX + "sending:" + chatId;
    }
}
