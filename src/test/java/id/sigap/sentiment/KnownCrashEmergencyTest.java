package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch H34, read after its measurement: a school-bus crash): an accident all know, named as the
 * event ("PO bus yg kecelakaan", "rilis resmi soal kecelakaan bus"), got the emergency reply like the sinking and the
 * explosion before it. The attacks keep a crash reported now, one of the writer's own aboard and people still trapped.
 * Batches J34, K34 and L34 (read after their measurement): wanting it all over, alone and hungry, giving up on everything
 * and a child wanting to vanish got a person, no help line; batch P34, giving up after losing a job got choices.
 */
class KnownCrashEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"kadishub itu terima duit dr PO bus yg kecelakaan biar lolos uji KIR",
            "rilis resmi soal kecelakaan bus udh ada blm?",
            "santunan jasa raharja buat korban kecelakaan minibus kemarin gimana caranya",
            "penyebab kereta yang anjlok di lembah hijau udh diketahui?",
            "Is there an official statement about the bus crash yesterday?"})
    void anAccidentAllKnowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** Giving up or vanishing beside loneliness, hunger or scolding; a relationship, a chore or a lost phone is not. */
    @ParameterizedTest
    @ValueSource(strings = {"kak sy sendirian di kos, udh 3 hari gk makan, gk punya uang, capek bgt rasanya pengen udahan aja",
            "udh gk ada yg peduli sm sy, sendirian terus, mau nyerah aja", "rasanya pengen nyerah aja sama semuanya",
            "min aku capek bgt, gk lolos smp negeri, ortu marah2 terus, rasanya pengen ngilang aja",
            "saya baru dipecat, air gk ada, listrik mau diputus. rasanya pengen nyerah aja min"})
    void givingUpBesideLonelinessIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"capek bgt pacaran sama dia, pengen udahan aja", "capek bgt sama kerjaan ini, pengen udahan aja resign",
            "capek ngurus ktp bolak balik gk jadi2, pengen udahan aja", "sy sendirian ngurus ktp ini, pengen nyerah aja rasanya",
            "capek ngurus berkas, pengen nyerah aja sama semua persyaratan ini", "pengen ngilang dr sosmed dulu ah, capek",
            "capek bgt, hp sy ilang, ktp jg ilang"})
    void endingARelationshipOrAChoreIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong ada kecelakaan bus di jalan provinsi, banyak yang luka",
            "ada bus yg terguling di tanjakan, penumpangnya banyak yg luka",
            "suami sy naik bus yang kecelakaan itu, sampai skrg hp nya gk aktif",
            "ada minibus yang terguling di km 12, korbannya masih terjepit",
            "bapak sy korban kecelakaan kemarin, skrg kritis di icu butuh darah",
            "there was a bus crash just now near the market, people are bleeding"})
    void aCrashNowOrOnesOwnAboardIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
