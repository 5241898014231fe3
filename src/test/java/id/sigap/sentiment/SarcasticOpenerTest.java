package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Praise opening a complaint mocks (docs/sentiment.md, "Owners, teenagers, slang"); real praise and mixed reviews do not. */
class SarcasticOpenerTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "mantap sekali ya, seminggu lampu jalan tidak ada yang ganti",
            "keren deh, udah lapor 3 kali belum juga ada yang datang",
            "nice, two weeks and still no reply",
            // batch M29 (read): praise of "pejabatnya" (with -nya) opening a mockery read positif
            "hebat bgt pejabatnya, bisa stand up comedy di atas penderitaan rakyat. kasih panggung aja sekalian 😂"})
    void praiseOpeningAComplaintIsSarcasm(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment().isNegative()).as(message + " " + reading.signals()).isTrue();
        assertThat(reading.signals()).contains("sarcasm");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hebat pemprov, jembatan ambruk dibiarkan berbulan-bulan tanpa perbaikan",
            "salut deh pemkot, got mampet dari tahun lalu tidak pernah dikeruk"})
    void mockeryAimedAtTheOfficeIsNegatif(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment()).as(message + " " + reading.signals()).isEqualTo(Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "keren min, jalannya sudah mulus sekarang",
            "hebat kalian semua, sehat selalu ya",
            "mantap, kapan dibuka pendaftarannya?",
            "selamat pagi min, mau tanya jadwal posyandu",
            "hebat bgt petugasnya, cepet banget datengnya"})
    void realPraiseOrAQuestionIsNoSarcasm(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.signals()).as(message + " " + reading.signals()).doesNotContain("sarcasm");
        assertThat(reading.sentiment().isNegative()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bagus, tapi antreannya masih panjang", "keren, semoga tidak banjir lagi tahun depan"})
    void aContrastOrAHopeIsNoMockery(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isNotEqualTo(Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "top banget, tiap malam listrik padam terus",
            "terima kasih sudah bikin saya antre dari subuh sampai sore 👏"})
    void praiseOrApplauseWithAnImpliedComplaintIsSarcasm(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment().isNegative()).as(message + " " + reading.signals()).isTrue();
    }

    /** Batch N of the twenty-first session (in-sample): haze every year, applauded. */
    @ParameterizedTest
    @ValueSource(strings = {"wah mantap pemkot, asap tiap taun, solusinya tiap taun juga bagi masker. hebat bgt 👏👏 tahun depan bagi oksigen sekalian"})
    void hazeEveryYearApplaudedIsSarcasm(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment().isNegative()).as(message + " " + reading.signals()).isTrue();
        assertThat(reading.signals()).contains("sarcasm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mantap pemkot, tahun ini asapnya jauh berkurang 👏", "keren min, masker gratisnya udah nyampe"})
    void praiseForLessHazeIsNoSarcasm(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment().isNegative()).as(message + " " + reading.signals()).isFalse();
    }
}
