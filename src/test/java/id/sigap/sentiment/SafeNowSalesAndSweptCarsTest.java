package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-second session (held-out wave G59-J59, read after its measurement): a car swept away by the current, "mending gk
 * usah hidup aja" and a newborn with a fever of 39 degrees are emergencies; a faint told after "sekarang sudah di rumah", a
 * night of rising water told from the shelter, a road sunk into a hole reported, "kebakaran" for a sale, the haze's air
 * quality asked and floods "3x setahun" told in anger are not. The attacks keep someone still at risk beside the safe, a
 * fall that is sudden or has its rider in the hole, a fire in a mall during a sale with people trapped, and water rising
 * at home now.
 */
class SafeNowSalesAndSweptCarsTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "ada mobil kebawa arus di jembatan kali bekasi!!",
            "kadang kepikiran mending gk usah hidup aja",
            "bayi sy baru 10 hari, listrik mati dr kmrn rumah panas bgt. skrg badannya panas 39 derajat, nangis trs gk mau nyusu",
            // attacks
            "kami sekarang sudah di posko tapi nenek masih di rumah, air sudah sedada",
            "tadi pingsan, sekarang sudah sadar tapi sesak napas lagi, tolong",
            "jalan desa amblas tiba2 jadi lubang gede, ada motor masuk ke dalem sm pengendaranya",
            "kebakaran di mall pas diskon, ada orang terjebak di dalam",
            "sekarang sudah di rumah tapi air masuk terus sampai dada, tolong",
            // wave O59-R59 (written after the rules above, read after its measurement): the attacks on its two mends
            "mobil kebawa arus, sopirnya masih di dalam",
            "kata orang ada banjir bandang, tolong anak sy masih di sungai"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Saya tadi sempat pingsan kena panas waktu aksi di depan kantor gubernur, sekarang sudah di rumah.",
            "semalem bener2 kyk mimpi buruk. jam 1 air masuk, jam 2 udh sepinggang, kami naik ke lantai 2 tetangga. jam 4 tim SAR dtg pake perahu, kami dibawa ke SD. skrg udh di posko, dpt nasi bungkus sm selimut",
            "min jalan di depan SDN 3 Cibeber ambles abis banjir, lubangnya gede bgt, motor udh ada yg jatuh td pagi",
            "anjir kebakaran!! 🔥🔥 diskon di mall gede2an",
            "asap dr kebakaran lahan makin tebel, ISPU hari ini brp",
            "GUBERNUR KMN AJA?? ortu sy udh tua kebanjiran 3x setahun, tiap taun janji normalisasi sungai gk ada hasilnya!!",
            "mobil kami kebawa arus tahun lalu, ada ganti rugi gk?",
            // wave O59-R59, read after its measurement: the car's people safe; "people say" a flash flood came again
            "mobil sy kebawa arus nyangkut di bawah jembatan, org nya aman kok",
            "Ambo nak batanyo, jalan ka Bukittinggi lewat Lembah Anai alah bisa dilewati? kato urang ado galodo baliak"})
    void overOrFigurativeIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
