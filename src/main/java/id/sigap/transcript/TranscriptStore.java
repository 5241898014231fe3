package id.sigap.transcript;

import id.sigap.store.StoreSettings;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where transcript records live: a Redis stream per day ({@code sigap:transcript:YYYY-MM-DD}, fields
 * {@code chat} and {@code json}) and a JSONL file per day under {@code SIGAP_DATA_DIR/transcripts/},
 * so that nothing depends on Redis memory. Called from one writer thread only.
 */
@Component
class TranscriptStore {

    static final String STREAM_PREFIX = "sigap:transcript:";
    /**
     * Which chat a pseudonym stands for ({@code channel:chatId}), kept server-side only so that the askers of
     * a knowledge gap can be told when its answer is approved; expires with retention, deleted on {@code /hapus}.
     */
    static final String WHO_PREFIX = "sigap:transcript:who:";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int PAGE = 1000;

    private static final org.springframework.data.redis.core.script.RedisScript<Long> APPEND =
            org.springframework.data.redis.core.script.RedisScript.of(
                    new org.springframework.core.io.ClassPathResource("lua/transcript/append.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final Path dir;
    private final ZoneId zone;
    private final int retentionDays;

    TranscriptStore(StringRedisTemplate redis, StoreSettings store, TranscriptSettings settings) {
        this.redis = redis;
        this.dir = TranscriptFiles.directory(store.dataDir());
        this.zone = settings.zone();
        this.retentionDays = settings.retentionDays();
    }

    void append(TranscriptRecord record) {
        append(record, null, 0);
    }

    /**
     * Appends the record and, when {@code channel} is not null, remembers which chat its pseudonym stands for
     * (what {@link #rememberChat} does), in one Redis step.
     */
    void append(TranscriptRecord record, String channel, long chatId) {
        LocalDate day = LocalDate.ofInstant(record.time(), zone);
        String json = TranscriptJson.write(record);
        String key = STREAM_PREFIX + day;
        // The stream also expires by itself, in case the retention job does not run.
        String expiry = String.valueOf(day.plusDays(retentionDays + 1L).atStartOfDay(zone).toInstant().toEpochMilli());
        String chat = record.chat() == null ? "" : record.chat();
        if (channel != null && record.chat() != null) {
            redis.execute(APPEND, List.of(key, WHO_PREFIX + record.chat()), chat, json, expiry, channel + ":" + chatId,
                    expiry);
        } else {
            redis.execute(APPEND, List.of(key), chat, json, expiry);
        }
        appendLine(TranscriptFiles.file(dir, day), json);
    }

    /** Remembers which chat a pseudonym stands for, until retention would have deleted its last record. */
    void rememberChat(String pseudonym, String channel, long chatId, java.time.Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        String key = WHO_PREFIX + pseudonym;
        redis.opsForValue().set(key, channel + ":" + chatId);
        redis.expireAt(key, day.plusDays(retentionDays + 1L).atStartOfDay(zone).toInstant());
    }

    /** The channel and chat id of a pseudonym, {@code channel:chatId}; null when unknown or erased. */
    String chatOf(String pseudonym) {
        return redis.opsForValue().get(WHO_PREFIX + pseudonym);
    }

    /**
     * Every record of the days {@code from} to {@code to} (in the time zone of the partitions) from the shared
     * Redis streams, which hold what every instance recorded, in stream order per day.
     */
    void readStreams(LocalDate from, LocalDate to, java.util.function.Consumer<TranscriptRecord> sink) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String key = STREAM_PREFIX + day;
            Range<String> range = Range.unbounded();
            while (true) {
                List<MapRecord<String, Object, Object>> page = redis.opsForStream().range(key, range, Limit.limit().count(PAGE));
                if (page == null || page.isEmpty()) {
                    break;
                }
                for (MapRecord<String, Object, Object> entry : page) {
                    Object json = entry.getValue().get("json");
                    if (json != null) {
                        TranscriptRecord r = TranscriptJson.read(json.toString());
                        if (r != null) {
                            sink.accept(r);
                        }
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                range = Range.leftOpen(page.getLast().getId().getValue(), "+");
            }
        }
    }

    /** The number of records in each day's stream, {@code from} to {@code to}: changes whenever one is added or deleted. */
    List<Long> streamLengths(LocalDate from, LocalDate to) {
        List<Long> lengths = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Long n = redis.opsForStream().size(STREAM_PREFIX + day);
            lengths.add(n == null ? 0 : n);
        }
        return lengths;
    }

    /** Deletes every record of one pseudonymous chat, in Redis and in the files. Returns how many. */
    int deleteChat(String chat) {
        redis.delete(WHO_PREFIX + chat);
        int deleted = 0;
        for (String key : dayStreams()) {
            deleted += deleteFromStream(key, chat);
        }
        for (Path file : TranscriptFiles.dayFiles(dir)) {
            deleted += deleteFromFile(file, chat);
        }
        return deleted;
    }

    /** Deletes the days before {@code firstKept}, streams and files. Returns how many days were deleted. */
    int deleteDaysBefore(LocalDate firstKept) {
        int days = 0;
        for (String key : dayStreams()) {
            LocalDate day = parse(key.substring(STREAM_PREFIX.length()));
            if (day != null && day.isBefore(firstKept) && Boolean.TRUE.equals(redis.delete(key))) {
                days++;
            }
        }
        for (Path file : TranscriptFiles.dayFiles(dir)) {
            LocalDate day = TranscriptFiles.dayOf(file);
            if (day != null && day.isBefore(firstKept)) {
                try {
                    Files.deleteIfExists(file);
                    days++;
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not delete " + file, e);
                }
            }
        }
        return days;
    }

    Path directory() {
        return dir;
    }

    private List<String> dayStreams() {
        List<String> keys = new ArrayList<>();
        ScanOptions options = ScanOptions.scanOptions().match(STREAM_PREFIX + "????-??-??").count(500).build();
        try (Cursor<String> cursor = redis.scan(options)) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }

    private int deleteFromStream(String key, String chat) {
        int deleted = 0;
        Range<String> range = Range.unbounded();
        while (true) {
            List<MapRecord<String, Object, Object>> page = redis.opsForStream().range(key, range, Limit.limit().count(PAGE));
            if (page == null || page.isEmpty()) {
                return deleted;
            }
            List<RecordId> mine = new ArrayList<>();
            for (MapRecord<String, Object, Object> entry : page) {
                if (chat.equals(entry.getValue().get("chat"))) {
                    mine.add(entry.getId());
                }
            }
            if (!mine.isEmpty()) {
                Long removed = redis.opsForStream().delete(key, mine.toArray(RecordId[]::new));
                deleted += removed == null ? 0 : removed.intValue();
            }
            if (page.size() < PAGE) {
                return deleted;
            }
            range = Range.leftOpen(page.getLast().getId().getValue(), "+");
        }
    }

    private int deleteFromFile(Path file, String chat) {
        String marker = "\"chat\":\"" + chat + "\"";
        try {
            List<String> kept = new ArrayList<>();
            int deleted = 0;
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.contains(marker) && chat.equals(TranscriptJson.read(line).chat())) {
                        deleted++;
                    } else {
                        kept.add(line);
                    }
                }
            }
            if (deleted > 0) {
                Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(temp, kept, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rewrite " + file, e);
        }
    }

    private static void appendLine(Path file, String json) {
        try {
            // createDirectories throws (and fills a stack trace) when the directory exists: test it first.
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to " + file, e);
        }
    }

    private static LocalDate parse(String day) {
        if (!DAY.matcher(day).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
