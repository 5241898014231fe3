package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-third session (batches F47-K47, read; M47-T47 for the last three rules): kind words said in sentences of their
 * own, a wish after a greeting, a mistake of one's own realised, a match or a school essay beside the office's words, a
 * refusal taken in and whether a person writes the replies opened staff tickets. The attacks keep a trouble, a question,
 * a request for a person or a complaint said beside the same words.
 */
class KindSentencesAndMatchesTest {

    @ParameterizedTest
    @ValueSource(strings = {"pagi min, udh sarapan? sarapan asap ya hehe. semangat kerjanya",
            "selamat pagi min, semoga semua aman dan sehat ya hari ini", "wkwk iya sih bukan tempatnya, maaf min",
            "halo min. semangat ya min yg jaga posko", "pagi kak. makasih infonya ya 🙏. sehat2 terus"})
    void kindSentencesAreSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ktp sy hilang 😂. semangat min", "bansos kapan cair wkwk. semangat min",
            "jalan ahmad yani udh bisa dilewatin? 😂 semangat min", "jalan depan rumah banjir lagi wkwk. semangat min",
            "listrik padam dari kemarin hehe. sehat2 min", "selamat pagi min, semoga bantuan cepat cair, kapan ya?",
            "pagi min. air pdam mati hehe. semangat kerjanya"})
    void aTroubleOrAQuestionBesideKindWordsIsNot(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @org.junit.jupiter.api.Test
    void aQuestionAboutWhatSigapKeepsBesideThanksIsNotThanks() {
        assertThat(SmallTalk.inParts("makasih banyak min infonya sangat membantu sekali buat keluarga kami. oh iya, data "
                + "nomor hp sy disimpen gk di sini?")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min ada yg tau skor persib tadi malem gk? gk bisa nonton listrik mati",
            "min tau jadwal liga inggris malem ini gk? di pengungsian bapak2 mau nobar biar gk stres wkwk",
            "min menurut admin sabtu nanti Tirta Raya FC menang gk lawan tim tetangga? wkwk",
            "min anak sy dpt tugas libur lebaran bikin karangan 'pengalaman mudik', bisa bantu bikinin gk 3 paragraf aja hehe"})
    void aMatchOrAnEssayBesideTheOfficesWordsIsOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stadion tirta raya dipakai buat posko pengungsi gk? kemarin persib menang lawan siapa ga penting",
            "lomba mengarang tingkat provinsi buat pelajar pendaftarannya dmn"})
    void theOfficesOwnBusinessBesideAMatchOrAnEssayIsNotSentAway(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "min tiket pesawat sangkara - jakarta tgl 25 brp ya? | oh iya ya bukan urusan pemda hehe maap",
            "kak bantuin pr ppkn dong, apa contoh penerapan sila ke 5 | yah gk bisa ya",
            "min resep opor ayam yg kuahnya kental gmn ya | yah kirain bisa nanya apa aja wkwk",
            // disappointed, read berpotensi negatif (batch A48)
            "admin bisa kasih resep rendang yg empuk gk buat acara keluarga taun baru wkwk | yaah ga bisa ya, yaudh deh"})
    void aRefusalTakenInAfterAQuestionOutsideTheRemitIsAcknowledged(String first, String second) {
        Decision decision = ShippedAnswers.after(first, second);

        assertThat(decision.outcome()).as(second).isEqualTo(Decision.Outcome.SMALL_TALK);
        assertThat(decision.reasons()).contains(Reason.ACKNOWLEDGED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the same words after a question of the office's own: the answer missed, a person looks
            "bansos pkh sy kok blm cair | yah gk bisa ya",
            // another question, an emergency, a request
            "min tiket pesawat ke jakarta brp | yah, kalo tiket kapal ke pulau ada gk",
            "resep rendang dong | oh iya rumah tetangga kebakaran tolong",
            "resep rendang dong | yah payah, pemda gak guna sama sekali, percuma bayar pajak",
            "resep rendang dong | oh gitu, yaudah sy mau tanya jadwal imunisasi anak"})
    void aRefusalTakenInIsReadOnlyAfterARefusal(String first, String second) {
        assertThat(ShippedAnswers.after(first, second).outcome()).as(second).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min adminnya manusia apa robot sih wkwk rajin bgt bales jam 5 pagi",
            "cuma mau nanya, adminnya ini orang beneran apa robot? wkwk kok bales cepet bgt"})
    void askingWhetherAPersonWritesTheRepliesGetsTheHonestAnswer(String message) {
        Decision decision = ShippedAnswers.decide(message);

        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
        assertThat(decision.reasons()).doesNotContain(Reason.ASKED_FOR_HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ini manusia apa robot? sy mau ngomong sama petugas",
            "saya mau bicara dengan manusia, bukan robot"})
    void askingForAPersonBesideItStillGetsAPerson(String message) {
        Decision decision = ShippedAnswers.decide(message);

        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
        assertThat(decision.reasons()).contains(Reason.ASKED_FOR_HUMAN);
    }
}
