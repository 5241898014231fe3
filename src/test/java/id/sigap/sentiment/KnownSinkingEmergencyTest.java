package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches E33 and B33, read: a ferry that sank, a dengue outbreak): questions about the sinking all
 * knew (its passenger list, aid for its victims' families, identifying the dead, a reporter's request) each got the
 * emergency reply, "dia gk bangun2" after a collapse got the building-permit entry, a wish to follow a dead child got
 * condolences, and (batch D33) an elder gasping, told in Javanese, got a person at normal priority. Each keeps the attacks that
 * would turn it into a missed emergency or a false alarm.
 */
class KnownSinkingEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"min ada daftar penumpang kapal yg tenggelam di pesisir selatan gk",
            "Punten, abdi bade naros. Aya bantosan kanggo kulawarga korban kapal nu tilelep teu? Kamana ngadaptarna?",
            "gmn cara identifikasi jenazah korban kapal? di rs mana, hrs bawa apa aja",
            "Hi, I'm a reporter. Can you give me the latest official statement on the ferry sinking and the number of survivors?"})
    void theSinkingAllKnowAskedAboutIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada kapal yg tenggelam di dekat pantai sy skrg!!",
            "kapal yg tenggelam itu msh ada org terjebak di dalam",
            "pak bu tolong sy. suami sy naik kapal yg tenggelam itu, hp nya gk aktif sampe skrg",
            "adik sy naik kapal yg tenggelam kemarin, blm ada kabar",
            "tolong kapal nelayan bapak sy mati mesin di tengah laut skrg, ombak gede"})
    void aSinkingReportedOrOnesOwnAboardStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dia gk bangun2", "suami sy gk bangun2 dari tadi", "anak sy gk bisa dibangunin, badannya panas"})
    void someoneWhoWillNotWakeIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"usaha kami hancur, kami tidak bisa bangun lagi", "warga tidak bangun rumah di bantaran",
            "pemprov kok gk bangun jembatan2 yg rusak"})
    void buildingOrRecoveringIsNoWaking(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** Batch B33 (read): wanting to follow a child who died, in despair, got condolences at normal priority. */
    @ParameterizedTest
    @ValueSource(strings = {"anak sy meninggal kemarin krn dbd. sy udh gk kuat lagi rasanya pengen nyusul aja",
            "suami sy udh meninggal 3 bulan, sy capek, pgn nyusul dia"})
    void wantingToFollowTheDeadIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak meninggal kemarin, kakak mau nyusul", "ibu sy meninggal, sy mau nyusul ke kampung buat pemakaman",
            "anak sy udh berangkat duluan ke posko, sy mau nyusul"})
    void comingAfterSomeoneIsNoWishToDie(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** Batch D33 (read: haze): an elder with asthma gasping, told in Javanese, got a person at normal priority. */
    @ParameterizedTest
    @ValueSource(strings = {"min, simbah ku asma, omah e neng lembah hijau. saiki ngos-ngosan ora iso turu, piye iki",
            "nenek sy asma kambuh, skrg megap2"})
    void someoneIllOrFrailGaspingIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"capek bgt ngos2an abis naik tangga posko", "anak sy abis lari2an ngos2an, wajar kan"})
    void outOfBreathFromEffortIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
