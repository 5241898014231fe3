package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batch S37, read; the thirty-fifth's "bendungan cikalong"): a question about another dam or river,
 * named by its name, was answered surely with the entry about the one the knowledge base names ("bener gk bendungan
 * wanasari jebol??" got the hoax of the Wadas Lintang dam). The attacks keep the entry's own place, the kind named alone
 * and a question word after it.
 */
class OtherPlaceNamedTest {

    @ParameterizedTest
    @ValueSource(strings = {"min bener gk bendungan wanasari jebol?? di grup wa rt udh rame katanya 1 jam lg air bah dtg",
            "tinggi air sungai serayu sekarang berapa", "jembatan kali wulung kapan bisa dilewatin lg?"})
    void anotherPlaceNamedIsNoSureAnswer(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bendungan wadas lintang jebol ya?", "katanya bendungan jebol, bener?",
            "tinggi air sungai rawa sekarang berapa", "jembatan mana yang ditutup"})
    void theEntrysOwnPlaceOrTheKindAloneIsAnswered(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.ANSWER);
    }
}
