package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-first session (batches O57-R57, read): water rising waist-deep in the house with a plea, a tsunami siren sounding
 * where the writer is, the sea drawing back after a strong quake, machines keeping a patient alive without power and a
 * Minang landslide burying a car with people inside are emergencies. A pasted chain message asked about (its "!!" are
 * the chain's), hearsay of phones exploding, a school's lost signal, street lights out "rawan kecelakaan sm begal", a
 * boundary stone lost, a household living elsewhere for a month after its house burned, a flood seen in the news with the
 * writer's family safe, falls counted, trucks often stuck, an ambulance that came and took the victim away, a wife in
 * hospital told in Javanese, "DARURAT" about a cat, a child who no longer falls in the mud and a fish-seller's blackout are
 * not. The attacks keep a siren drill, the sea's drawing back asked about as a sign, a displaced household whose water
 * rises again now, and a rumour asked beside the sea drawing back "barusan".
 */
class ChainsSirensAndHomesLeftTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "TOLONG MIN AIR NAIK CEPET BGT UDH SEPINGGANG DI DALEM RUMAH",
            "sirine tsunami bunyi di pantai!!! kami harus lari kemana??",
            "barusan gempa kenceng bgt sampe gk bisa berdiri, sy di rumah dkt pantai. bakal tsunami gk??? air laut kayaknya surut",
            "tolong bapak sy di ICU RSUD, listrik padam dan genset gk nyala, alat2 bunyi semua perawat panik",
            "LONGSOR di jalan sitinjau lauik barusan!! ado oto nan tatimbun, urang di dalamnyo!!",
            // attacks: the displaced household's water rising again now; a rumour asked while the sea draws back now
            "kami numpang di rumah saudara udh 3 hari, skrg air naik lagi sampe dada, tolong",
            "katanya ada tsunami, bener gk? barusan gempa, air laut surut, kami di pantai"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ini beneran dr BMKG?\n\n\"BMKG: Akan terjadi gempa 8,7 SR pukul 23.00 malam ini disertai tsunami. Matikan listrik, siapkan tas darurat. Jangan tidur di dalam rumah!!\"",
            "jgn angkat telpon dr nomor +62 878 000 xxxx katanya hp bisa meledak kayak kejadian di malaysia. beneran min? 😂 nenek sy percaya bgt",
            "Yth. Admin, kami dari SMPN 4 Batu Ampar ingin melaporkan bahwa sinyal internet di sekolah kami sangat lemah bahkan sering hilang, padahal minggu depan ada asesmen berbasis komputer. Mohon informasi apakah ada program bantuan jaringan dari Diskominfo. Terima kasih.",
            "lampu jalan di jalan provinsi dr simpang tiga sampe jembatan mati semua udh seminggu, gelap bgt rawan kecelakaan sm begal",
            "sertifikat tanah sy ikut hanyut min, bisa diurus lg gk? takut tanahnya diklaim org krn patoknya jg udh ilang",
            "bang aye numpang di rumah enyak aye udeh sebulan, rumah aye kebakaran. ntu bantuan sewa rumah ade kagak sih? kalo ade daftarnye kemane",
            "bantuan buat korban banjir bandang kapan cairnya ya? udh 3 minggu kami numpang di masjid, anak2 udh pd gatel2",
            "min liat berita td ada banjir bandang di provinsi sebelah, ngeri ya 😢 keluarga sy aman sih alhamdulillah",
            "Assalamualaikum min, ambo nio malapor jalan di kawasan lembah anai banyak lubang gadang, lah banyak urang jatuah dari motor",
            "min jalan poros ke desa kami di kapuas hulu kalo hujan jadi bubur, truk sembako sering terjebak sampe 2 hari",
            "alhamdulillah min, ambulans udh dateng cepet tadi waktu kecelakaan di simpang tiga, korbannya udh dibawa ke RS",
            "bojoku kecelakaan amarga dalan bolong nang jl raya pati-juwana, saiki nang rumah sakit, biaya akeh banget",
            "td liat di berita ada bus masuk jurang di jalur puncak, itu bener min?",
            "DARURAT MIN!!! kucing sy gk mau makan dr kemarin 😭😭",
            "serius ini bukan nyindir ya min, makasih bgt skrg anak sy ke sekolah gk kecebur lumpur lg",
            "Saya jualan ikan beku di pasar. Hari Sabtu kemarin listrik padam dari jam 8 pagi sampai jam 11 malam, tanpa pemberitahuan. Ikan saya busuk semua. Saya bingung harus ngadu kemana lagi, anak saya 3 masih sekolah. Apa ada bantuan atau ganti rugi dari pemerintah? Tolong bantu saya",
            "katanya ada begal pura2 jadi korban kecelakaan di jalan lintas riau-sumbar malam hari, trus pas kita berhenti dirampok",
            // attacks: a siren drill; the sea's drawing back asked about as a sign
            "sirine tsunami bunyi tadi pagi, itu latihan ya min?", "tanda tsunami itu air laut surut ya min? abis gempa"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** Mockery told without applause (batch Q57, read): praise beside a complaint told without a complaint word. */
    @ParameterizedTest
    @ValueSource(strings = {
            "oh iya bagus sekali pelayanannya. antri dari subuh buat akta kelahiran anak trus jam 11 disuruh balik minggu depan karena blangko habis. luar biasa.",
            "ambulans dateng 2 jam setelah ditelpon minggu lalu, mantap, pasiennya udh sembuh sendiri duluan 👍",
            "makasih ya min udh dibales otomatis terus, berasa curhat sama tembok 🙂"})
    void mockeryIsNoPraise(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "terima kasih min, terpal sama beras udh nyampe ke posko kami td sore 🙏🙏 sehat2 ya semua petugasnya",
            "Terima kasih kepada tim BPBD yang kemarin sigap mengevakuasi warga RT 04 RW 07. Sangat membantu kami.",
            "makasih min, pohon yg tumbang di jl veteran udh dibersihin petugas tadi pagi 🙏🙏 cepet bgt"})
    void sincereThanksStayPositive(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
    }
}
