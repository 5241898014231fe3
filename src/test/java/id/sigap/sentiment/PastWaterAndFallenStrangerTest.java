package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fiftieth session (batches Q56-T56, read): a stranger who fell and does not get up, a live wire down in water where
 * children play told with "hehe", oxygen a grandmother lives on running out are emergencies; water at home told of
 * yesterday, water that comes with every rain, a fire put out, being nearly electrocuted, a child who drank tap water
 * and is fine now, being home safe now and days without water and power are not. The attacks keep water still in the
 * house since yesterday, a fall with a danger beside it, a fire still burning, a live wire with no one joking.
 */
class PastWaterAndFallenStrangerTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "min sy lg antri di samsat kota, bapak2 sebelah sy tiba2 jatuh trs gk bangun2 nih. oiya pajak mobil bisa dibayar online gk sih?",
            "nenek sy jatuh di kamar mandi terus gak sadar",
            "min mau tanya aja sih, ini di depan rumah ada kabel listrik putus kena pohon tumbang abis longsor, nyentuh genangan air, anak2 pada main di deket situ hehe. PLN nomornya brp ya",
            "Kabel PLN putus, ujungnya nyentuh genangan depan SD, bentar lagi jam pulang sekolah",
            "btw nenek sy pake alat oksigen listrik, udh mati dr tadi subuh, tabung cadangan tinggal dikit bgt. ada posko yg punya genset gk ya",
            // attacks: water still there since yesterday, a past clause beside water rising now, a fire still burning
            "dari kemarin air masuk rumah sampe sepinggang, nenek sy gk bisa jalan",
            "kemarin air masuk rumah sampe sepinggang, sekarang naik lagi sampe dada, anak sy masih di loteng",
            "genset di posko kebakar, apinya masih gede, udh dipadamin sebagian tp merembet ke tenda",
            "tiap ujan air naik ke rumah, sekarang udh sedada dan nenek sy terjebak di kamar tolong"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "assalamualaikum min maaf ganggu, sy ibu rumah tangga di desa tegal rejo, suami kerja serabutan. kemarin air masuk rumah sampe sepinggang, semua buku sama seragam anak2 sy tiga orang basah semua udh gk bisa dipake, tas juga. nanti kalo sekolah masuk lagi mereka pake apa. ada bantuan perlengkapan sekolah gk ya dari dinas?",
            "ini udh laporan yg keempat kalinya ya. gorong2 di depan pasar lama mampet, tiap ujan dikit air naik ke rumah warga. tiap lapor dijawab \"akan diteruskan\". diteruskan ke mana??",
            "td sore genset di posko balai desa tegal rejo kebakar, udh dipadamin warga pake karung basah. gk ada korban. tp sekarang posko gelap gk ada listrik",
            "kemarin malem sy sempet kejebak di mobil pas tanah turun di km 14, untung udh dievakuasi warga. skrg sy udh di rumah",
            "anak sy tadi minum air keran sebelum sy baca berita racun itu. skrg sih baik2 aja lg main. perlu ke igd gak ya 😟",
            "SUDAH 4 HARI!!! 4 HARI TANPA AIR DAN LISTRIK. KAMI INI WARGA ATAU BUKAN??",
            "usaha sy jatuh terus gak bangun lagi sejak banjir, ada bantuan modal?",
            "kabel listrik putus kemarin, udh dibenerin pln kok wkwk"})
    void pastHabitualOrOverIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"semangat ya min, pasti capek bales chat warga terus 😁",
            "pagi min 😁 semangat ya kerjanya, pasti capek ngurusin longsor terus"})
    void sympathyForTheStaffIsNoMockery(String message) {
        Classification c = classifier.classify(message);
        assertThat(c.sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
        assertThat(c.signals()).as(message).doesNotContain(Classification.SARCASM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUDAH 4 HARI!!! 4 HARI TANPA AIR DAN LISTRIK. KAMI INI WARGA ATAU BUKAN??",
            "SUDAH 5 HARI JALAN DITUTUP DAN TIDAK ADA SATUPUN PETUGAS YG DATANG KE KAMPUNG KAMI. KAMI INI DIANGGAP APA?? bahan makanan mulai habis"})
    void askingWhetherOneCountsAsACitizenIsNegative(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jangan sampai lupa bawa ktp ya, kalau dilupakan nanti ditolak", "pin atm sy terlupa, ngurusnya dmn"})
    void anItemForgottenIsNoCitizenForgotten(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isNotEqualTo(Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ini bot ya? dr tadi jawabnya muter2 aja", "udh 3x sy nanya disini jawabannya muter2 aja",
            "kayaknya pertanyaan sy terlalu ribet buat dijawab mesin deh"})
    void answersGoingRoundAskForAPerson(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jawabannya udah jelas, makasih min", "cara jawab surat dari dinas gimana ya",
            "ini bot ya? pinter juga"})
    void otherWordsOfAnswersAskForNoOne(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isFalse();
    }
}
