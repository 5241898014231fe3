package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fifth session (batches P35 and R35, read: a substation fire that cut power and water, a poisoning at a festival):
 * a fire's cause or effect asked or guessed, a looting rumour whose source is asked, a poisoning's victims in care since
 * yesterday, an official's absence during the poisoning all got the emergency reply. The attacks keep a fire burning, one
 * of the writer's own poisoned and ill now, someone in care worsening now, and looting under way.
 */
class KnownOutageAndFestivalEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"Kenapa kebakaran gardu bisa bikin air mati juga? Hubungannya apa",
            "jgn2 ini sebabnya kebakaran, kerjanya asal2an",
            "katanya bakal ada penjarahan malem ini di sangkara krn gelap, disuruh siaga. itu dari mana infonya",
            "Min, biaya pengobatan korban keracunan ditanggung pemprov atau bayar sendiri? Adik saya dirawat di RSUD Sangkara dari kemarin",
            "min piye kabare korban keracunan? tonggoku ono sing melu dirawat, jarene wis 3 dino durung iso mulih",
            "pemprov kmn aja pas keracunan, gubernur malah sibuk foto2 di panggung",
            // batch U35 (read after its measurement)
            "kok pemprov diem aja sih kebakaran hutan udh seminggu. gubernur kemana??",
            "Are there any restrictions on burning garden waste during the drought? My neighbour keeps burning leaves every evening",
            "atap sekolah yg ambruk tadi pagi diberitain di tv, kapan dibangun lagi?"})
    void aKnownFireOrPoisoningTalkedOfIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** Batch S35 (read after its measurement): giving up said and nothing else, after days in a shelter. */
    @ParameterizedTest
    @ValueSource(strings = {"rasanya pengen nyerah aja", "pengen udahan aja", "ya allah capek pengen nyerah aja"})
    void givingUpSaidAloneIsAPossibleEmergency(String message) {
        Classification c = classifier.classify(message);
        assertThat(c.emergency() || c.possibleEmergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngurus ktp ribet bgt, pengen nyerah aja", "pengen nyerah aja ngurus bpjs ini",
            "sy mau nyerahin berkas besok", "tim sy nyerah di final kemarin"})
    void givingUpAChoreIsNot(String message) {
        Classification c = classifier.classify(message);
        assertThat(c.emergency() || c.possibleEmergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kebakaran di sebelah rumah bikin asap masuk rumah, tolong",
            "anak sy keracunan pas makan di festival, skrg muntah2 terus lemes",
            "adik sy dirawat di rs dari kemarin krn keracunan, skrg sesak napas",
            "ada kebakaran di gardu deket rumah, apinya makin gede",
            "katanya ada penjarahan di toko sebelah sekarang, tolong",
            "tolong kebakaran hutan udh sampai belakang rumah sy, apinya makin dekat",
            "my neighbour's house is burning, please send help",
            "tolong min atap kelas di SD deket rumah sy ambruk barusan"})
    void aFireBurningOrSomeoneIllNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
