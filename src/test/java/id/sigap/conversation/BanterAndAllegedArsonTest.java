package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-second session (batches A32, B32 and C32, read): a light remark about the bot itself, a wish after an amen
 * or in Javanese opened staff tickets or got a sure entry, and arson alleged of an official was not read as an
 * allegation. Each keeps the attacks that would make it swallow a question or a complaint.
 */
class BanterAndAllegedArsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"yaudah deh serius amat 😅", "yah gk asik bot nya wkwk", "pelit amat 😒",
            "hehe gabut aja, panas bgt disini", "oh bot. pantes kaku wkwk"})
    void aLightRemarkAboutTheBotIsSmallTalk(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).contains(SmallTalk.Kind.BANTER);
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelit amat pemprov, bantuan cuma 100rb", "jangan bercanda min, air belum datang",
            "serius amat, kapan bantuan cair?"})
    void aComplaintOrAQuestionBesideBanterIsNoBanter(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aamiin semoga cepet turun hujan", "mugi2 sehat sedoyo"})
    void aWishAfterAnAmenOrInJavaneseIsAWish(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amin, semoga bantuan cepat cair, kapan ya?"})
    void aWishThatAsksIsNoWishAlone(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "udh jelas lah itu pasar SENGAJA DIBAKAR biar bisa dibangun mall. gubernur pasti dpt jatah dr developer",
            "bupati dapat komisi dari kontraktor pasar ya?",
            // batch J32 (read after its measurement): a firm shielded by an official's friendship
            "PEMILIK PABRIK ITU KAN TEMEN GUBERNUR, MAKANYA GK DITUTUP2. NGAKU AJA MIN",
            "Kepala DLH provinsi itu kan dulu komisaris di pabrik itu. Jelas konflik kepentingan."})
    void arsonOrACutAllegedOfAnOfficialIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rumah sy sengaja dibakar tetangga, lapor kemana ya", "jatah dari developer perumahan kapan dibagi",
            "temen sy mau daftar cpns pemprov, syaratnya apa"})
    void theSameWordsWithNoOfficialAreNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    /** Batch G32 (read after its measurement): advertisements and gambling pasted into the chat opened staff tickets. */
    @ParameterizedTest
    @ValueSource(strings = {"JUAL PULSA & KUOTA MURAH 24 JAM!!! order wa 0899-1234-5566 🔥🔥",
            "daftar slot gacor bonus 100% klik link bio"})
    void anAdvertisementOrGamblingIsOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pulsa sy habis, nomor darurat bisa ditelpon gratis gk?"})
    void creditRunOutBesideAQuestionIsStillAQuestion(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    /** Batch U32 (read after its measurement): the same entry given again was told to be the same, and got it surely. */
    @ParameterizedTest
    @ValueSource(strings = {"dari tadi jawabannya itu2 aja", "SY GK NANYA ITU", "jawabannya itu itu aja min"})
    void sayingTheAnswersRepeatIsAMiss(String message) {
        assertThat(AnswerMissed.mentioned(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"itu aja min makasih", "sy nanya itu krn bingung, jam buka samsat kapan?"})
    void thanksOrAQuestionWithTheSameWordsIsNoMiss(String message) {
        assertThat(AnswerMissed.mentioned(message)).as(message).isFalse();
    }

    /** Batch F32 (read): "ok never mind haha" after a question outside the remit opened a ticket. */
    @ParameterizedTest
    @ValueSource(strings = {"ok never mind haha", "nvm"})
    void neverMindIsAnAcknowledgement(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I never got the aid, mind checking?", "never mind, where is the nearest shelter?"})
    void neverAndMindInAQuestionAreNoAcknowledgement(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }
}
