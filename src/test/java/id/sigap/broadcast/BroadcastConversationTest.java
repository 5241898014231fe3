package id.sigap.broadcast;

import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.FakeBotApi.Call;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates inside conversations, with the real pipeline and sample knowledge base through the fake Bot API:
 * a citizen's short reply to an update is answered in its light; an approver sends an urgent update from
 * the staff group after a preview, and nobody else can; /hapus ends subscriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BroadcastConversationTest {

    static final FakeBotApi api = new FakeBotApi();
    static final long STAFF_CHAT = -100888, APPROVER = 5151, STAFF_ONLY = 5252;
    static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "broadcast-conversation");
        registry.add("sigap.staff-chat-id", () -> STAFF_CHAT);
        registry.add("sigap.staff-user-ids", () -> APPROVER + "," + STAFF_ONLY);
        registry.add("sigap.broadcast.approver-user-ids", () -> APPROVER);
        registry.add("sigap.telegram.group-per-minute", () -> 600);
    }

    @AfterAll
    static void close() {
        api.close();
    }

    @Autowired
    BroadcastService broadcasts;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Areas areas;

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    private static boolean got(FakeBotApi a, long chat, String text) {
        return a.delivered(chat).stream().anyMatch(c -> c.text().contains(text));
    }

    @Test
    void aShortReplyToAnUpdateIsAnsweredInItsLight() {
        long subscriber = 9001, stranger = 9002;
        subscriptions.subscribe(subscriber, areas.find("kota-sangkara").orElseThrow());
        Broadcast b = broadcasts.draft("editor", "Pembagian paket sembako untuk warga terdampak dimulai besok di kantor kelurahan.",
                "banjir-jadwal-distribusi-logistik", "kota-sangkara", null, null);
        broadcasts.send("approver", b.id());
        api.await(WAIT, a -> got(a, subscriber, "Pembagian paket sembako"), "the update");
        Call update = api.delivered(subscriber).getLast();
        assertThat(update.text()).contains("Kabar resmi · Kota Sangkara").contains("Info lengkap: Jadwal pembagian makanan")
                .contains("https://bpbd.tirtaraya.go.id/distribusi-logistik").contains("/berhenti");

        String reply = "jam berapa?";
        api.sendText(stranger, reply);
        api.sendTextFrom(subscriber, subscriber, "Warga", reply, update.messageId(), null);
        api.await(WAIT, a -> a.delivered(subscriber).size() >= 2 && !a.delivered(stranger).isEmpty(), "both answered");
        assertThat(api.delivered(subscriber).getLast().text()).as("read as a follow-up of the update")
                .contains("Jadwal pembagian makanan dan paket sembako");
        assertThat(api.delivered(stranger).getLast().text()).as("the same words alone are not enough")
                .doesNotContain("Jadwal pembagian makanan dan paket sembako");
    }

    @Test
    void anApproverSendsAnUrgentUpdateFromTheStaffGroupAfterAPreview() {
        long subscriber = 9101;
        subscriptions.subscribe(subscriber, areas.find("kabupaten-pesisir-barat").orElseThrow());

        api.sendTextFrom(STAFF_CHAT, STAFF_ONLY, "Budi", "/siaran kabupaten-pesisir-barat Gelombang tinggi, nelayan jangan melaut.", null, null);
        api.await(WAIT, a -> got(a, STAFF_CHAT, "Hanya penyetuju"), "a refusal for staff who are not approvers");

        api.sendTextFrom(STAFF_CHAT, APPROVER, "Sari", "/siaran kabupaten-pesisir-barat Gelombang tinggi 4 meter, nelayan jangan melaut hari ini.", null, null);
        api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.params().getOrDefault("reply_markup", "").contains("bc:go:")),
                "the preview with its buttons");
        Call preview = api.delivered(STAFF_CHAT).stream().filter(c -> c.params().getOrDefault("reply_markup", "").contains("bc:go:"))
                .findFirst().orElseThrow();
        String id = preview.params().get("reply_markup").replaceAll("(?s).*bc:go:(B[0-9]+).*", "$1");
        assertThat(api.delivered(subscriber)).as("nothing before the approver confirms").isEmpty();

        api.sendCallbackFrom(STAFF_CHAT, STAFF_ONLY, "Budi", "bc:go:" + id);
        api.sendCallbackFrom(STAFF_CHAT, APPROVER, "Sari", "bc:go:B99999");
        api.await(WAIT, a -> a.calls("answerCallbackQuery").size() >= 2, "both presses answered");
        assertThat(api.calls("answerCallbackQuery")).extracting(c -> c.params().getOrDefault("text", ""))
                .anyMatch(t -> t.contains("Hanya penyetuju")).anyMatch(t -> t.contains("tidak ada"));
        assertThat(broadcasts.find(id).orElseThrow().state()).isEqualTo(Broadcast.State.DRAFT);

        api.sendCallbackFrom(STAFF_CHAT, APPROVER, "Sari", "bc:go:" + id);
        api.await(WAIT, a -> got(a, subscriber, "Gelombang tinggi 4 meter"), "the urgent update delivered");
        api.await(WAIT, a -> got(a, STAFF_CHAT, "sedang dikirim ke 1 pelanggan"), "the confirmation in the staff group");
        api.await(WAIT, a -> broadcasts.find(id).orElseThrow().state() == Broadcast.State.DONE, "finished");
        assertThat(broadcasts.find(id).orElseThrow().urgent()).isTrue();
        api.await(WAIT, a -> got(a, STAFF_CHAT, "Siaran " + id + " selesai: 1 dari 1 pelanggan"), "the receipt in the staff group");
        assertThat(broadcasts.receipt(id).sent()).isEqualTo(1);

        // The preview's Batal, pressed after sending, withdraws nothing that already went out.
        api.sendCallbackFrom(STAFF_CHAT, APPROVER, "Sari", "bc:no:" + id);
        api.await(WAIT, a -> a.calls("answerCallbackQuery").stream().anyMatch(c -> c.params().getOrDefault("text", "")
                .contains("sudah selesai")), "the refusal to cancel a finished update");
        assertThat(broadcasts.find(id).orElseThrow().state()).isEqualTo(Broadcast.State.DONE);
    }

    @Test
    void deletingMyDataEndsMySubscriptions() {
        long chat = 9201;
        subscriptions.subscribe(chat, areas.find("kota-batu-sari").orElseThrow());
        subscriptions.subscribe(chat, Area.ALL);
        api.sendText(chat, "/hapus");
        api.await(WAIT, a -> !a.delivered(chat).isEmpty(), "the deletion confirmed");
        assertThat(subscriptions.areasOf(chat)).isEmpty();
        // Gone from the area side too, not only from the chat's own list.
        assertThat(redis.opsForSet().isMember(Subscriptions.areaKey("kota-batu-sari"), String.valueOf(chat))).isFalse();
        assertThat(redis.opsForSet().isMember(Subscriptions.areaKey(Area.ALL.code()), String.valueOf(chat))).isFalse();
        assertThat(redis.opsForSet().isMember(Subscriptions.EVERYONE, String.valueOf(chat))).isFalse();
    }
}
