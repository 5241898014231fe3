package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-eighth session (batches E40 and F40, read): a bomb threat to a concert, the government's own free concert and a
 * child's data misused for a gambling account were told to ask an airline or a market; birthday wishes to the province
 * opened a ticket; a complaint that only small traders were sealed and a budget's details asked for an assignment were
 * told to ask elsewhere (batches S40, T40). A concert elsewhere, a lottery number, a restaurant and homework are still
 * outside the remit.
 */
class AnniversaryWeekAndDataMisuseTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "min ini bener gk ada pesan WA katanya konser di alun2 dibatalin krn ancaman bom?? anak sy mau nonton jd takut",
            "punten min, upami bade nonton konser gratis di alun-alun Lembah Hijau, parkir motor di mana nya?",
            "data dapodik anak sy kok bisa dipake buat daftar akun judi online? ada email masuk pake nama anak sy",
            "ini gk adil min, yg disegel cuma pedagang kecil. restoran gede di sekitar taman kencana gk diperiksa sama sekali",
            "rincian anggaran pendidikan apbd tirta raya bisa dilihat dmn? buat tugas kuliah"})
    void aThreatAFreeConcertOrMisusedDataIsInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jadwal konser dewa 19 di jakarta kapan", "nomor togel hari ini brp",
            "min rekomendasi restoran enak di sangkara dong", "tolong buat tugas ipa anak sy ttg gaya"})
    void aConcertElsewhereOrALotteryIsNot(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"selamat ulang tahun provinsi tirta raya ke-57 🎉🎉 semoga makin maju min"})
    void birthdayWishesAreSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }
}
