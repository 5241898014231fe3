package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-second session (held-out wave K59-N59, read after its measurement): "MATI AJA KALIAN PEJABAT!!!" is an insult, "kami
 * yang rumahnya tenggelam" a house under water, and a cat left at home while the writer is at the shelter no person in
 * danger. The attacks keep one's own wish to die, a child drowning, people on a roof of a house under water, and a person
 * still at home beside the cat.
 */
class InsultsHousesUnderWaterAndPetsLeftTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "MATI AJA KALIAN PEJABAT!!! jalan di kampung sy udh 5 taun rusak gk pernah dibenerin",
            "Ongguh ta' adil! bantuan cuma dikasi ke keluarga kades aja, kami yang rumahnya tenggelam gak dapat apa2. tolong ditindak",
            "kucingku ketinggalan nang omah sing kebanjiran, iso dijaluki tulung ra tim SAR? aku wis nang pengungsian"})
    void insultsHousesAndPetsAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sy pengen mati saja, capek hidup",
            "anak kami tenggelam di sungai, tolong",
            "rumahnya tenggelam, kami terjebak di atap, tolong",
            "kucingku ketinggalan, aku sudah di posko tapi ibuku masih di rumah, tolong tim sar"})
    void dangerToAPersonStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
