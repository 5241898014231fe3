package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fortieth session (batches E43 and I43, read): water waist-deep told before the house ("AIR UDH SEPINGGANG DLM RUMAH")
 * got a ticket at the normal priority; falls counted in words on a road's record ("udh bbrp org jatuh") got the emergency
 * reply. Later batches (V43 and S43, read after their measurement): a flood named as what came in, a fire shouted at the
 * admin though the house next door "udh kebakar"; not an emergency, a bus crash's crisis centre asked for (W43), land burnt with compensation asked (U43), falls counted this month (M44). The attacks: the depth told as yesterday's, a fall just now beside a
 * pothole, a fire's aftermath asked about after the shout, stay as they were.
 */
class DeepWaterShoutedFiresAndAftermathsTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"TOLONG MIN AIR UDH SEPINGGANG DLM RUMAH", "air sedada di dalam rumah, anak2 di atap",
            "tolong min banjir masuk rumah udh sepinggang",
            "KEBAKARAN MIN di jl. kenanga gang 4 batu sari, rumah sebelah udh kebakar",
            "korban kecelakaan di depan rumah sy berdarah gk sadar, tolong",
            "barusan ada kecelakaan bus itu di tikungan, penumpangnya kejepit",
            "kebun sy kebakar apinya makin gede, ganti rugi nanti aja tolong damkar",
            "tolong anak sy jatuh dr motor barusan, kepalanya berdarah",
            "ada lubang gede, barusan ada orang jatuh ga sadar", "lubang di jl merdeka, td ada anak jatuh kepalanya berdarah"})
    void waterDeepAtHomeAndAFallNowAreEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jln di desa sukamaju kec lembah hijau rusak parah min, lubang2 gede bgt udh bbrp org jatuh 😤",
            "kemarin air sepinggang di dalam rumah, skrg udh surut", "kebakaran min di pasar, kios sy udh kebakar semua, kapan bisa jualan lg",
            "min kios sy yg kebakaran kemarin kapan dibersihin",
            "nomor hotline crisis center kecelakaan bus brp min? yg di postingan ig kok gk bisa ditelpon",
            "kebun kopi sy kebakar min 1 hektar lebih, ada ganti rugi gk dr pemerintah?",
            "udh 2 anak jatuh dr motor bulan ini", "kemarin banjir masuk rumah sampai sepinggang, sekarang sudah kering",
            "jalan berlubang, banyak motor jatuh tiap hari"})
    void fallsCountedAndWaterGoneAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
