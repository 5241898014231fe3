package id.sigap.transcript;

import id.sigap.privacy.Redactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes transcript files as the recorder does (texts redacted, chats as given pseudonyms) for the
 * knowledge-gap tests: questions with their outcome, reasons and retrieved entries, 👍/👎, staff replies.
 */
public final class GapTranscripts {

    private final Path dir;
    private final org.springframework.data.redis.core.StringRedisTemplate redis;

    public GapTranscripts(Path dataDir) {
        this(dataDir, null);
    }

    /** Writes the shared Redis streams too, which is what the running application reads. */
    public GapTranscripts(Path dataDir, org.springframework.data.redis.core.StringRedisTemplate redis) {
        this.dir = TranscriptFiles.directory(dataDir);
        this.redis = redis;
    }

    /** A citizen's text question and what the bot decided, with the entries retrieval found (best first). */
    public GapTranscripts question(Instant at, String chat, String text, String outcome, List<String> reasons,
                                   String answeredEntry, List<String> retrieved) {
        Redactor.Redacted redacted = Redactor.redactDetailed(text);
        List<TranscriptRecord.Retrieved> hits = new java.util.ArrayList<>();
        for (int i = 0; i < retrieved.size(); i++) {
            hits.add(new TranscriptRecord.Retrieved(retrieved.get(i), 1.0 / (i + 1)));
        }
        TranscriptRecord record = TranscriptRecord.turn(at, chat, "telegram", "TEXT", redacted.text(),
                redacted.text().toLowerCase(java.util.Locale.ROOT), redacted.kinds().stream().map(Enum::name).toList(),
                "id", "netral", 0.9, false, false, hits, 0.2, "v1", outcome, reasons, List.of("..."), null, null,
                null, 1000L).withDecision(answeredEntry, "HANDOFF".equals(outcome) ? "NORMAL" : null,
                "CHOICES".equals(outcome) ? retrieved : List.of());
        return append(record);
    }

    /** A button press: the citizen took choice {@code entry} (or rejected all when entry is null). */
    public GapTranscripts choice(Instant at, String chat, String entry) {
        TranscriptRecord record = entry == null
                ? TranscriptRecord.turn(at, chat, "telegram", "CALLBACK", null, null, List.of(), "id", null, null,
                        false, false, List.of(), null, "v1", "HANDOFF", List.of("choice-rejected"), List.of(), null, null, null, 10L)
                : TranscriptRecord.turn(at, chat, "telegram", "CALLBACK", null, null, List.of(), "id", null, null,
                        false, false, List.of(), null, "v1", "ANSWER", List.of("choice-taken"), List.of(), null, null, null, 10L)
                        .withDecision(entry, null, List.of(entry));
        return append(record);
    }

    public GapTranscripts feedback(Instant at, String chat, String entry, boolean helpful) {
        return append(TranscriptRecord.feedback(at, chat, "telegram", entry, helpful));
    }

    public GapTranscripts staffReply(Instant at, String chat, String handoffId, String text) {
        return append(TranscriptRecord.handoff(at, chat, "telegram", handoffId, "STAFF_REPLY", 7L,
                Redactor.redact(text), List.of(), List.of(), "NORMAL", null));
    }

    /**
     * A line as builds before 2026-12 left it: the text redacted, the normalised form made before redaction
     * ({@code "andi wijaya@gmail"}: the address broken into pieces no redactor recognised).
     */
    public GapTranscripts normalisedBeforeRedaction(Instant at, String chat, String text, String normalized) {
        return append(TranscriptRecord.turn(at, chat, "telegram", "TEXT", Redactor.redact(text), normalized, List.of("EMAIL"),
                "id", "netral", 0.9, false, false, List.of(), 0.1, "v1", "HANDOFF", List.of("unanswerable"), List.of(),
                null, null, null, 10L));
    }

    /** A line as an older or faulty recorder might have left it: the text not redacted. */
    public GapTranscripts unredactedQuestion(Instant at, String chat, String text) {
        return append(TranscriptRecord.turn(at, chat, "telegram", "TEXT", text, text, List.of(), "id", "netral", 0.9,
                false, false, List.of(), 0.1, "v1", "HANDOFF", List.of("unanswerable"), List.of(), null, null, null, 10L));
    }

    private GapTranscripts append(TranscriptRecord record) {
        if (redis != null) {
            redis.opsForStream().add(org.springframework.data.redis.connection.stream.StreamRecords.string(java.util.Map.of(
                    "chat", record.chat() == null ? "" : record.chat(), "json", TranscriptJson.write(record)))
                    .withStreamKey(TranscriptStore.STREAM_PREFIX + LocalDate.ofInstant(record.time(), WeekOfTraffic.ZONE)));
        }
        Path file = TranscriptFiles.file(dir, LocalDate.ofInstant(record.time(), WeekOfTraffic.ZONE));
        try {
            Files.createDirectories(dir);
            Files.writeString(file, TranscriptJson.write(record) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
