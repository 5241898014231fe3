package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (batches S51-V51, read): six messages with no one in danger now got the emergency reply. Fireworks
 * named in an angry complaint ("... konser sama kembang api, ... Anak sekolah jatoh tiap musim hujan. ...!!"), two hours
 * stuck in traffic, a shelter's water supply off beside children with diarrhoea and a request for toilets, a poisoning
 * feared for the buyers of fish, whether it is safe to climb onto an ash-laden roof, a birth supposed ("klo tiba2 mau
 * lahiran gmn?"). The attacks keep a fire, someone stuck in a lift, water rising, a poisoning had, people on a roof and a
 * birth under way emergencies.
 */
class FireworksTrafficAndFearedPoisoningTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "Gubernur ngabisin APBD miliaran buat konser sama kembang api, sementara jalan di desa sy di Lembah Hijau rusak "
                    + "parah udh 5 th gk pernah dibenerin. Anak sekolah jatoh tiap musim hujan. Kalian humas cuma bisa pencitraan!!",
            "Tadi sore sy pulang kerja lewat Jl. Sudirman Sangkara, tiba2 ditutup total buat gladi pawai HUT. Sy kejebak hampir "
                    + "2 jam, anak sy nungguin di sekolah sampe magrib. Kalo mau nutup jalan tolong diumumin dr jauh2 hari dong",
            "Permisi admin. Saya pengungsi di GOR Lembah Hijau. Toilet di sini hanya 4 untuk sekitar 600 orang, air sering mati, "
                    + "sudah sangat bau. Banyak anak mulai diare. Mohon segera ditambah toilet portable dan air bersih.",
            "Bbrp hari ini banyak ikan mati kebawa arus ke muara. Ikan yg masih hidup aman dimakan gk ya? Sy takut jual ke pasar "
                    + "nanti orang keracunan",
            "atap rmh sy di sangkara udh ketutup abu tebel lumayan. perlu dibersihin gk? takut ambruk. bahaya gk naik ke atap",
            "kak sy lg hamil 8 bulan, skrg di pengungsian. klo tiba2 mau lahiran gmn? ada bidan standby gk di posko?"})
    void noOneInDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kebakaran! api udh ke atap, ada orang di dalam", "sy terjebak 3 jam di dalam lift, tolong",
            "tolong air naik terus, anak sy masih di dalam", "anak sy keracunan makanan, muntah2",
            "air udh se atap, kami naik ke atap", "kalau mau lahiran sekarang ketuban udh pecah gmn, tolong",
            "istri sy mau lahiran sekarang, ketuban pecah, tolong"})
    void dangerNowStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
