package id.sigap.monitoring;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Possible coordinated posting is flagged with its evidence and pseudonyms only; ordinary chatter is not. */
class CoordinatedPostingTest {

    static TestRedis redis;
    MonitoringFixture f;

    static final String MESSAGE = "Jangan percaya pemerintah daerah, dana bantuan banjir sudah dikorupsi pejabat, "
            + "sebarkan pesan ini ke semua grup warga sebelum dihapus, kita harus turun ke jalan besok pagi";

    @BeforeAll
    static void start() {
        redis = TestRedis.start("coordinated");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
        f = new MonitoringFixture(redis, Instant.parse("2026-11-30T03:00:00Z"));
    }

    @Test
    void twentyNearIdenticalPostsFromDifferentAccountsWithinMinutesAreFlagged() {
        String[] endings = {"!!", "sekarang", "segera", "ayo", "penting", "viralkan", "bagikan", "cepat", "wajib", "tolong"};
        for (int i = 0; i < 20; i++) {
            f.groupPost("akun-" + (1000 + i), MESSAGE + " " + endings[i % endings.length] + (i >= 10 ? " juga" : ""),
                    Duration.ofSeconds(600 - i * 25L));
        }
        MonitoringOverview overview = f.service.overview(f.now);
        assertThat(overview.coordination()).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(CoordinationFlag.Kind.NEAR_IDENTICAL);
            assertThat(flag.accountCount()).isEqualTo(20);
            assertThat(flag.accounts()).hasSize(10).allMatch(a -> a.startsWith("akun-"));
            assertThat(flag.posts()).isEqualTo(20);
            assertThat(flag.example()).contains("dana bantuan banjir");
            assertThat(flag.similarity()).isGreaterThanOrEqualTo(0.7);
        });
        assertThat(overview.topics()).anyMatch(TopicSummary::coordinated);
    }

    @Test
    void exactCopiesAreStoredOnceButStillCountAsCoordinated() {
        for (int i = 0; i < 20; i++) {
            f.groupPost("akun-" + (2000 + i), MESSAGE, Duration.ofSeconds(600 - i * 25L));
        }
        List<MonitoredItem> stored = f.items.between(f.now.minus(Duration.ofHours(1)), f.now.plusSeconds(1));
        assertThat(stored).hasSize(1);
        assertThat(f.service.overview(f.now).coordination()).singleElement()
                .satisfies(flag -> assertThat(flag.accountCount()).isEqualTo(20));
    }

    @Test
    void twentyDifferentPostsFromDifferentAccountsAreNotFlagged() {
        String[] posts = {
                "Air PDAM di perumahan kami mati sejak pagi, kapan normal kembali?",
                "Terima kasih petugas kebersihan yang sudah membersihkan selokan di gang kami",
                "Jalan menuju pasar berlubang besar, hati-hati kalau lewat malam hari",
                "Ada info jadwal posyandu bulan ini di kelurahan?",
                "Lampu jalan di depan sekolah mati sudah seminggu",
                "Antrean di kantor kecamatan panjang sekali tadi pagi",
                "Banjir kemarin sudah surut, rumah kami mulai dibersihkan",
                "Pendaftaran sekolah negeri dibuka kapan ya tahun ini?",
                "Harga beras di warung naik lagi dua ribu per kilo",
                "Ada yang tahu bengkel tambal ban yang buka malam di sekitar alun-alun?",
                "Selamat untuk tim sepak bola kampung kita yang juara turnamen",
                "Sampah di sungai menumpuk setelah hujan deras semalam",
                "Mohon info cara mengurus akta kelahiran yang hilang",
                "Kemacetan di simpang empat makin parah jam pulang kantor",
                "Pasar malam minggu ini ramai sekali, banyak jajanan enak",
                "Sinyal internet di desa kami sering hilang akhir-akhir ini",
                "Ada pemadaman listrik terjadwal besok siang menurut PLN",
                "Puskesmas buka sampai jam berapa pada hari Sabtu?",
                "Anak-anak senang taman kota sudah diperbaiki",
                "Saluran air di depan masjid tersumbat, perlu kerja bakti"};
        for (int i = 0; i < posts.length; i++) {
            f.groupPost("akun-" + (3000 + i), posts[i], Duration.ofSeconds(600 - i * 25L));
        }
        MonitoringOverview overview = f.service.overview(f.now);
        assertThat(overview.coordination()).isEmpty();
        assertThat(overview.topics()).noneMatch(TopicSummary::coordinated);
    }

    @Test
    void aNewAccountPostingInABurstIsFlaggedAndAnOldAccountIsNot() {
        f.posts.add(new PostLog.Post(f.now.minus(Duration.ofDays(20)), "akun-lama", "grup-abc", "x", TextFingerprint.minHash("halo")));
        for (int i = 0; i < 12; i++) {
            f.groupPost("akun-baru", "Pesan nomor " + i + " tentang isu " + (char) ('a' + i) + " yang berbeda-beda " + "kata".repeat(i + 1), Duration.ofSeconds(900 - i * 60L));
            f.groupPost("akun-lama", "Kabar lingkungan nomor " + i + " soal " + (char) ('k' + i) + " hari ini " + "x".repeat(i + 1), Duration.ofSeconds(890 - i * 60L));
        }
        List<CoordinationFlag> flags = f.service.overview(f.now).coordination();
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(CoordinationFlag.Kind.NEW_ACCOUNT_BURST);
            assertThat(flag.accounts()).containsExactly("akun-baru");
            assertThat(flag.posts()).isEqualTo(12);
        });
    }

    @Test
    void aDeletionRequestRemovesTheAccountsItemsAndPostsButNotOthers() {
        Pseudonyms pseudonyms = (namespace, id) -> namespace + "-" + id; // a unit stand-in for the keyed HMAC
        PublicPostListener listener = new PublicPostListener(f.intake, null, pseudonyms, f.items, f.posts, null);
        f.groupPost("akun-telegram-user-4242", "Tagihan air naik terus dan pelayanan lambat sekali", Duration.ofMinutes(5));
        f.groupPost("akun-telegram-user-7", "Jalan di depan pasar berlubang besar", Duration.ofMinutes(4));

        listener.forget(new id.sigap.conversation.ChatDataDeletionRequested("telegram", 4242));

        List<MonitoredItem> left = f.items.between(f.now.minus(Duration.ofHours(1)), f.now.plusSeconds(1));
        assertThat(left).extracting(MonitoredItem::author).containsExactly("akun-telegram-user-7");
        assertThat(f.posts.between(f.now.minus(Duration.ofHours(1)), f.now)).extracting(PostLog.Post::author)
                .containsExactly("akun-telegram-user-7");
        assertThat(f.posts.firstSeen("akun-telegram-user-4242")).isNull();
    }

    @Test
    void citizensAskingTheSameQuestionAreCountedEachButNeverFlaggedAndLiveNoLongerThanTranscripts() {
        ItemStore store = new ItemStore(redis.template(), Duration.ofDays(30), Duration.ofDays(7));
        ItemIntake intake = new ItemIntake(store, f.posts, MonitoringFixture.CLASSIFIER, new AreaGazetteer(MonitoringFixture.AREAS),
                2000, java.time.Clock.fixed(f.now, java.time.ZoneOffset.UTC));
        for (int i = 0; i < 20; i++) {
            intake.take(new CollectedPost(SourceKind.CONVERSATION, "sigap-telegram", f.now.minusSeconds(600 - i * 25L), null, MESSAGE,
                    "warga-" + i));
        }
        intake.take(new CollectedPost(SourceKind.CONVERSATION, "sigap-telegram", f.now.minusSeconds(10), null, MESSAGE, "warga-0"));
        List<MonitoredItem> stored = store.between(f.now.minus(Duration.ofHours(1)), f.now.plusSeconds(1));
        assertThat(stored).as("one item per citizen, the repeat is not another").hasSize(20);
        assertThat(f.service.overview(f.now).coordination()).as("private questions are not public posting").isEmpty();
        long ttl = redis.template().getExpire(ItemStore.PREFIX + "item:" + stored.getFirst().id(), java.util.concurrent.TimeUnit.DAYS);
        assertThat(ttl).as("a conversation item lives as long as transcripts at most").isBetween(6L, 7L);
        assertThat(store.forgetAuthor("warga-0")).isEqualTo(1);
    }
}
