package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batches E55 and F55, read). A grandmother's cracked house beside her grandchild's school in a tent, a
 * motorbike damaged by what fell, two teachers' voices clashing ("suara tabrakan") and neighbours who carry water for the
 * shelter got the emergency reply. The attacks keep a crack with a child asleep inside, a house fallen on a child, a crash
 * with a rider lying on the road and a landslide with someone inside emergencies.
 */
class CrackMotorbikeAndVoicesTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"Assalamualaikum. Saya nenek umur 70 th, rumah saya retak dan cucu saya sekolahnya pindah ke tenda. Saya "
            + "bingung harus daftar bantuan ke mana", "motor sy juga rusak ketiban",
            "1 tenda diisi 2 kelas sekaligus, gurunya ngajar gantian suara tabrakan. anak sy gk ngerti apa2. bisa minta tenda tambahan gk?",
            "Bahkan ada yg jarang dtg tp tetep masuk daftar absen. Sementara warga yg tiap hari bantu ngangkat air gk dapet apa2.",
            "halo kak, kami mahasiswa di kota batu sari mau jadi relawan bantu distribusi air. bisa daftar ke BPBD atau gmn?"})
    void aCrackBesideAGrandchildADamagedMotorbikeClashingVoicesOrCarriedWaterAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rumah retak parah anak saya masih tidur di dalamnya", "rumah roboh, anak saya tertimpa",
            "tabrakan di jalan raya, pengendara motor tergeletak", "rumah tetangga longsor, adiknya masih di dalam"})
    void someoneUnderOrInsideStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
