package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceStateReadingTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "listrik mati dari kemarin",
            "jalan ahmad yani udah bisa dilewatin belum",
            "kapan air PDAM nyala lagi",
            "air pdam mati sejak pagi, kapan normal?",
            "jembatan kali garang ditutup sampai kapan ya",
            "apakah kereta ke solo hari ini tertunda?"})
    void aPlainQuestionOrReportAboutAnOutageClosureOrDelayIsNetral(String message) {
        Classification reading = classifier.classify(message);

        assertThat(reading.sentiment()).isEqualTo(Sentiment.NETRAL);
        assertThat(reading.emergency()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kenapa bus trans semarang telat terus",
            "listrik mati dari kemarin, gimana sih PLN kerjanya!!",
            "jalan rusak parah gak pernah diperbaiki, pemkot tidur",
            "yaelah error lagi aplikasinya",
            "LISTRIK MATI LAGI DARI KEMARIN",
            "kenapa loket cuma buka satu? antriannya panjang",
            "udah nunggu dari kemarin, kapan listrik nyala, kecewa banget"})
    void theSameStateWithComplaintBlameOrExasperationStaysNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tolong listrik mati, kabel jatuh di depan rumah dan anak saya kesetrum",
            "jalan ditutup karena longsor, ada mobil tertimbun, tolong!!"})
    void anEmergencyAboutAServiceIsStillAnEmergencyAndNotNetral(String message) {
        Classification reading = classifier.classify(message);

        assertThat(reading.emergency()).isTrue();
        assertThat(reading.sentiment()).isNotEqualTo(Sentiment.NETRAL);
    }
}
