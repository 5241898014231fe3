package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-ninth session (batches C41-H41, read): a scam that befell someone's parents ("menimpa orang tua saya"), falls told
 * as a road's record ("tiap hujan anak2 sekolah pada jatuh dr motor", "td pagi ada ibu2 jatuh dr motor" beside a pothole)
 * and electricity asked for as a service ("bantu pasang listrik gratis ... masih numpang listrik") got the emergency
 * reply. Thanks for help given since yesterday read as sarcasm ("makasih min udh nemenin warga dr kmrn, sehat selalu ya")
 * and went to a person. Sugar said to vanish from the market (batch N41) got the emergency reply too. The attacks keep a tree on a person, a fall now, a live wire in water and sarcasm about waiting.
 */
class ScamsBefallingAndFallsAsRecordTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"Saya mau melaporkan penipuan link bansos yang menimpa orang tua saya, tapi tidak ada yang angkat",
            "min mau lapor jalan ke arah samsat batu sari, di jl. merdeka depan sd negeri 3, ada lobang gede bgt, td pagi ada ibu2 jatuh dr motor",
            "min jalan ke SMAN 2 Pesisir Barat yg lewat desa Kuala Tenang rusak parah, lobangnya gede2. tiap hujan anak2 sekolah pada jatuh dr motor",
            "Min, sebenarnya ada tidak program dari pemprov untuk bantu pasang listrik gratis bagi warga kurang mampu? Soalnya tetangga saya rumahnya masih numpang listrik",
            "min ini bener gk? ada broadcast di grup WA keluarga katanya 'GULA AKAN HILANG DARI PASARAN SAMPAI LEBARAN, SEGERA STOK SEBANYAK2NYA' katanya dari Dinas Perdagangan Tirta Raya",
            "Selamat siang. Saya orang tua murid di SMPN 3 Kota Batu Sari. Mohon informasi apakah Pemerintah Provinsi Tirta Raya sudah mengeluarkan klarifikasi resmi terkait isu penculikan anak yang beredar sejak hari Senin. Terima kasih.",
            "penculikan di pesisir barat beneran?",
            "min cek dong ada link tirtaraya-info.blogspot yg judulnya \"Daftar Sekolah Rawan Penculikan 2024\", sekolah anak sy masuk list nomor 4",
            "mn nomer pengaduan diskominfo, sy mo lapor akun fb yg sebarin foto anak2 sd di bilang korban penculikan pdhl itu anak sy yg lg study tour",
            "min tolong bantu sy soal warisan tanah, kakak sy gk mau bagi padahal bapak udh meninggal 3 thn",
            "ijazah SMA sm S1 sy kebakar semua😭 bulan dpn sy mau daftar cpns. bisa minta duplikat gk?",
            "semangat ya kerjanya, pasti lg rame bgt chat masuk gara2 kebakaran",
            "sy ngontrak di lokasi kebakaran, yg punya kontrakan gk mau balikin uang kontrak sisa 8 bulan. pemerintah bisa bantu gk?",
            "bisa tolong buatin makalah ttg penanggulangan kebakaran gk min? 10 halaman, deadline besok 🙏",
            "ktp sy ilang pas ngurus bapak yg dirawat dbd, skrg RS minta fotokopi ktp buat administrasi. bikin ktp baru cepet gk min?",
            "lampu merah perempatan jl sudirman - jl pattimura sangkara mati dr pagi, kacau bgt ini tabrakan dikit lagi, gk ada polisi yg ngatur",
            "Selamat siang. Saya Kepala Desa Pulau Tapak Nyiur. Warga kami resah dengan kabar kecelakaan kapal penyeberangan yang beredar sejak kemarin.",
            "pagar pembatas jembatan sungai di jalan provinsi lembah hijau bolong kira2 5 meteran bekas ditabrak truk. ngeri kalo malem gk keliatan",
            "ayunan di taman kota sangkara (yg deket alun2) rantainya putus sebelah, bahaya buat anak kecil. toiletnya jg gk ada air samsek",
            "Sudah satu minggu sekolah kami tidak mendapat pasokan air sehingga toilet tidak dapat digunakan. Anak-anak kasihan."})
    void aScamARoadsRecordAndElectricityAsAServiceAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong pohon tumbang menimpa warga, orangnya masih di bawah",
            "bapak sy jatuh dari tangga barusan, kepalanya bocor gk sadar",
            "tolong!! kabel listrik putus di genangan depan rumah, anak2 masih main air",
            "anak sy jatuh dari motor di jl merdeka, berdarah banyak gk bisa bangun",
            "anak sy naik ke pohon ngejar kucing, skrg gk bisa turun, dahannya mau patah", "nenek sy hilang dari pasar td pagi, pikun",
            "tolong anak sy diculik orang di depan sekolah, dibawa pake mobil item barusan!!",
            "tolong ada penculikan anak di depan SD 3 barusan, pelakunya kabur naik motor!!", "bapak sy meninggal barusan di rumah, gk napas",
            "URGENT my 8 year old son is missing at Taman Kota Sangkara after the school event, we have been searching for 30 minutes. Who do I call???",
            "KEBAKARAN gara2 korsleting di gang 4, api makin gede!!", "kebakaran di lokasi bekas gudang, masih ada org di dalem tolong",
            "anak sy hilang pas ngurus ktp di dukcapil, umur 5 thn", "air udh masuk rumah sedada, nenek sy gk bisa jalan",
            "tadi tabrakan di perempatan, pengendaranya gk sadar berdarah"})
    void dangerNowStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih min udh nemenin warga dr kmrn, sehat selalu ya tim humas 🙏",
            "makasih bgt udah bantuin dari pagi, sehat selalu ya min",
            "makasih min udh bantu warga dari kemarin, semoga sukses ya"})
    void thanksForHelpSinceYesterdayIsPraise(String message) {
        Classification read = classifier.classify(message);
        assertThat(read.sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
        assertThat(read.signals()).as(message).doesNotContain(Classification.SARCASM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bagus ya, air mati dr kmrn", "bagus ya, sy nunggu dibantu dari kemarin gk ada yg dateng",
            "hebat ya, kerja dari kemarin gk ada hasil"})
    void praiseBesideWaitingStillMocks(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }
}
