package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fifth session (batches N35-Q35, read): chatter about the weather, the bot or the day opened staff tickets or got
 * choices. The attacks keep a complaint or a question said after the same openers.
 */
class ChatterAboutTheDayTest {

    @ParameterizedTest
    @ValueSource(strings = {"lucu jg wkwk", "hujan terus bikin mager bgt ya min 😅",
            "hari ini cerah ya di sangkara, semoga gak macet hehe", "cuma mau bilang semangat kerja ya min, sehat2",
            "panas bgt ya hari ini"})
    void chatterIsSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cuma mau bilang jalan depan rumah rusak parah", "cuma mau bilang bantuan belum sampai ke desa kami",
            "hari ini cerah ya, kapan sekolah masuk lagi", "lucu juga pemprov, bantuan cuma 100rb",
            "panas bgt ya hari ini, air pdam mati lagi"})
    void aComplaintOrAQuestionAfterTheSameWordsIsNot(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }
}
