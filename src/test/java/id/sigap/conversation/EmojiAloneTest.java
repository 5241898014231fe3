package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emoji alone (batches J29 and R29): "🌋🌋😭" and "🙏🙏🔥😭" got "Baik." as if acknowledged. Crying or fear with no word is a
 * concern a person asks about; a thumb or a prayer alone is still acknowledged. Over the approved knowledge base as shipped.
 */
class EmojiAloneTest {

    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
    }

    private static Decision decide(String text) {
        return ShippedAnswers.decide(retriever, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"🌋🌋😭", "🙏🙏🔥😭", "😰😰"})
    void cryingOrFearAloneGoesToAPerson(String text) {
        assertThat(decide(text).outcome()).as(text).isEqualTo(Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"👍", "🙏🙏", "👍😊"})
    void aThumbOrAPrayerAloneIsAcknowledged(String text) {
        assertThat(decide(text).outcome()).as(text).isEqualTo(Outcome.SMALL_TALK);
    }
}
