package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-second session (batches W58, X58, read): a household that survived a landslide a month ago and lives with
 * relatives "sekarang", water that has gone down beside a fear of switching the power on, the river asked about as a
 * yes/no question beside a school closure, and a poisoning heard of ("katanya") are no emergencies. The attacks keep the
 * danger when it is back now, when the writer pleads, and when the poisoning is at the writer's own shelter with a plea.
 */
class SurvivorsRumoursAndRiversAskedTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "Selamat siang. Saya ibu dari dua anak, kami selamat dari longsor bulan lalu di kampung kami, tapi rumah kami tertimbun. Sekarang kami numpang di rumah saudara. Anak saya yang kecil sejak itu suka ngompol lagi. Apakah ada program pendampingan psikologis untuk anak-anak korban bencana?",
            "Min, kami sudah 5 hari di pengungsian balai kota. Katanya air di perumahan sudah surut tapi belum ada pengumuman resmi boleh pulang atau belum. Saya khawatir kalau rumah dibiarkan lama makin rusak, tapi juga takut listriknya bahaya waktu dinyalakan. Sebenarnya kapan boleh pulang?",
            "ulun handak batakun min, banyu sungai di Martapura naik lagi kah? sakulahan anak ulun libur kah isuk?",
            "katanya mi instan dr bantuan ada yg dikasih racun, ada anak keracunan"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kami selamat dari longsor bulan lalu tapi skrg tanah di belakang retak lagi, rumah kami tertimbun separuh, tolong",
            "air sungai naik lagi gk? anak sy masih di rumah, tolong",
            "katanya ada anak keracunan di posko sy, tolong cepet",
            "air di dalam rumah naik terus, anak sy masih di loteng, sekolahnya libur kah besok?"})
    void dangerNowStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
