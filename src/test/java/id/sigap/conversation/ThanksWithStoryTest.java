package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-first session (batches A31, B31, C31, read; G31 read after its measurement): thanks told with the story it is
 * for opened staff tickets, and an apology for one's own tone and a good wish alone too. Each keeps the attacks that
 * would make it swallow a question, a complaint or mockery.
 */
class ThanksWithStoryTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "makasih bgt min, minggu lalu sy lapor genangan di got depan SD lewat sini, td pagi petugas dtg bersihin "
                    + "sekalian fogging. anak2 skrg bisa main lg di lapangan 🙏",
            "min mau bilang makasih aja. td malem sy nanya nomor ambulans, alhamdulillah adik sy udh dpt kamar di rsud",
            "makasih bgt min, kemarin sy lapor lewat sini soal nenek sy yg gk bisa keluar rumah, sore nya tim BPBD dtg "
                    + "jemput. skrg nenek udh aman di posko. semoga sehat semua 🙏",
            // batch D31 (read): "masih" of a baby is no trouble still open
            "mau bilang makasih aja buat tim relawan yg semalem nganterin tenda sama selimut ke lapangan desa kami. anak "
                    + "sy yg masih bayi akhirnya bisa tidur gk kedinginan lagi. semoga sehat semua 🙏"})
    void thanksToldWithItsStoryIsThanks(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message + " " + decision).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maaf ya td sy ngegas 🙏", "sorry I was rude earlier", "mf min tadi sy emosi"})
    void anApologyForOnesToneIsAnsweredKindly(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).contains(SmallTalk.Kind.APOLOGY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "makasih infonya min, tp bantuan blm cair",
            "makasih min kemarin udh dijemput tim BPBD, skrg kami di posko mana ya dapet selimut?",
            "makasih ya pemprov, jalan rusak 5 taun akhirnya diaspal pas mau pemilu 🙂",
            "makasih min, tadi sudah dibantu. tolong sambungkan ke petugas, sy mau lapor lagi",
            "makasih min kemarin sudah dijemput, tapi rumah kami masih terendam dan ibu sakit",
            "makasih min udh dijemput kemarin. rumah kami masih terendam, ibu masih demam",
            "wah hebat ya pemprov, gempa 3 hari yg lalu baru skrg pak gub dateng bawa kamera 📸👏"})
    void aQuestionAComplaintOrMockeryBesideThanksIsNoThanks(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message + " " + decision).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"semoga asapnya cepat hilang ya", "semoga banjirnya cepat surut 🙏", "mudah2an cepat pulih semua"})
    void aGoodWishAloneIsAnsweredAsAWish(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message + " " + decision).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "semoga bantuan cepat cair, kapan ya?",
            "semoga pemerintah gak tidur terus 🙄",
            "semoga aja kali ini bantuannya nyampe, bukan cuma janji 👏👏",
            "semoga cepat dibantu, tolong rumah kami terendam"})
    void aWishThatAsksOrMocksIsNoWishAlone(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message + " " + decision).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maaf td sy ngegas, bantuan kapan cair?", "maaf min sy emosi krn air blm surut"})
    void anApologyBesideAQuestionOrAComplaintIsNoApologyAlone(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.APOLOGY));
    }
}
