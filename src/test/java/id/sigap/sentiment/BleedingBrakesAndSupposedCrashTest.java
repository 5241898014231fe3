package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-ninth session (batches S55-V55, read): heavy bleeding told after a crash, brakes failing on the bus the writer
 * is on and ground that "gerak" with a rumble are emergencies; a crash supposed in a clause that opens with "kalo misal",
 * being stuck in traffic to be avoided ("biar sy gk kejebak"), an official's in-law beside a landslide and coursework
 * about one years ago are not. "lewat mana min" asks the way, not for a person. The attacks keep blood stocks and
 * pressure, brakes that failed before, "kalo" meaning "when" after a danger now, and a danger beside a supposition.
 */
class BleedingBrakesAndSupposedCrashTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"darahnya banyak bgt gmn ini min", "darahnya keluar terus",
            "bus brt yg sy naikin remnya kayaknya blong, sopirnya teriak2", "remnya blong tolong",
            "Nenek sy ketemu di lantai kamar mandi, ga bangun2 dan ga nyaut kalo dipanggil",
            "kalau gk dievakuasi sekarang kami bisa tenggelam, air terus naik",
            "kalau air naik lagi kami terjebak di loteng, tolong kirim perahu",
            "kalo ada yg kesetrum gimana? tetangga sy skrg kesetrum kabel", "kami terjebak banjir, gk bisa keluar",
            "TOLONG min tanah di belakang rumah sy gerak ada suara gemuruh, nenek sy gk bisa jalan",
            "rumah sy ketimbun longsor, adik sy masih di dalam", "longsor menimpa rumah, adik ipar sy tertimbun",
            // batch Y55, read after its measurement
            "URGENT the roof of my neighbour's house just collapsed, she's 80 and we can hear her calling but can't get in",
            "rumah tetangga roboh, nenek masih di dalam"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stok darah banyak bgt di pmi", "donor darah banyak banget yg dateng",
            "tekanan darahnya tinggi banget", "kemarin darahnya banyak keluar pas melahirkan, skrg udh sehat",
            "truk remnya blong kemarin nabrak warung", "jalan turunan itu sering truk rem blong, kapan dipasang jalur penyelamat?",
            "motor sy remnya blong, servis dmn ya",
            "kalo misal sy naik brt trus busnya kecelakaan, yg tanggung biaya rumah sakit siapa?",
            "mau nanya aja, misal nih ada murid keracunan makanan di kantin sekolah, lapornya ke dinas kesehatan atau ke dinas pendidikan?",
            "misal kebakaran di pasar, lapor kemana?", "biar sy gk kejebak, mau nganter ibu ke pasar pagi2",
            "jangan sampai terjebak macet, lewat mana ya",
            "Kenapa kontraktor perbaikan jalan longsor itu perusahaan punya adik ipar kepala dinas PU? ini jelas nepotisme kan min",
            "Halo min, waktu longsor 2019 dulu katanya ada korban yg blm ditemukan sampe skrg ya? sy lagi bikin tugas kuliah",
            // batch W55, read after its measurement: a pending card is no danger still under way
            "bulan lalu anak sy sempet kritis krn DBD, alhamdulillah udh sembuh. tp kemarin kami bayar umum krn BPJS nya blm aktif",
            "klaim BPJS buat rawat inap ibu sy bulan lalu krn stroke kok blm cair ya, hrs ngurus kemana?",
            // batch Y55, read after its measurement: a fall feared, to be checked; a collapse of last year
            "takut roboh pas anak2 pulang sekolah, tolong dicek min",
            "The roof of the market collapsed last year, when will it be rebuilt?"})
    void supposedPastOrAvoidedIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pengalihannya lewat mana min", "yang mana min", "posko terdekat yg mana min",
            "jalurnya sebelah mana min"})
    void whichWayAddressedToTheOfficerAsksNoPerson(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mana adminnya", "woy mana orangnya", "halo min mana adminnya sih", "bot tolol, mana orangnya?!"})
    void whereIsTheOfficerStillAsksForOne(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isTrue();
    }
}
