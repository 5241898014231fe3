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
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.kind() == SourceKind.GROUP && i.text().contains("PDAM")), "group message stored");
        List<MonitoredItem> fromGroup = stored().stream().filter(i -> i.kind() == SourceKind.GROUP && i.text().contains("PDAM")).toList();
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
        assertThat(stored().stream().filter(i -> i.kind() == SourceKind.GROUP && (i.text().contains("PDAM") || i.text().contains("banjir")))).hasSize(1);
    }

    Map<String, Object> post(long chat, String type, int messageId, String text, Long from) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("message_id", messageId);
        post.put("date", Instant.now().getEpochSecond());
        post.put("chat", Map.of("id", chat, "type", type, "title", "Kanal"));
        if (from != null) {
            post.put("from", Map.of("id", from, "is_bot", false, "first_name", "Sari"));
        }
        post.put("text", text);
        return post;
    }

    @Test
    void anEditedChannelPostOrGroupMessageRevisesItsItemInsteadOfAddingOne() {
        long channel = -1001234500077L;
        api.enqueue(Map.of("channel_post", post(channel, "channel", 4101, "Pasar malam di alun-alun dibuka untuk warga setiap Sabtu.", null)));
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.text().contains("Pasar malam")), "channel post stored");
        String source = stored().stream().filter(i -> i.text().contains("Pasar malam")).findFirst().orElseThrow().source();
        api.enqueue(Map.of("edited_channel_post", post(channel, "channel", 4101,
                "Pasar malam di alun-alun dibatalkan, pedagang kecewa dan marah karena tidak ada pemberitahuan, pelayanan buruk.", null)));
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.text().contains("dibatalkan")), "edit applied");
        assertThat(stored().stream().filter(i -> i.source().equals(source))).singleElement().satisfies(i -> {
            assertThat(i.text()).contains("dibatalkan").doesNotContain("Sabtu");
            assertThat(i.sentiment().isNegative()).as("classified again").isTrue();
        });
        assertThat(api.calls("getUpdates").getLast().params().get("allowed_updates")).contains("edited_channel_post");

        long group = -1001234500078L;
        api.sendTextFrom(group, STAFF, "Petugas", "/pantau on", null, null);
        api.await(WAIT, a -> a.delivered(group).stream().anyMatch(c -> c.text().contains("kini dipantau")), "announcement");
        api.enqueue(Map.of("message", post(group, "supergroup", 5201, "Lampu jalan di Jalan Melati mati sejak kemarin.", MEMBER)));
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.text().contains("Jalan Melati")), "group message stored");
        api.enqueue(Map.of("edited_message", post(group, "supergroup", 5201,
                "Lampu jalan di Jalan Melati mati sejak kemarin, hubungi saya di 081298765432.", MEMBER)));
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.text().contains("[TELEPON]")), "group edit applied");
        assertThat(stored().stream().filter(i -> i.text().contains("Jalan Melati"))).singleElement()
                .satisfies(i -> assertThat(i.text()).doesNotContain("081298765432"));
        // An edit in the group is not answered.
        assertThat(api.delivered(group)).hasSize(1);
    }

    @Test
    void oddChannelPostsHaveAClearOutcomeAndStopNothing() {
        long channel = -1001234500079L;
        Map<String, Object> photo = post(channel, "channel", 6001, null, null);
        photo.remove("text");
        photo.put("photo", List.of(Map.of("file_id", "f1", "file_unique_id", "u1", "width", 10, "height", 10)));
        api.enqueue(Map.of("channel_post", photo));
        api.enqueue(Map.of("channel_post", post(channel, "channel", 6002,
                "Antrean panjang di kantor pelayanan membuat warga kecewa. " + "Pelayanan lambat sekali hari ini. ".repeat(400), null)));
        api.enqueue(Map.of("channel_post", post(channel, "channel", 6003,
                "The new bridge opening was postponed and the residents said that they are waiting for news.", null)));
        api.enqueue(Map.of("channel_post", post(channel, "channel", 6004, "Posko kesehatan gratis dibuka di terminal bus.", null)));
        api.await(WAIT, a -> stored().stream().anyMatch(i -> i.text().contains("Posko kesehatan")), "the post after the odd ones");
        assertThat(stored()).filteredOn(i -> i.text().startsWith("Antrean panjang")).singleElement().satisfies(i -> {
            assertThat(i.text().length()).as("an enormous post is cut").isLessThanOrEqualTo(2001);
            assertThat(i.sentiment().isNegative()).isTrue();
        });
        assertThat(stored()).filteredOn(i -> i.text().startsWith("The new bridge")).singleElement().satisfies(i -> {
            assertThat(i.indonesian()).as("kept, not classified").isFalse();
            assertThat(i.confidence()).isZero();
        });
    }

    @Test
    void whatCitizensAskSigapBecomesPseudonymousItemsThatDeletionRemoves() {
        long citizen = 55500101L;
        long other = 55500102L;
        String question = "Bagaimana cara mengurus izin keramaian untuk hajatan? Nomor saya 081311112222";
        api.sendTextFrom(citizen, citizen, "Rina", question, null, null);
        api.sendTextFrom(citizen, citizen, "Rina", question, null, null);
        api.sendTextFrom(other, other, "Joko", question, null, null);
        api.await(WAIT, a -> stored().stream().filter(i -> i.kind() == SourceKind.CONVERSATION && i.text().contains("keramaian")).count() == 2, "questions stored");
        List<MonitoredItem> asked = stored().stream().filter(i -> i.text().contains("keramaian")).toList();
        assertThat(asked).as("one item per citizen: the repeat is not a second").hasSize(2).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(SourceKind.CONVERSATION);
            assertThat(i.text()).contains("[TELEPON]").doesNotContain("081311112222");
            assertThat(i.author()).startsWith("warga-").doesNotContain(Long.toString(citizen)).doesNotContain(Long.toString(other));
        });
        MonitoringOverview overview = monitoring.overview(Instant.now());
        assertThat(overview.coordination()).as("citizens asking alike are not coordinated posting")
                .noneMatch(f -> asked.stream().anyMatch(i -> f.itemIds().contains(i.id())));
        assertThat(overview.topics()).as("the two questions make one topic")
                .anyMatch(t -> t.items() == 2 && t.examples().stream().allMatch(e -> e.text().contains("keramaian")));

        api.sendTextFrom(citizen, citizen, "Rina", "/hapus", null, null);
        api.await(WAIT, a -> stored().stream().filter(i -> i.text().contains("keramaian")).count() == 1, "citizen's item removed");
        String remaining = stored().stream().filter(i -> i.text().contains("keramaian")).findFirst().orElseThrow().author();
        assertThat(asked.stream().map(MonitoredItem::author)).contains(remaining);
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
