package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fourth session (batches S48-Z48, read; A49-H49 held out): a follow-up that asks for the link or hedges with
 * "kira-kira", or takes the last reply in with "oh" first, is about the conversation's topic. "linknya apa min" after the
 * vehicle tax had got the fake-aid-link warning surely; "biayanya brp kira2" after the building permit the weather
 * forecast as a choice; "oh gratis?" after the business number a person. The hedge and fear told ("takut") are generic
 * words too. The attacks keep a question that names a topic of its own on that topic, a forecast or counselling asked
 * for found first.
 */
class AskedAlongFollowUpTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cara bikin NIB gmn | oh bisa online ya, linknya apa min | layanan-nib-oss",
            "min pajak motor tahunan bisa bayar online gk sih | linknya apa min | layanan-pajak-kendaraan-samsat",
            "syarat PBG apa aja | biayanya brp kira2 | layanan-pbg",
            "min NIB itu apa sih | oh gratis? | layanan-nib-oss"})
    void aFollowUpAskingForTheLinkOrHedgingIsAnsweredOnTheConversationsTopic(String first, String second, String entry) {
        Decision decision = ShippedAnswers.after(first, second);

        assertThat(decision.outcome()).as(second).isEqualTo(Outcome.ANSWER);
        assertThat(decision.entryId()).isEqualTo(entry);
        assertThat(decision.reasons()).contains(Reason.FOLLOW_UP);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cara bikin NIB gmn | oh kalau ktp hilang gmn | layanan-ktp-el-hilang-rusak",
            "cara bikin NIB gmn | link bantuan 5 juta asli gk? | banjir-hoaks-bantuan-tunai-link",
            "syarat PBG apa aja | oh sim mati gmn | layanan-perpanjangan-sim"})
    void aFollowUpNamingATopicOfItsOwnStaysOnThatTopic(String first, String second, String entry) {
        // answered with it or offered it first, as alone; never the conversation's entry
        Decision decision = ShippedAnswers.after(first, second);
        assertThat(decision.entryId() != null ? decision.entryId() : decision.candidates().getFirst()).as(second)
                .isEqualTo(entry);
    }

    @Test
    void aHedgeAloneNamesNoTopic() {
        // "kira" is one of the office's generic words too: a question whose only topic it was ("kapan kira2 jadi" of a
        // temporary bridge) got the forecast surely ("diperkirakan" stems to "kira"); the forecast asked for is still
        // found first, as a choice
        Decision bridge = ShippedAnswers.decide("katanya mau dipasang jembatan bailey ya min? kapan kira2 jadi");
        assertThat(bridge.outcome()).isNotEqualTo(Outcome.ANSWER);
        Decision flood = ShippedAnswers.decide("banjir ini kira2 sampe kapan ya");
        assertThat(flood.entryId() != null ? flood.entryId() : flood.candidates().getFirst())
                .isEqualTo("banjir-prakiraan-cuaca-bmkg");
    }

    @Test
    void fearToldBesideATroubleIsNoQuestionAboutCounselling() {
        // "takut" is one of the office's generic words: fear told after cracks in a slope got the trauma-counselling
        // entry surely (batch O49); asking for counselling still finds it
        Decision told = ShippedAnswers.after("min tanah di belakang rumah sy retak2 makin lebar, td malem ada suara gemuruh",
                "gmn ini min sy takut bgt 😭");
        assertThat(told.entryId()).isNotEqualTo("banjir-dukungan-psikologis");
        Decision asked = ShippedAnswers.decide("anak sy takut hujan terus sejak banjir, ada konseling gk?");
        assertThat(asked.entryId() != null ? asked.entryId() : asked.candidates().getFirst())
                .isEqualTo("banjir-dukungan-psikologis");
    }

    @Test
    void aFollowUpsOwnWordsLeaveOutTakingInAndWordsAskedAlong() {
        assertThat(FollowUp.ownWords("oh bisa online ya, linknya apa min")).isEqualTo("bisa online ya apa min");
        assertThat(FollowUp.ownWords("biayanya brp kira2")).doesNotContain("kira");
        assertThat(FollowUp.ownWords("oh")).isEqualTo("oh"); // the last word is never taken for taking in
        assertThat(FollowUp.ownWords("tautan penipuan")).isEqualTo("penipuan");
        assertThat(FollowUp.wordsAfterGivingIn("oh bisa online ya, linknya apa min")).isEqualTo(6);
        assertThat(FollowUp.wordsAfterGivingIn("bisa online ya, linknya apa min")).isEqualTo(6);
        assertThat(FollowUp.wordsAfterGivingIn("oke oh")).isEqualTo(1);
    }
}
