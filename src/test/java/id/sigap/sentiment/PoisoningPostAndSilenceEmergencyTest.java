package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-seventh session (batch J38, read: a poisoning after a free school meal): a rumour of schools closed because of
 * the poisoning, a volunteer post at the poisoning post and the government's silence over it got the emergency reply.
 * The attacks keep a poisoned child who does not move, a plea and fainting beside the same words.
 */
class PoisoningPostAndSilenceEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "katanya semua sekolah di tirta raya diliburin seminggu gara2 keracunan ini? anak sy di kota batu sari",
            "lowongan relawan di posko keracunan ada gk? sy mahasiswa keperawatan pengen bantu",
            "iki piye to pemerintah, bocah2 keracunan kok meneng wae",
            "dinkes kok diem aja soal anak2 yg keracunan"})
    void thePoisoningAsACaseIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy keracunan kok diem aja gk gerak",
            "anak sy keracunan kok diem aja gk gerak, pemerintah kmn",
            "TOLONG anak sy keracunan gara2 makan siang gratis, muntah2 terus lemes",
            "murid2 keracunan katering, banyak yang pingsan",
            "tetangga keracunan gara2 jamur barusan, kejang"})
    void aPoisonedPersonInDangerStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
