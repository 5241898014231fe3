package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (batches X50 and B51, read): "jalan provinsi ruas batu sari - lembah hijau km 12, lubangnya udh makan
 * korban 2 motor" (a pothole that has claimed two riders) got the reply about the bot's own life ("km" read as "kamu",
 * "udh makan" as a question to it); "wah hebat ya pemprov, beras bansos nya dapet bonus kutu. makasih loh perhatiannya"
 * got "Sama-sama"; "udh mkn blm min, jgn lupa istirahat wkwk" (care for the staff in chat spelling: "jgn", "mkn") a staff
 * ticket. The attacks keep "km" meaning "kamu" and thanks for aid that came without lice small talk, and a request not to
 * do something ("jgn dipotong bantuannya min") a question.
 */
class KilometrePostSpoiledAidAndCareTest {

    @ParameterizedTest
    @ValueSource(strings = {"jalan provinsi ruas batu sari - lembah hijau km 12, lubangnya udh makan korban 2 motor",
            "km 12 udh makan blm", "lubang 3 km dr jembatan udh makan korban", "wah hebat ya pemprov, beras bansos nya dapet bonus kutu. makasih loh perhatiannya"})
    void aRoadsKilometrePostAndSpoiledAidAreNoSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"km udh makan blm min", "kamu udah makan belum wkwk",
            "makasih min berasnya udh sampe, bagus ga ada kutu"})
    void askingTheBotAndThanksForGoodAidStaySmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"udh mkn blm min, jgn lupa istirahat wkwk", "jgn lupa istirahat min", "min jgn lupa mkn ya"})
    void careForTheStaffInChatSpellingIsSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Outcome.SMALL_TALK);
    }

    /** Batch P51 (read): thanks to volunteers beside a request in Javanese ("nyuwun kompor gas") got "Sama-sama". */
    @ParameterizedTest
    @ValueSource(strings = {"nuwun sewu, kulo mbah Sarmi. matur nuwun sanget dhateng mas mbak relawan. menawi wonten, kulo "
            + "nyuwun kompor gas kangge masak", "makasih min, mau minta info posko"})
    void aRequestBesideThanksIsNoSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jgn dipotong bantuannya min, kapan cair?", "mkn gratis di posko jam brp"})
    void askingBesideTheSameSpellingIsNoSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Outcome.SMALL_TALK);
    }
}
