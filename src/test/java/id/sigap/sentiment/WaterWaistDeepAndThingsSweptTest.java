package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-eighth session (batches V39-Z39, read): water waist-deep in a house with no one named read positif and got
 * choices; books and uniforms swept away, a pothole where motorbikes have fallen this week and a fallen tree that hit no
 * one got the emergency reply; a child locked in a car in the heat was only a possible emergency (batch A40), as were strangers forcing their way into a home (batch F40);
 * homework on a forest fire's effects and a pothole where a motorbike fell last night got the emergency reply (batches
 * G40, J40), as did a letter about a fire asked for papers and a pothole fall told as last night's (batches T40, V40). The attacks keep the past flood, a knee-deep one, people swept and someone fallen now.
 */
class WaterWaistDeepAndThingsSweptTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"min air masuk rumah udh sepinggang, kali meluap. perumahan bumi indah pesisir barat",
            "rumah kami kebanjiran sampai dada, kali meluap", "air masuk rumah sampai dada, kami di lantai 2",
            "tolong anak kecil hanyut di sungai cibening deket jembatan desa karang!!!",
            "ada motor jatuh ke lubang amblas di jl merdeka, pengendaranya belum keluar",
            "TOLONG ADA ANAK KECIL KEKUNCI DI MOBIL di parkiran pasar sentral sangkara, udh nangis lemes, panas bgt",
            "a baby is locked in a car at the mall parking lot, it's very hot",
            "TOLONG MIN ada 2 org di depan rumah ngaku petugas dukcapil mau 'verifikasi data' maksa masuk, sy sendirian sama anak2",
            "ada lubang amblas di jl merdeka, barusan ada motor jatuh, pengendaranya pingsan",
            "tolong kebakaran di sekolah!! api makin besar, murid2 masih di dalam",
            "kebakaran di rumah sebelah!! ktp sy masih di dalam, api makin besar"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kemarin air masuk rumah sepinggang, skrg udh surut. bantuan kapan dtg",
            "rumah sy kebanjiran selutut dr subuh",
            "bu/pak, buku2 sama seragam anak sy hanyut semua. apa ada bantuan seragam/buku dari dinas pendidikan?",
            "jalan provinsi ruas sangkara - lembah hijau km 14 ada lubang gede bgt, udh 2 motor jatoh minggu ini",
            "min pohon tumbang di jl. flamboyan kota sangkara deket SMPN 6, nutup jalan, untung gk ada yg ketiban",
            "kunci mobil sy ketinggalan di dalam, anak sy bawa kunci serep gk ya",
            "kemarin ada org ngaku petugas maksa masuk rumah tetangga, itu resmi gk?",
            "anak sy dipaksa masuk sekolah swasta sama kepala sekolah, boleh gk?",
            "kak bantuin pr aku dong, sekolah libur krn asap. soalnya: sebutkan 5 dampak kebakaran hutan bagi lingkungan",
            "jalan provinsi km 14 deket jembatan cikaret ada lubang gede bgt, semalem ada motor jatuh. mohon segera diperbaiki",
            "jalan raya sangkara - batu sari km 17 lubangnya parah bgt min, td malem ada pemotor jatuh lg. kapan diperbaiki?",
            "surat kehilangan dari polisi perlu juga ya meskipun ada surat keterangan kebakaran dari desa?"})
    void thingsAndPastHarmAreNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
