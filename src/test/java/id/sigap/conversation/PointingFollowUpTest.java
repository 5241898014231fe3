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
 * A message that opens by pointing at what was just said ("itu buka hari minggu jg gk?") is about the conversation: its
 * own words found an unrelated entry surely (batches B28 and C28, held out: the public-service mall's Sunday hours after
 * a question on vaccination posts for cattle, distance learning after one on a wrong NIK). It is answered from its own
 * words only when the conversation read with it is sure of the same entry. Over the approved knowledge base as shipped.
 */
class PointingFollowUpTest {

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
            "pos vaksin PMK utk sapi di kab Gunungsari ada dmn aja | itu buka hari minggu jg gk? | layanan-mal-pelayanan-publik",
            "NIK di kartu KKS sy beda 1 angka sm KTP, jd bantuannya gk bs cair. gmn benerinnya "
                    + "| itu bs diurus online gk? jauh kl ke kabupaten | banjir-sekolah-libur-daring",
            // batch E28 (read): the flood shelters of another regency for the nearest hospital
            "rs mana aja yg nerima pasien keracunan mbg | yg paling deket dr kec. sukamulya yg mana | banjir-posko-lembah-hijau"})
    void aMessagePointingAtTheConversationIsNotAnsweredSurelyWithAnUnrelatedEntry(String first, String pointing,
                                                                                  String unrelated) {
        KnowledgeAnswerer answerer = answerer();
        answerer.answer(message(first));

        Decision decision = answerer.answer(message(pointing)).decision();

        assertThat(decision.entryId()).as(pointing).isNotEqualTo(unrelated);
        assertThat(decision.outcome()).as(pointing).isNotEqualTo(Outcome.ANSWER);
    }

    /**
     * Thirty-fourth session (batches K34, L34 and M34, read after their measurement): "kalo sabtu buka gk?" after a question
     * on the Batu Sari civil registry's hours, on fogging or on the Samsat office got the Sangkara mall's hours, surely.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jam buka capil kota batu sari jam brp ya | kalo sabtu buka? | layanan-mal-pelayanan-publik",
            "min mau tanya fogging di batu sari jadwalnya kapan ya | kalo sabtu buka gk min | layanan-mal-pelayanan-publik",
            "min samsat kota sangkara buka jam brp ya | kalo sabtu buka gk? | layanan-mal-pelayanan-publik",
            // batch G35 (read after its measurement): the mall's hours after the provincial library's
            "Hi, what are the opening hours of the provincial library in Kota Sangkara? | Is it open on Sunday too? I want to bring my kids | layanan-mal-pelayanan-publik"})
    void aDayAskedWithNoPlaceIsNotAnsweredSurelyWithAnotherPlacesHours(String first, String day, String unrelated) {
        KnowledgeAnswerer answerer = answerer();
        answerer.answer(message(first));

        Decision decision = answerer.answer(message(day)).decision();

        assertThat(decision.entryId()).as(day).isNotEqualTo(unrelated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kalo sabtu buka gk?", "sabtu buka?", "Is it open on Saturday?", "hari minggu tutup ya min",
            "kalau hari libur buka gak", "kalo sabtu buka gk? sy kerja senin-jumat soalnya",
            "Is it open on Sunday too? I want to bring my kids"})
    void aDayAskedWithNoPlaceIsRead(String text) {
        assertThat(FollowUp.asksOpeningDay(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kalo sabtu disdukcapil buka gk?", "kalo minggu ada yg buka gk", "sabtu", "buka jam brp",
            "jadwal posyandu hari sabtu buka jam berapa di kelurahan tanjung", "samsat buka? sabtu"})
    void aDayWithAPlaceOrNoDayIsNot(String text) {
        assertThat(FollowUp.asksOpeningDay(text)).as(text).isFalse();
    }

    @Test
    void theSameMessageOpeningAConversationIsReadOnItsOwnWords() {
        Decision alone = answerer().answer(message("itu buka hari minggu jg gk?")).decision();
        Decision without = answerer().answer(message("buka hari minggu jg gk?")).decision();

        assertThat(alone.outcome()).isEqualTo(without.outcome());
        assertThat(alone.entryId()).isEqualTo(without.entryId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jam buka mal pelayanan publik sangkara | itu hari sabtu buka jam brp | layanan-mal-pelayanan-publik",
            "perpanjang sim di mana | itu biayanya berapa | layanan-perpanjangan-sim",
            "jam buka mal pelayanan publik sangkara | kalo sabtu buka gk? | layanan-mal-pelayanan-publik"})
    void aMessagePointingAtTheSameTopicIsStillAnswered(String first, String pointing, String entry) {
        KnowledgeAnswerer answerer = answerer();
        answerer.answer(message(first));

        Decision decision = answerer.answer(message(pointing)).decision();

        assertThat(decision.outcome()).as(pointing).isEqualTo(Outcome.ANSWER);
        assertThat(decision.entryId()).as(pointing).isEqualTo(entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"itu buka hari minggu jg gk?", "oh itu bs online?", "ini gimana caranya", "that one is open?",
            "yg paling deket dr kec. sukamulya yg mana"})
    void pointingOpenersAreRead(String text) {
        assertThat(FollowUp.pointsAtTheLast(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"itu", "buka hari minggu gk?", "kalau itu gimana", "posko itu di mana",
            "itu kan jalan ahmad yani ditutup dari kemarin sampai hari ini ya min, kapan bisa dilewati lagi kira kira"})
    void otherMessagesAreNot(String text) {
        assertThat(FollowUp.pointsAtTheLast(text)).as(text).isFalse();
    }

    /*
     * The writer telling of themselves after a question ("sy mahasiswa" after one on volunteering at the festival) tells
     * more of that question: thirty-fifth session, batches N35-R35 (read), where four of 25 such messages got an entry
     * surely that the question was not about.
     */

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
    void aFirstPersonDetailOpeningAConversationIsReadOnItsOwnWords() {
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
