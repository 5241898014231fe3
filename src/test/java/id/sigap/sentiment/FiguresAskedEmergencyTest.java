package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-first session: figures asked for (a student's thesis, a reporter's story, a count over years) name accidents,
 * fires and victims as their subject, not as danger at hand. Each guard keeps the attacks that would turn it into a
 * missed emergency.
 */
class FiguresAskedEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "min sy mahasiswa, boleh minta data jumlah kecelakaan laut 5 tahun terakhir buat skripsi?",
            "selamat siang, saya dari media lokal. ada data korban kebakaran per kabupaten tahun lalu?",
            "kak ada statistik korban longsor sejak tahun 2020 gk? buat penelitian"})
    void figuresAskedForAreNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "lagi cari data buat skripsi, tiba2 tetangga kecelakaan depan rumah, berdarah, tolong",
            "data korban longsor tahun lalu ada? btw skrg ada orang tertimbun di desa kami, masih di bawah tanah",
            "sy wartawan lg liputan, ada kebakaran di pasar sangkara sekarang, ada orang terjebak di lantai 2!!",
            "minta data kecelakaan 5 tahun terakhir. adik saya barusan ditabrak motor dan pingsan"})
    void dangerAtHandBesideFiguresStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }
}
