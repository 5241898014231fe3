package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer telling of themselves after a question ("sy mahasiswa" after one on volunteering at the festival) tells more
 * of that question: thirty-fifth session, batches N35-R35 (read), where four of 25 such messages got an entry surely that
 * the question was not about. Over the approved knowledge base as shipped.
 */
class TellingOfSelfTest {

    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
    }

    private static KnowledgeAnswerer answerer() {
        return new KnowledgeAnswerer(retriever, List.of(new ExtractiveComposer()), new InMemoryRecentQuestions());
    }

    private static IncomingMessage message(String text) {
        return IncomingMessage.text("test", 1, 42, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "min gimana cara daftar jadi relawan festival? masih buka gk | sy mahasiswa | layanan-beasiswa-tirta-raya",
            "info bus sangkara lembah hijau masih jalan gk | sy mau pulang kampung jumat | banjir-zona-tertutup-jam-malam",
            "Bapak/Ibu admin, saya ingin bertanya apakah ada kompensasi bagi petani yang sawahnya terendam banjir? "
                    + "| Saya di Kecamatan Sukamaju, Kabupaten Lembah Hijau. | banjir-posko-lembah-hijau"})
    void whatTheWriterTellsOfThemselvesIsNotAnsweredSurelyWithAnUnrelatedEntry(String first, String told,
                                                                                String unrelated) {
        KnowledgeAnswerer answerer = answerer();
        answerer.answer(message(first));

        Decision decision = answerer.answer(message(told)).decision();

        assertThat(decision.entryId()).as(told).isNotEqualTo(unrelated);
        assertThat(decision.outcome()).as(told).isNotEqualTo(Outcome.ANSWER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cara perpanjang sim gimana | saya mau perpanjang sim a | layanan-perpanjangan-sim",
            "syarat beasiswa tirta raya apa aja | sy mahasiswa semester 3 beasiswa | layanan-beasiswa-tirta-raya"})
    void whatTheWriterTellsOnTheSameTopicIsStillAnswered(String first, String told, String entry) {
        KnowledgeAnswerer answerer = answerer();
        answerer.answer(message(first));

        Decision decision = answerer.answer(message(told)).decision();

        assertThat(decision.outcome()).as(told).isEqualTo(Outcome.ANSWER);
        assertThat(decision.entryId()).as(told).isEqualTo(entry);
    }

    @Test
    void theSameMessageOpeningAConversationIsReadOnItsOwnWords() {
        Decision alone = answerer().answer(message("sy mau perpanjang sim")).decision();

        assertThat(alone.outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(alone.entryId()).isEqualTo("layanan-perpanjangan-sim");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy mahasiswa", "sy mau pulang kampung jumat", "Saya di Kecamatan Sukamaju, Kabupaten Lembah Hijau.",
            "oh saya tinggal di batu sari", "kami dari pesisir barat", "I am a student"})
    void tellingOfOneselfIsRead(String text) {
        assertThat(FollowUp.tellsOfSelf(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy bisa daftar gk", "saya mahasiswa, boleh ikut?", "sy harus hubungi siapa", "saya",
            "kami tinggal di mana sekarang", "anak sy mahasiswa", "sy mau tanya soal ktp", "saya mahasiswa kah"})
    void askingOrTellingOfOthersIsNot(String text) {
        assertThat(FollowUp.tellsOfSelf(text)).as(text).isFalse();
    }
}
