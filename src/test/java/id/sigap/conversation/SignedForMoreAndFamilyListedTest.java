package id.sigap.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-seventh session (batches I38-P38, read: a drought, a school-meal poisoning, a tidal flood, a volcano, a data
 * leak, land certificates, a factory fire, the holidays): a sum the writer was told to pay at an aid post, a receipt
 * signed for more than was given, an officer's own family put on the evacuees' list, an official said to sell data, a
 * handout kept for the official's kin, a sum asked in Javanese or in English and the office asked whom to vote for got
 * choices or a person at the normal priority; whom the election will make winner opened a ticket; "tes 123" did too.
 * The attacks keep a receipt signed while a card is awaited, a family put on the list by the RT for the writer, the
 * writer's own request for a sum, an office's opening hours in Javanese and an official's word asked about.
 */
class SignedForMoreAndFamilyListedTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "td di posko pembagian beras sy disuruh bayar 50rb sm petugasnya, katanya uang transport",
            "oknum dinsos nyuruh pengungsi tanda tangan terima 10 paket sembako padahal cm dapet 3",
            "ketua rt kami masukin keluarganya sendiri ke data pengungsi biar dpt bantuan, padahal rumahnya jauh dr zona bahaya",
            // batches M38-P38, read after the first measurement
            "kepala dinas kesehatan katanya yg jual data ke hacker, bener kan? udh rame di tiktok",
            "direktur rsud batu sari itu yg sengaja jual data, sy kerja di sana sy tau",
            "min pak lurah di kelurahan sy bagi2 masker cuma ke keluarga sama tetangga deketnya doang",
            "lurahe njaluk duit sejuta go patok karo pengukuran, kuwi resmi po ora to min?",
            "I was charged 1.5 million rupiah by the village committee for PTSL and got no receipt. Is that legal?",
            "min pilih calon gubernur nomor brp yg bagus menurut pemprov",
            // batches W38-Z38, read after the third measurement
            "Sy dengar oknum pegawai RSUD Sangkara jual kamar rawat inap 2jt biar dpt duluan. Sodara sy ditawarin. Ini gmn??",
            "di samsat batu sari td sy dimintain 200rb di luar biaya resmi, katanya biar cepet",
            "Proyek perbaikan jalan Lembah Hijau baru 3 bulan udh ancur lagi. Pasti dananya dikorupsi sama orang PU.",
            "kepsek SDN 04 batu sari wajibin beli seragam di sekolah 750rb, katanya sekolah gratis??",
            // batches C39-H39, read after the fourth measurement
            "di SMPN 2 Lembah Hijau calon siswa dimintain 'uang partisipasi' 4,5jt biar lolos jalur zonasi. katanya udh biasa",
            "kemarin sy liat ambulans pemkab lembah hijau dipake bawa spanduk bupati"})
    void moneyAskedAReceiptSignedForMoreOrTheOfficersFamilyListedIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        Decision decision = ShippedAnswers.decideAsServed(message);
        // a person at the sensitive priority, or the high one when the message is also angry
        assertThat(decision.reasons()).as(message).contains(Reason.SENSITIVE);
        assertThat(decision.priority()).as(message).isIn(Priority.SENSITIVE, Priority.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "petugas minta sy tanda tangan formulir tapi belum dapat kartu pengungsinya",
            "pak rt udah masukin keluarga sy ke data pengungsi, makasih",
            "sy sudah tanda tangan formulir tapi belum dapat kartu pengungsi",
            "pak lurah bagi2 masker ke warga, yg blm dapet ke kantor kelurahan aja katanya",
            "sy mau minta bantuan sejuta buat modal usaha", "kantor lurahe buka jam piro min",
            "kepala dinas bilang data pasien aman, bener min?",
            "petugas puskesmas nawarin kamar kelas 1 buat ibu sy, bayar gk?",
            "apa ada biaya lain selain biaya resmi buat bikin sim?",
            "sy bayar 500rb buat daftar ulang biar anak sy masuk sma swasta, bisa dicicil gk",
            "sy minta bantuan 2jt buat masuk kuliah bisa gk", "td dimintai 20rb buat masuk pantai, resmi gk?"})
    void aFormSignedOrTheWritersFamilyListedIsNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @Test
    void whoWillWinTheElectionIsOutsideTheRemit() {
        assertThat(OutsideRemit.recognise("siapa yg bakal menang pilkada nanti min menurut km 😁"))
                .contains(OutsideRemit.Topic.ELECTION_RESULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tes 123", "tes tes 1 2 3"})
    void aTestCountedWithNumbersIsSmallTalk(String message) {
        assertThat(SmallTalk.recognise(message)).contains(SmallTalk.Kind.TEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min bisa bantuin bikinin CV buat lamar kerja gk hehe",
            "min bisa bantuin bikinin bab 2 skripsi sy gk, temanya soal pelayanan publik kok hehe",
            "min sy mau jual tanah 300 meter di batu sari, bisa bantu cariin pembeli gk? nanti sy kasih komisi",
            "min angka jitu buat tahun baru brp 🤣",
            "min menurut kamu calon gubernur Tirta Raya yg paling bagus siapa? sy bingung mau milih"})
    void aCvAChapterABuyerOrALotteryNumberIsOutsideTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min, lemahku warisan mbah durung dipecah, iso melu PTSL ra yo?", "mau ke job fair, perlu bikin cv gk"})
    void theLandProgrammeOrACvForTheJobFairIsInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jgn lembur mulu ya min 😂", "pagiii min ☀️ udh ngopi blm"})
    void overtimeAdvisedAgainstOrCoffeeAskedAfterIsCare(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).contains(SmallTalk.Kind.CARE);
    }

    @Test
    void coffeeAskedAfterBesideAQuestionIsNot() {
        assertThat(SmallTalk.recognise("udh ngopi blm min? sy mau tanya bansos")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobil2 yg di video viral itu punya pemprov apa pribadi sih min?"})
    void aVideoSeenIsNoSureAnswerWithTheHoaxEntry(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"video bendungan jebol yang viral itu asli?", "video viral bendungan wadas lintang jebol bener gk"})
    void theDamVideoAskedAboutStillGetsTheHoaxEntry(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).entryId()).as(message)
                .isEqualTo("banjir-hoaks-bendungan-wadas-lintang");
    }
}
