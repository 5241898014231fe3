package id.sigap.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack on the store of a chat's last messages (fifty-second session): personal data written in a piece of a story
 * never rests there in the clear; what is kept is the redacted text, as the chat's other stores keep it.
 */
class RedactedPiecesTest {

    @Test
    void aNikAPhoneAndAnEmailInAPieceAreKeptRedacted() {
        InMemoryRecentMessages said = new InMemoryRecentMessages();
        KnowledgeAnswerer answerer = ShippedAnswers.withMood(new InMemoryRecentQuestions()).rememberingMessagesIn(said);
        answerer.answer(IncomingMessage.text("test", 1, 42, "air masuk rumah, nik sy 3271011505900021"));
        answerer.answer(IncomingMessage.text("test", 2, 42, "hubungi 081234567890 atau sari.dewi@gmail.com"));

        assertThat(said.kept()).hasSize(2).allSatisfy(text -> assertThat(text)
                .doesNotContain("3271011505900021", "081234567890", "sari.dewi@gmail.com").doesNotContainPattern("\\d{6}"));
    }
}
