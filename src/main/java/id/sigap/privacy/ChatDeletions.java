package id.sigap.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deletes a chat's data on the citizen's request ({@code /hapus}), durably and on every instance.
 *
 * <p>A request is first recorded as a job in a Redis stream ({@code sigap:privacy:deletions}; the chat is
 * sealed, so the stream names nobody), then carried out at once by the instance that took it, and again
 * by every instance's poller until each {@link ChatDataEraser} part is done: parts in the shared Redis
 * once, per-instance parts (files under each data directory) once on every instance. Progress is kept per
 * job in a hash ({@code sigap:privacy:deletion:<job>}), so a crash in the middle only means the remaining
 * parts run after the restart. Finished jobs stay in the stream for {@code sigap.deletion.keep-jobs}, so
 * that an instance that was down catches up with its own files.
 */
@Service
public class ChatDeletions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChatDeletions.class);
    static final String JOBS = "sigap:privacy:deletions";
    static final String PROGRESS = "sigap:privacy:deletion:";
    static final String INSTANCES = "sigap:privacy:instances";
    private static final String DONE = "done";
    private static final int PAGE = 200;

    private final StringRedisTemplate redis;
    private final DataCipher cipher;
    private final ObjectProvider<ChatDataEraser> erasers;
    private final PrivacySettings.Deletion settings;
    private final String instance;
    private final Clock clock;
    private final Set<String> finishedHere = ConcurrentHashMap.newKeySet();
    private volatile Thread poller;
    private volatile boolean active;

    ChatDeletions(StringRedisTemplate redis, DataCipher cipher, ObjectProvider<ChatDataEraser> erasers,
                  PrivacySettings settings, InstanceId instance, ObjectProvider<Clock> clock) {
        this.redis = redis;
        this.cipher = cipher;
        this.erasers = erasers;
        this.settings = settings.deletion();
        this.instance = instance.value();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records the request and carries it out here at once; what could not be done yet is retried in the
     * background until it is. Never throws: a request that could not be recorded says so.
     */
    public DeletionOutcome request(String channel, long chatId) {
        String job;
        try {
            job = submit(channel, chatId);
        } catch (RuntimeException e) {
            log.error("A deletion request could not be recorded: {}", e.getClass().getSimpleName());
            return DeletionOutcome.notRecorded();
        }
        List<String> pending = run(job, channel, chatId);
        return new DeletionOutcome(true, pending, otherInstances());
    }

    /** Records a job without running it (the poller of any instance will). Returns its id. */
    public String submit(String channel, long chatId) {
        RecordId id = redis.opsForStream().add(StreamRecords.string(Map.of(
                "chat", cipher.seal(channel + ":" + chatId),
                "at", String.valueOf(clock.millis()))).withStreamKey(JOBS));
        if (id == null) {
            throw new IllegalStateException("the deletion job was not recorded");
        }
        return id.getValue();
    }

    /** Runs every job that still has parts to do here; returns how many jobs are finished here. For the poller and tests. */
    public int runPending() {
        heartbeat();
        int finished = 0;
        Range<String> range = Range.unbounded();
        while (true) {
            List<MapRecord<String, Object, Object>> page = redis.opsForStream().range(JOBS, range, Limit.limit().count(PAGE));
            if (page == null || page.isEmpty()) {
                break;
            }
            for (MapRecord<String, Object, Object> entry : page) {
                String job = entry.getId().getValue();
                if (finishedHere.contains(job)) {
                    finished++;
                    continue;
                }
                String chat;
                try {
                    chat = cipher.open(String.valueOf(entry.getValue().get("chat")));
                } catch (RuntimeException e) {
                    log.error("Deletion job {} cannot be read here ({}); it stays for an instance that can", job, e.getMessage());
                    continue;
                }
                int colon = chat.lastIndexOf(':');
                if (run(job, chat.substring(0, colon), Long.parseLong(chat.substring(colon + 1))).isEmpty()) {
                    finished++;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            range = Range.leftOpen(page.getLast().getId().getValue(), "+");
        }
        trimOldJobs();
        return finished;
    }

    /**
     * Runs the parts of one job not done yet; returns the parts still left (failed) for this instance.
     * One job at a time on an instance, so the request's own run and the poller never race.
     */
    private synchronized List<String> run(String job, String channel, long chatId) {
        String progress = PROGRESS + job;
        Map<Object, Object> done = redis.opsForHash().entries(progress);
        List<String> left = new ArrayList<>();
        boolean erased = false;
        for (ChatDataEraser eraser : erasers.orderedStream().toList()) {
            String field = eraser.perInstance() ? eraser.part() + "@" + instance : eraser.part();
            if (DONE.equals(done.get(field))) {
                continue;
            }
            try {
                eraser.erase(channel, chatId);
                redis.opsForHash().put(progress, field, DONE);
                erased = true;
            } catch (Exception e) {
                left.add(eraser.part());
                redis.opsForHash().increment(progress, eraser.part() + "#failures", 1);
                // Never the chat id or any text: the part and the kind of failure only.
                log.warn("Deletion job {}: part '{}' failed ({}); it will be tried again", job, eraser.part(),
                        e.getClass().getSimpleName());
            }
        }
        redis.expire(progress, settings.keepJobs().plusDays(1));
        if (left.isEmpty()) {
            finishedHere.add(job);
            if (erased) {
                compactRedisFiles();
            }
        }
        return left;
    }

    /**
     * Asks Redis to rewrite its append-only file (and snapshot), so that what was deleted does not linger in
     * the old file. Refused by some managed servers: then only logged.
     */
    private void compactRedisFiles() {
        try {
            redis.execute((org.springframework.data.redis.core.RedisCallback<Void>) connection -> {
                connection.serverCommands().bgReWriteAof();
                return null;
            });
        } catch (RuntimeException e) {
            log.debug("Redis did not take BGREWRITEAOF after a deletion: {}", e.getMessage());
        }
    }

    private void heartbeat() {
        long now = clock.millis();
        redis.opsForZSet().add(INSTANCES, instance, now);
        redis.opsForZSet().removeRangeByScore(INSTANCES, 0, now - 10 * settings.pollEvery().toMillis());
    }

    private int otherInstances() {
        try {
            long since = clock.millis() - 3 * settings.pollEvery().toMillis();
            Set<String> live = redis.opsForZSet().rangeByScore(INSTANCES, since, Double.MAX_VALUE);
            return live == null ? 0 : (int) live.stream().filter(i -> !i.equals(instance)).count();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private void trimOldJobs() {
        long cutoff = clock.millis() - settings.keepJobs().toMillis();
        List<MapRecord<String, Object, Object>> oldest = redis.opsForStream().range(JOBS, Range.unbounded(), Limit.limit().count(PAGE));
        if (oldest == null) {
            return;
        }
        List<RecordId> expired = oldest.stream().filter(r -> r.getId().getTimestamp() < cutoff).map(MapRecord::getId).toList();
        if (!expired.isEmpty()) {
            redis.opsForStream().delete(JOBS, expired.toArray(RecordId[]::new));
            expired.forEach(id -> finishedHere.remove(id.getValue()));
        }
    }

    private void pollLoop() {
        while (active) {
            try {
                runPending();
            } catch (RuntimeException e) {
                log.warn("Deletion jobs could not be checked: {}", e.getClass().getSimpleName());
            }
            try {
                Thread.sleep(settings.pollEvery().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        active = true;
        poller = Thread.ofPlatform().daemon().name("chat-deletions").start(this::pollLoop);
    }

    @Override
    public void stop() {
        active = false;
        Thread thread = poller;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return active;
    }

    @Override
    public int getPhase() {
        // Stops before the Redis connection and the transcript writer, starts after them.
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
