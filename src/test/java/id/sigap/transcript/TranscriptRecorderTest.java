package id.sigap.transcript;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.Decision;
import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.conversation.FeedbackGiven;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.conversation.TurnCompleted;
import id.sigap.conversation.TurnSignals;
import id.sigap.handoff.HandoffEvent;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The recorder against a real embedded Redis and a real data directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class TranscriptRecorderTest {

    static final Path DATA = TestDirs.fresh("transcript");
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final AtomicLong CHATS = new AtomicLong(9_000);

    static final String NIK = "3171012304900001";
    static final String PHONE = "081298765432";
    static final String EMAIL = "siti.rahma@example.com";
    static final String CARD = "4111111111111111";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.data-dir", DATA::toString);
        registry.add("logging.level.id.sigap", () -> "DEBUG");
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ConversationService conversation;
    @Autowired
    TranscriptRecorder recorder;
    @Autowired
    TranscriptRetention retention;
    @Autowired
    ChatPseudonyms pseudonyms;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void aTypedDecisionIsRecordedReadablyWithItsEntryPriorityAndCandidates() throws Exception {
        long chatId = CHATS.incrementAndGet();
        Instant at = Instant.now();
        ConversationResult choices = new ConversationResult(List.of(Reply.text("Apakah maksud Anda: ...")),
                new Decision(Decision.Outcome.CHOICES, List.of(Reason.LOW_CONFIDENCE, Reason.CHOICES_OFFERED),
                        Priority.NORMAL, null, 0.31, List.of("banjir-penutupan-jalan", "banjir-transportasi-umum"),
                        List.of()), TurnSignals.NONE);
        events.publishEvent(new TurnCompleted(IncomingMessage.text("telegram", 1, chatId, "jalan?"), choices, at, 1));
        ConversationResult handoff = new ConversationResult(List.of(),
                Decision.handoff(Priority.SENSITIVE, List.of(Reason.SENSITIVE)).withNote("handoff:H9"), TurnSignals.NONE);
        events.publishEvent(new TurnCompleted(IncomingMessage.text("telegram", 2, chatId, "bupati?"), handoff,
                at.plusMillis(1), 1));
        settle();

        List<TranscriptRecord> records = fileRecordsOf(pseudonyms.of("telegram", chatId), at);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).outcome()).isEqualTo("CHOICES");
        assertThat(records.get(0).reasons()).containsExactly("low-confidence", "choices-offered");
        assertThat(records.get(0).candidates()).containsExactly("banjir-penutupan-jalan", "banjir-transportasi-umum");
        assertThat(records.get(0).priority()).isNull();
        assertThat(records.get(1).reasons()).containsExactly("sensitive", "handoff:H9");
        assertThat(records.get(1).priority()).isEqualTo("SENSITIVE");
    }

    /**
     * Forty-first session (batch B45, read): "dia masih nangis kedengeran" while a child fallen into a well waited as an
     * emergency was read as a repeated concern and recorded as a new handoff at the normal priority, though it joined the
     * emergency's. The record says what happened: already queued, relayed, at the waiting handoff's priority.
     */
    @Test
    void aConcernWhileAnEmergencyWaitsIsRecordedAsJoiningItAtItsPriority() throws Exception {
        long chatId = CHATS.incrementAndGet();
        ConversationResult emergency = conversation.handle(IncomingMessage.text("telegram", 40, chatId,
                "tolong anak kecil jatuh ke sumur kering di belakang rumah, dalem bgt, kami gk bisa turun"));
        assertThat(emergency.decision().outcome()).isEqualTo(Decision.Outcome.EMERGENCY);

        ConversationResult concern = conversation.handle(IncomingMessage.text("telegram", 41, chatId,
                "dia masih nangis kedengeran"));

        assertThat(concern.decision().priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(concern.decision().reasons()).contains(Reason.ALREADY_QUEUED, Reason.RELAYED_TO_STAFF);
        assertThat(concern.replies()).anyMatch(r -> r.toSender() && r.text().contains("keadaan darurat"));
    }

    @Test
    void recordsEveryStageOfATurn() throws Exception {
        long chatId = CHATS.incrementAndGet();
        Instant at = Instant.now();
        TurnSignals signals = new TurnSignals("posko pengungsian terdekat di mana", "id", "berpotensi_negatif", 0.72,
                true, false, List.of(new TurnSignals.ScoredEntry("banjir-posko-pengungsian", 0.91),
                new TurnSignals.ScoredEntry("banjir-evakuasi", 0.44)), 0.87, "kb-42", "generated", "gpt-4o-mini",
                Map.of("classify", 1_200L, "retrieve", 15_000L, "compose", 420_000L));
        ConversationResult result = new ConversationResult(
                List.of(new Reply("Posko pengungsian", "Posko ada di GOR Pajajaran.", "https://bpbd.example.go.id", List.of())),
                Decision.of(Decision.Outcome.ANSWER, "confident", "emergency-notice"), signals);
        IncomingMessage message = IncomingMessage.text("telegram", 1, chatId, "posko pengungsian terdekat dmn?");
        events.publishEvent(new TurnCompleted(message, result, at, 437_000));
        settle();

        String chat = pseudonyms.of("telegram", chatId);
        TranscriptRecord fromRedis = TranscriptJson.read(streamJsonOf(chat, at).getFirst());
        assertThat(fromRedis.type()).isEqualTo("turn");
        assertThat(fromRedis.time()).isEqualTo(at);
        assertThat(fromRedis.chat()).isEqualTo(chat).hasSize(16).doesNotContain(String.valueOf(chatId));
        assertThat(fromRedis.channel()).isEqualTo("telegram");
        assertThat(fromRedis.kind()).isEqualTo("TEXT");
        assertThat(fromRedis.text()).isEqualTo("posko pengungsian terdekat dmn?");
        assertThat(fromRedis.normalized()).isEqualTo("posko pengungsian terdekat di mana");
        assertThat(fromRedis.language()).isEqualTo("id");
        assertThat(fromRedis.sentiment()).isEqualTo("berpotensi_negatif");
        assertThat(fromRedis.sentimentConfidence()).isEqualTo(0.72);
        assertThat(fromRedis.emergency()).isTrue();
        assertThat(fromRedis.wantsHuman()).isFalse();
        assertThat(fromRedis.retrieved()).containsExactly(
                new TranscriptRecord.Retrieved("banjir-posko-pengungsian", 0.91),
                new TranscriptRecord.Retrieved("banjir-evakuasi", 0.44));
        assertThat(fromRedis.retrievalConfidence()).isEqualTo(0.87);
        assertThat(fromRedis.kbVersion()).isEqualTo("kb-42");
        assertThat(fromRedis.outcome()).isEqualTo("ANSWER");
        assertThat(fromRedis.reasons()).containsExactly("confident", "emergency-notice");
        assertThat(fromRedis.replies()).containsExactly("Posko pengungsian\nPosko ada di GOR Pajajaran.");
        assertThat(fromRedis.answerMode()).isEqualTo("generated");
        assertThat(fromRedis.model()).isEqualTo("gpt-4o-mini");
        assertThat(fromRedis.stageMicros()).containsEntry("classify", 1_200L).containsEntry("retrieve", 15_000L)
                .containsEntry("compose", 420_000L);
        assertThat(fromRedis.latencyMicros()).isEqualTo(437_000L);

        List<TranscriptRecord> fromFile = fileRecordsOf(chat, at);
        assertThat(fromFile).containsExactly(fromRedis);
    }

    @Test
    void recordsHandoffEventsWithTheStaffMemberAndFeedback() throws Exception {
        long chatId = CHATS.incrementAndGet();
        Instant at = Instant.now();
        events.publishEvent(new HandoffEvent("h-1", "telegram", chatId, HandoffEvent.Type.REQUESTED, null, null,
                List.of("low-confidence"), "NORMAL", null, at));
        events.publishEvent(new HandoffEvent("h-1", "telegram", chatId, HandoffEvent.Type.STAFF_REPLY, 777L,
                "Silakan datang ke posko", List.of(), null, null, at.plusSeconds(60)));
        events.publishEvent(new HandoffEvent("h-1", "telegram", chatId, HandoffEvent.Type.RATED, null, null,
                List.of(), null, 4, at.plusSeconds(120)));
        events.publishEvent(new FeedbackGiven("telegram", chatId, "ktp-hilang", false, at.plusSeconds(130)));
        settle();

        List<TranscriptRecord> records = fileRecordsOf(pseudonyms.of("telegram", chatId), at);
        assertThat(records).extracting(TranscriptRecord::type).containsExactly("handoff", "handoff", "handoff", "feedback");
        assertThat(records.get(0).event()).isEqualTo("REQUESTED");
        assertThat(records.get(0).reasons()).containsExactly("low-confidence");
        assertThat(records.get(1).staff()).isEqualTo(777L);
        assertThat(records.get(1).text()).isEqualTo("Silakan datang ke posko");
        assertThat(records.get(2).rating()).isEqualTo(4);
        assertThat(records.get(3).entry()).isEqualTo("ktp-hilang");
        assertThat(records.get(3).helpful()).isFalse();
    }

    @Test
    void noRawPersonalDataReachesRedisFilesOrLogs(CapturedOutput output) throws Exception {
        long chatId = CHATS.incrementAndGet();
        String text = "Nama saya Siti, NIK " + NIK + ", HP " + PHONE + ", email " + EMAIL + ", kartu " + CARD;
        ConversationResult result = conversation.handle(IncomingMessage.text("telegram", 5, chatId, text));
        TurnSignals signals = new TurnSignals(text.toLowerCase(), "id", "netral", 0.9, false, true, List.of(),
                Double.NaN, null, null, null, Map.of());
        events.publishEvent(new TurnCompleted(IncomingMessage.text("telegram", 6, chatId, "nomor saya +62 812-9876-5432"),
                new ConversationResult(List.of(Reply.text("Kami akan menghubungi " + PHONE)), result.decision(), signals),
                Instant.now(), 1_000));
        events.publishEvent(new HandoffEvent("h-2", "telegram", chatId, HandoffEvent.Type.CITIZEN_RELAYED, null,
                "email saya " + EMAIL, List.of(), null, null, Instant.now()));
        events.publishEvent(new HandoffEvent("h-2", "telegram", chatId, HandoffEvent.Type.STAFF_REPLY, 5L,
                "NIK " + NIK + " sudah kami cek", List.of(), null, null, Instant.now()));
        settle();
        Thread.sleep(1_200); // let Redis write its append-only file

        List<String> raw = List.of(NIK, PHONE, EMAIL, CARD, "8129876543", "812-9876-5432");
        StringBuilder everything = new StringBuilder();
        for (String key : redis.keys("*")) {
            everything.append(key).append('\n').append(valuesOf(key)).append('\n');
        }
        assertThat(everything.toString()).contains("[NIK]", "[TELEPON]", "[EMAIL]", "[KARTU]");
        for (String value : raw) {
            assertThat(everything.toString()).as("Redis").doesNotContain(value);
            assertThat(output.getAll()).as("log output").doesNotContain(value);
        }
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String value : raw) {
                    assertThat(content).as(file.toString()).doesNotContain(value);
                }
            }
        }
    }

    @Test
    void hapusDeletesThatChatsRecordsAndNoOneElses() throws Exception {
        long mine = CHATS.incrementAndGet();
        long other = CHATS.incrementAndGet();
        Instant at = Instant.now();
        // Small talk: one turn record each, whatever retrieval would decide about a question.
        conversation.handle(IncomingMessage.text("telegram", 10, mine, "halo min"));
        conversation.handle(IncomingMessage.text("telegram", 11, other, "halo min"));
        events.publishEvent(new FeedbackGiven("telegram", mine, "vaksin", true, Instant.now()));
        settle();
        String me = pseudonyms.of("telegram", mine);
        String them = pseudonyms.of("telegram", other);
        assertThat(fileRecordsOf(me, at)).hasSize(2);
        assertThat(streamJsonOf(me, at)).hasSize(2);

        ConversationResult answer = conversation.handle(IncomingMessage.text("telegram", 12, mine, "/hapus"));
        settle();

        assertThat(answer.decision().reasons()).contains(id.sigap.conversation.Reason.DATA_ERASED);
        assertThat(fileRecordsOf(me, at)).isEmpty();
        assertThat(streamJsonOf(me, at)).isEmpty();
        assertThat(fileRecordsOf(them, at)).hasSize(1);
        assertThat(streamJsonOf(them, at)).hasSize(1);
        // The /hapus turn itself is kept for the counts, but names no chat.
        assertThat(allFileRecords(at)).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("/hapus");
            assertThat(r.chat()).isNull();
        });
    }

    @Test
    void aDeletionRequestFromAnotherChannelTouchesOnlyThatChannel() throws Exception {
        long chatId = CHATS.incrementAndGet();
        Instant at = Instant.now();
        conversation.handle(IncomingMessage.text("telegram", 20, chatId, "halo"));
        settle();
        recorder.erase("web", chatId);
        settle();
        assertThat(fileRecordsOf(pseudonyms.of("telegram", chatId), at)).hasSize(1);
    }

    @Test
    void retentionDeletesTheDaysPastTheirTime() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate old = today.minusDays(365);
        LocalDate kept = today.minusDays(364);
        Path dir = TranscriptFiles.directory(DATA);
        Files.createDirectories(dir);
        for (LocalDate day : List.of(old, old.minusDays(30), kept)) {
            redis.opsForStream().add(StreamRecords.string(Map.of("chat", "x", "json", "{}"))
                    .withStreamKey(TranscriptStore.STREAM_PREFIX + day));
            Files.writeString(TranscriptFiles.file(dir, day), "{}\n");
        }

        int deleted = retention.purge(today);

        assertThat(deleted).isEqualTo(4);
        assertThat(redis.hasKey(TranscriptStore.STREAM_PREFIX + old)).isFalse();
        assertThat(redis.hasKey(TranscriptStore.STREAM_PREFIX + old.minusDays(30))).isFalse();
        assertThat(redis.hasKey(TranscriptStore.STREAM_PREFIX + kept)).isTrue();
        assertThat(TranscriptFiles.file(dir, old)).doesNotExist();
        assertThat(TranscriptFiles.file(dir, kept)).exists();
        assertThat(redis.hasKey(ChatPseudonyms.SECRET_KEY)).as("the pseudonym secret is not a day").isTrue();
    }

    @Test
    void everyStreamExpiresByItselfAfterTheRetention() throws Exception {
        long chatId = CHATS.incrementAndGet();
        Instant at = Instant.now();
        conversation.handle(IncomingMessage.text("telegram", 30, chatId, "halo"));
        settle();
        Long ttl = redis.getExpire(TranscriptStore.STREAM_PREFIX + LocalDate.ofInstant(at, ZONE));
        assertThat(ttl).isBetween(Duration.ofDays(365).toSeconds(), Duration.ofDays(367).toSeconds());
    }

    private void settle() throws InterruptedException {
        assertThat(recorder.awaitIdle(Duration.ofSeconds(10))).as("recorder caught up").isTrue();
    }

    private List<String> streamJsonOf(String chat, Instant at) {
        List<String> json = new ArrayList<>();
        String key = TranscriptStore.STREAM_PREFIX + LocalDate.ofInstant(at, ZONE);
        List<MapRecord<String, Object, Object>> entries = redis.opsForStream().range(key, Range.unbounded());
        for (MapRecord<String, Object, Object> entry : entries == null ? List.<MapRecord<String, Object, Object>>of() : entries) {
            if (chat.equals(entry.getValue().get("chat"))) {
                json.add((String) entry.getValue().get("json"));
            }
        }
        return json;
    }

    private List<TranscriptRecord> fileRecordsOf(String chat, Instant at) {
        return allFileRecords(at).stream().filter(r -> chat.equals(r.chat())).toList();
    }

    private List<TranscriptRecord> allFileRecords(Instant at) {
        List<TranscriptRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        TranscriptFiles.read(TranscriptFiles.directory(DATA), day, day.plusDays(1), records::add);
        return records;
    }

    private String valuesOf(String key) {
        DataType type = redis.type(key);
        return switch (type) {
            case STRING -> String.valueOf(redis.opsForValue().get(key));
            case STREAM -> String.valueOf(redis.opsForStream().range(key, Range.unbounded()));
            case LIST -> String.valueOf(redis.opsForList().range(key, 0, -1));
            case HASH -> String.valueOf(redis.opsForHash().entries(key));
            case SET -> String.valueOf(redis.opsForSet().members(key));
            case ZSET -> String.valueOf(redis.opsForZSet().rangeWithScores(key, 0, -1));
            default -> "";
        };
    }

}
