package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-ninth session, held-out batches A56-F56 read after their measurement (in-sample): a post for lost children, a
 * child's lost booklet, a long illness, the papers of a death, the site of a known accident asked about, an ID card run
 * over, ash swept off a roof and an emergency room's refusal told got the emergency reply; chest clutched before a fall
 * was only a possible emergency. The attacks keep a child lost at a post,
 * a stroke now and a person still trapped at the accident's site.
 */
class LostChildPostAndChestPainTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"min ada kakek2 di antrian kantor pos pesisir barat megangin dada terus jatoh skrg keringet dingin",
            "anak sy hilang di pasar", "di posko pengungsian anak sy hilang, udh 2 jam", "TOLONG anak sy hilang di posko",
            "bapak sy tiba2 stroke, mulutnya mencong", "di lokasi kecelakaan masih ada org kejepit tolong",
            // batches E56 and F56, read after their measurement: the attacks
            "anak sy kelindes motor, kakinya berdarah", "hp sy rusak, adik sy kelindes truk tolong",
            "kami bertahan di genteng, air naik terus", "ini gawat darurat min tolong",
            "TOLONG semalem anak sy kesetrum skrg blm sadar",
            "kapal nelayan bapak sy ga balik dr semalem, radio terakhir bilang lambungnya bocor",
            // batches I56 and K56, read after their measurement: the attacks
            "air sempat surut tp skrg naik lagi udh sepinggang, nenek sy di dalam",
            "tolong ada begal di jalan depan rumah, tetangga sy ditodong",
            "rumah kebakaran, skrg udh padam tp adik sy masih kejebak di dalam",
            // batches B56 and D56: the attacks (a contrast before "now", someone still unconscious)
            "tadi anak sy pingsan, udh sadar tp skrg kejang lagi", "kemarin bapak jatuh, sekarang masih nggak sadar",
            "bukan sekarang, tapi barusan tetangga sy kesetrum",
            "bapak sy lagi cuci darah tiba2 kejang, tolong", "ibu sy pas kontrol rutin tiba2 stroke, mulutnya mencong"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"buku kia pink anak sy ilang pas pindahan, gmn cek dia udh imunisasi apa aja",
            "min ada posko anak hilang gk di acara HUT nanti? takut rame bgt",
            "Min, posko budak leungit di mana nya? Abdi bade ngiring pawai sareng murangkalih",
            "ibu sy lagi sakit stroke gk bisa jalan ke kantor pos. bisa diwakilin sy gk min?",
            "Mas min, ngurus akta kematian kanggo korban kapal sing durung ketemu jasade piye ya?",
            "gubernur kok gk dateng ke lokasi kecelakaan? sibuk kampanye ya 🙄",
            // batches E56 and F56, read after their measurement: a card run over, work on a roof, a refusal told
            "sore min. ktp elektronik sy patah jd 2 gara2 kelindes motor 😅 cara ganti nya gmn ya",
            "mata sy perih terus abis bersihin abu di genteng, pake obat apa ya?",
            "min anak sy td mencret2 dari pagi, dibawa ke IGD malah dibilang bukan kriteria gawat darurat jd hrs bayar umum",
            // batch Y55, read after its measurement: "semalem" (last night) was not read as "semalam"
            "semalem ada warga kampung sebelah meninggal kesetrum kabel yg jatuh pas hujan 😢",
            // batches I56 and K56, read after their measurement: water gone down, robbers feared, smoke gone
            "min minggu lalu rumah sy kebanjiran sampe sepinggang, skrg udh surut. ada bantuan dr pemprov gk ya buat korban?",
            "mbok ndang didandani, wedi ana begal",
            "kmrn sore sy liat asap tebal dr arah hutan deket km 12 jalan lintas pesisir, skrg sih udh gk keliatan. lapornya kmn ya biar dicek?",
            // batches B56 and D56, read after their measurement: "now" told as the state that ended it, or a bill now
            "kemaren anak sy pingsan pas disuntik di sekolah tp udh sadar & sehat skrg. itu hrs dilaporin kmn ya? takutnya ada apa2",
            "min sepupu sy tahun lalu hampir tenggelam di pantai pesisir barat, sempet dirawat icu. tagihannya ditanggung bpjs gk ya kalo kecelakaan gitu? skrg msh nyicil ke rs",
            // batch O56, read after its measurement: "not now, just in case"
            "min, klo ada org kesetrum pas listrik nyala lg hrs ngapain? bukan skrg sih, cuma jaga2 aja krn kabel di gang sy berantakan",
            // batch F56, read after its measurement: routine care asked for someone ill for long
            "min ambulans desa itu bisa dipake buat nganter kontrol rutin gk? ibu sy stroke gk bisa naik motor",
            "mertua sy kena stroke ringan thn lalu, skrg rutin fisioterapi. jadwal fisioterapi di RSUD hari apa aja?"})
    void aPostAPaperOrAnOldIllnessIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min listrik di perumahan sy mati dr semalem abis badai, kapan nyala lg ya", "listrik mati dari semalam"})
    void anOutageSinceLastNightIsAPlainReport(String message) {
        // held-out batch Y55: once "semalem" was read "semalam", "dari semalam" had to be a plain time like "dari kemarin"
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"listrik mati dari semalem, kesel bgt gk ada kabar!!"})
    void anOutageSinceLastNightWithAngerIsNot(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NEGATIF);
    }
}
