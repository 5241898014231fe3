package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (batches M51-O51, read): six messages with no one in danger now got the emergency reply. A
 * wheelchair swept away asked about as an assistive device ("alat bantu"), a Sundanese school uniform swept away
 * ("saragam sakola budak abdi palid"), an hour stuck at a roundabout in a sarcastic complaint, who is to blame for water
 * released last night, a Javanese father long unable to walk asking for care at home, a tetanus shot before a birth to
 * come. Batch P51 (read): things burnt in a fire that is over, their aftermath asked about (a uniform and books, a stove, a
 * kitchen, a house "kebakar jg" beside a missing name on the aid list, the news of a fire and a donation). The attacks keep a
 * child swept away, water rising now, a sudden stroke, a birth under way, people still trapped, a fire spreading now, a
 * child inside, a burn. Batches M51 and Q51 (read): a husband long gone, told to ask about divorce; a husband not back from
 * the sea last night stays an emergency.
 */
class ThingsSweptAndBlameForThePastTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "adik sy disabilitas, lumpuh kaki. kursi rodanya rusak kebawa banjir. ada bantuan alat bantu dr dinsos prov gk min?",
            "min, saragam sakola budak abdi palid kabawa caah. aya bantuan saragam teu kanggo murid korban banjir?",
            "wow keren bgt pemprov, jalan ditutup gk ada pengumuman, sy kejebak 2 jam di bundaran tugu. mantap. kerja bagus 👏👏👏",
            "kmrn malem bendungan dibuka gk ada pengumuman sama sekali. warga bantaran kaget air naik tengah malem. siapa yg "
                    + "tanggung jawab??",
            "Mas/mbak, bapakku wis gak iso mlaku, stroke. Opo ono layanan puskesmas sing iso teko nang omah? Aku nang Kota "
                    + "Sangkara",
            "bu bidan bilang sy hrs suntik TT sebelum lahiran. itu di puskesmas gratis kan? skrg hamil 6 bln",
            "kak anak sy SD kelas 4, seragam sm buku nya kebakar semua. besok msh boleh sekolah pake baju biasa gk? trus ada "
                    + "bantuan seragam gk dr pemerintah?",
            "rumah sy cuma kebakar bagian dapur, mau ditinggalin lg. tp listrik diputus PLN. nyambungnya lg gmn? ada biaya?",
            "nuwun sewu, kulo mbah Sarmi. matur nuwun sanget dhateng mas mbak relawan. menawi wonten, kulo nyuwun kompor gas "
                    + "kangge masak, kompor kulo kobong",
            "nama sy gk ada di daftar penerima bantuan yg ditempel di posko. pdhl rumah sy kebakar jg, sy tinggal di Blok C no "
                    + "12. knp bisa gk masuk??",
            "Hello, I'm an expat living in Kota Sangkara. I saw the news about the fire at the housing complex. Is there an "
                    + "official way to donate money?",
            "min mau nanya cerai gmn caranya. suami gk pulang2 udh 6 bulan sejak gk melaut, gk ngasih nafkah",
            "mau tanya min, ngurus cerai di mana ya? suami sy gk pulang2 dr sebelum banjir"})
    void noOneInDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"budak abdi palid kabawa caah, tulung",
            "kemarin bendungan dibuka, skrg air naik lagi, warga panik, siapa yg tanggung jawab??",
            "kemarin bendungan dibuka, air masih naik, warga panik, siapa yg tanggung jawab??",
            "bapak sy tiba2 stroke, gk bisa jalan, dokter bisa ke rumah skrg?",
            "istri sy mau lahiran sekarang, ketuban pecah, tolong", "istri sy melahirkan sekarang di posko",
            "sebelum lahiran istri sy pendarahan banyak bgt tolong",
            "tolong bantu nenek sy lumpuh gk bisa keluar, air udh masuk rumah", "sy terjebak di lift 2 jam",
            "rumah sy terbakar juga sekarang, apinya merembet", "warung sy ikut terbakar, anak sy kejebak di dalem",
            "obat bapak sy kebakar, sekarang dia sesak napas gk sadar", "TOLONG rumah sy terbakar",
            "baju anak sy kebakar, kulitnya melepuh parah", "suami sy blm pulang dr melaut dr kmrn subuh, tolong",
            "suami sy blm pulang dr melaut sejak semalam, badai, hp nya mati"})
    void dangerNowStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
