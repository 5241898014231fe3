package id.sigap.conversation;

import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn reads the citizen's text redacted: what it keeps (the normalised question in the transcript, the question
 * remembered for a follow-up) holds no personal data, and the data sways no decision. Red-team attacks of 2026-12.
 */
class RedactedReadingTest {

    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
    }

    private static KnowledgeAnswerer answerer(RecentQuestions recent) {
        return new KnowledgeAnswerer(retriever, List.of(new ExtractiveComposer()), recent,
                SentimentClassifier.offline(), new TurnDecider(), null, null, null, null);
    }

    private static ConversationResult answer(String text, RecentQuestions recent) {
        return answerer(recent).answer(IncomingMessage.text("test", 1, 42, text));
    }

    @Test
    void theNormalisedQuestionHoldsNoPartOfAnAddress() {
        // normalised first, "andi.wijaya@gmail.com" became "andi wijaya@gmail", which no redactor knew for an address
        TurnSignals signals = answer("syarat membuat akta kelahiran anak, email saya andi.wijaya@gmail.com",
                RecentQuestions.NONE).signals();

        assertThat(signals.normalizedText()).contains("akta kelahiran").doesNotContain("andi", "wijaya", "gmail", "[");
    }

    @Test
    void theWordsBesidesARequestForAPersonHoldNoPartOfTheDataGivenWithIt() {
        // read as words first, the address lost its "@" and was remembered as "nik email sari dewi31 com"
        InMemoryRecentQuestions recent = new InMemoryRecentQuestions();
        ConversationResult result = answer("saya mau bicara dengan petugas. nik saya 3271011505900031, hp 081234567031, "
                + "email sari.dewi31@gmail.com", recent);

        assertThat(result.decision().reasons()).contains(Reason.ASKED_FOR_HUMAN);
        assertThat(recent.recent("test", 42)).singleElement().asString()
                .doesNotContain("sari", "dewi31", "gmail", "com").doesNotContainPattern("\\d{3}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kok sampahnya gak diangkut2 udah 4 hari|, hp 081234567031|after",
            "apa saja nomor telepon darurat yg bisa diakses gratis dr hp tanpa pulsa?|kk 3271 0115 0590 0002|before",
            "gula darah sy langsung naik liat harga beras skrg, pemerintah ada operasi pasar ga?|wa 0812 - 3456 - 7004 ya|before",
            "info ketinggian air di pintu air manggarai sekarang berapa|hp 081234567031|before",
            "syarat membuat akta kelahiran anak|, email saya andi.wijaya@gmail.com|after"})
    void personalDataGivenWithAQuestionDoesNotChangeItsAnswer(String question, String personal, String where) {
        // the digits were read as words of the question that no entry has, and turned answers into choices or handoffs
        String text = where.equals("after") ? question + personal : personal + " " + question;
        Decision with = answer(text, RecentQuestions.NONE).decision();
        Decision without = answer(question, RecentQuestions.NONE).decision();

        assertThat(with.outcome()).as(text).isEqualTo(without.outcome());
        assertThat(with.entryId()).as(text).isEqualTo(without.entryId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nomornya 0821-9988-7766", "ini nomornya 081299887766", "nomornya 0821 9988 7766 min"})
    void aPhoneNumberToldIsNoQuestionForTheEmergencyNumbers(String text) {
        // the mark "[TELEPON]" was searched as the word of the emergency numbers' title: a scam caller's number told
        // (batch J38) got that entry surely
        Decision decision = answer(text, RecentQuestions.NONE).decision();

        assertThat(decision.outcome()).as(text).isNotEqualTo(Decision.Outcome.ANSWER);
        assertThat(decision.entryId()).as(text).isNull();
    }
}
