package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch P34, read after its measurement: a viral kidnapping rumour): whether the rumour is true, asked
 * in Javanese, and the news of an arrest got the emergency reply or stood one word from it. The attacks keep one's own
 * child not home, a kidnapper still about and a child taken now.
 */
class KidnappingTalkEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"nyuwun sewu, menapa leres wonten penculikan lare wonten ing kecamatan watu gede? kula kuwatos, putra kula sekolah mriki.",
            "td liat berita di tv lokal katanya pelaku penculikan di lembah hijau udh ketangkep ya? syukurlah",
            "isu penculikan anak di grup wa itu udah diklarifikasi belum min?"})
    void theKidnappingAllTalkAboutIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak saya blm pulang dr sekolah min, biasanya jam 1 udh dirumah skrg udh jam 4. hp nya gk aktif. saya takut bgt sm berita penculikan itu",
            "pelaku penculikan masih berkeliaran di sekitar sd 2, tadi ada anak yg mau dibawa paksa",
            "tolong anak sy diculik barusan di depan sekolah, dibawa mobil hitam"})
    void aChildNotHomeOrTakenNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
