package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fourth session (batches S48-Z48, read; A49-H49 read after their measurement): public money alleged spent on an
 * official's car got the dam-hoax entry surely, aid given only to those close to the neighbourhood head the
 * distribution's schedule; a rumour of people moved off their land for a hotel, tourists telling they stay by the river in a flood, and
 * where the office's dengue figures come from (for a course assignment) and a food permit asked for a dish were told they are outside the remit. The attacks
 * keep aid spent on a school need or an ambulance, a hotel recommended by a river, and a phone recommended, where they were.
 */
class PurchaseAllegationAndRelocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"min video yg lg viral itu bener ga sih? pejabat pake dana bencana buat beli mobil",
            "katanya dana bansos dipake buat beli moge sama pak kades?",
            "pembagian sembako bantuan kekeringan di desa sy cuma dapet keluarga yg deket sama pak RT"})
    void publicMoneyAllegedSpentOnAnOfficialsPurchaseGoesToAPerson(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message).isEqualTo(Outcome.HANDOFF);
        assertThat(decision.entryId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bantuan pemerintah buat beli hp anak sekolah boleh gk?",
            "dana desa untuk beli ambulans kata pak kades udh cair, kapan datang?",
            "yg dapet sembako cuma yg udh daftar ke pak RT ya?",
            "dana desa buat beli mobil damkar kapan cair min, kata pak kades udh disetujui"})
    void aidSpentOnAnOrdinaryNeedIsNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "min katanya warga pesisir mau direlokasi paksa & pantainya mau dijual ke investor hotel? itu bener??",
            "Hello, we are two tourists staying at a homestay near the river in Lembah Hijau.",
            "sumber datanya dari mana ya, sy butuh buat tugas kuliah",
            "Apakah sambal dengan bahan ikan teri juga termasuk produk yang boleh menggunakan PIRT?"})
    void aRumourOfRelocationAStayByTheRiverOrTheOfficesFiguresAreNotSentAway(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"rekomendasi hotel dekat sungai yang bagus dong",
            "paket datanya abis terus, rekomendasi hp 2 jutaan apa ya min", "min bantuin pr mtk dong, 2x + 5 = 17",
            "resep sambal teri yg enak gmn min"})
    void aHotelOrAPhoneRecommendedOrHomeworkStayOutside(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Outcome.OUT_OF_SCOPE);
    }
}
