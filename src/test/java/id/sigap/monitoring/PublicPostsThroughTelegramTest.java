package id.sigap.monitoring;

import id.sigap.telegram.FakeBotApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channel posts and opted-in group messages reach monitoring through the real Telegram client against
 * the fake Bot API: only staff can switch a group on, the group is told, texts are redacted, accounts
 * are pseudonymous, and a group that was switched off is not read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PublicPostsThroughTelegramTest {

    static final FakeBotApi api = new FakeBotApi();
    static final Duration WAIT = Duration.ofSeconds(20);
    static final long CHANNEL = -1001234500001L;
    static final long GROUP = -1001234500002L;
    static final long STAFF = 777001;
    static final long MEMBER = 888002;
    static final long STAFF_GROUP = -1009990001L;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "monitoring-telegram");
        registry.add("sigap.staff-user-ids", () -> Long.toString(STAFF));
        registry.add("sigap.staff-chat-id", () -> Long.toString(STAFF_GROUP));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Autowired
    ItemStore items;

    @Autowired
    MonitoringService monitoring;

    List<MonitoredItem> stored() {
        return items.between(Instant.now().minus(Duration.ofHours(1)), Instant.now().plusSeconds(5));
    }

    int channelPost(String text) {
        return channelPost(CHANNEL, text);
    }

    int channelPost(long channel, String text) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("message_id", (int) (System.nanoTime() % 100000));
        post.put("date", Instant.now().getEpochSecond());
        post.put("chat", Map.of("id", channel, "type", "channel", "title", "Kanal Info Warga"));
        post.put("text", text);
        return api.enqueue(Map.of("channel_post", post));
    }

    @Test
    void channelPostsAndOptedInGroupMessagesAreCollectedRedactedAndPseudonymous() {
        channelPost("Jalan provinsi di Kota Sangkara longsor, pengendara diminta berhati-hati.");
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.text().contains("longsor")), "channel post stored");
        MonitoredItem post = stored().stream().filter(i -> i.text().contains("longsor")).findFirst().orElseThrow();
        assertThat(post.kind()).isEqualTo(SourceKind.CHANNEL);
        assertThat(post.area()).isEqualTo("kota-sangkara");
        assertThat(post.source()).startsWith("kanal-").doesNotContain(Long.toString(Math.abs(CHANNEL)));

        api.sendTextFrom(GROUP, MEMBER, "Budi", "Air PDAM mati lagi sejak pagi, warga kesal sekali", null, null);
        api.sendTextFrom(GROUP, MEMBER, "Budi", "/pantau on", null, null);
        // A member cannot switch monitoring on, nor make the bot speak in the group.
        api.sendTextFrom(GROUP, STAFF, "Petugas", "/pantau on", null, null);
        api.await(WAIT, a -> a.delivered(GROUP).stream().anyMatch(c -> c.text().contains("kini dipantau")), "announcement");
        assertThat(api.delivered(GROUP)).hasSize(1);

        api.sendTextFrom(GROUP, MEMBER, "Budi", "Pelayanan PDAM buruk sekali, tagihan naik dua kali lipat, kami kecewa. Hubungi saya 081234567890", null, null);
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.kind() == SourceKind.GROUP), "group message stored");
        List<MonitoredItem> fromGroup = stored().stream().filter(i -> i.kind() == SourceKind.GROUP).toList();
        assertThat(fromGroup).singleElement().satisfies(i -> {
            assertThat(i.text()).contains("[TELEPON]").doesNotContain("081234567890");
            assertThat(i.author()).startsWith("akun-").doesNotContain(Long.toString(MEMBER));
            assertThat(i.sentiment().isNegative()).isTrue();
        });

        api.sendTextFrom(GROUP, STAFF, "Petugas", "/pantau off", null, null);
        api.await(WAIT, a -> a.delivered(GROUP).stream().anyMatch(c -> c.text().contains("dihentikan")), "switched off");
        api.sendTextFrom(GROUP, MEMBER, "Budi", "Pesan setelah pemantauan dihentikan tentang banjir", null, null);
        api.sendTextFrom(GROUP, STAFF, "Petugas", "/pantau", null, null);
        api.await(WAIT, a -> a.delivered(GROUP).stream().anyMatch(c -> c.text().contains("tidak dipantau")), "status");
        assertThat(stored().stream().filter(i -> i.kind() == SourceKind.GROUP)).hasSize(1);
    }

    @Test
    void aBurstOfNegativeChannelPostsAboutOneTopicIsAlertedOnceToTheStaffGroupWithExamples() {
        for (int i = 0; i < EarlyWarningTest.BURST.size(); i++) {
            channelPost(-1001234600000L - i, EarlyWarningTest.BURST.get(i));
        }
        api.await(WAIT, a -> stored().stream().filter(i -> i.text().contains("mbatan")).count() == EarlyWarningTest.BURST.size(),
                "burst stored");
        assertThat(monitoring.raiseAlerts(Instant.now())).hasSize(1);
        api.await(WAIT, a -> a.delivered(STAFF_GROUP).stream().anyMatch(c -> c.text().contains("Contoh:")), "alert in the staff group");
        assertThat(monitoring.raiseAlerts(Instant.now().plusSeconds(60))).isEmpty();
        String alert = api.delivered(STAFF_GROUP).stream().filter(c -> c.text().contains("Contoh:")).findFirst().orElseThrow().text();
        assertThat(alert).contains("jembatan", "interval 90%", "kanal Telegram");
        assertThat(api.delivered(STAFF_GROUP).stream().filter(c -> c.text().contains("Contoh:"))).hasSize(1);
    }
}
