package id.sigap.conversation;

import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionPartsTest {

    @Test
    void aMessageOfSeveralSentencesHasItsLongerOnesAsParts() {
        assertThat(QuestionParts.of("perpustakaan buka hari sabtu gak min? anak saya sakit dan saya khawatir"))
                .containsExactly("perpustakaan buka hari sabtu gak min?", "anak saya sakit dan saya khawatir");
        assertThat(QuestionParts.of("bapak saya dirawat di rs. jam besuk rsud sampai jam berapa ya. makasih"))
                .containsExactly("bapak saya dirawat di rs.", "jam besuk rsud sampai jam berapa ya.");
        assertThat(QuestionParts.of("cara bikin ktp gimana?\nsaya takut telat"))
                .containsExactly("cara bikin ktp gimana?", "saya takut telat");
        // a question mark typed without a space still ends the question
        assertThat(QuestionParts.of("jam buka samsat kapan?sy kerja senin sampai jumat"))
                .containsExactly("jam buka samsat kapan?", "sy kerja senin sampai jumat");
    }

    @Test
    void aLongMessageWithoutSentenceMarksHasItsFirstAndLastWordsAsParts() {
        assertThat(QuestionParts.of("pak saya ini sudah tua kerja di sawah anak saya merantau belum pulang, "
                + "jam buka perpustakaan daerah hari sabtu sampai jam berapa"))
                .containsExactly("pak saya ini sudah tua kerja di sawah",
                        "buka perpustakaan daerah hari sabtu sampai jam berapa");
        // one word short of a long message: read whole only
        assertThat(QuestionParts.of("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas"))
                .isEmpty();
    }

    @Test
    void oneSentenceOrAWholeStoryHasNoParts() {
        assertThat(QuestionParts.of("jam buka samsat hari sabtu kapan ya min")).isEmpty();
        assertThat(QuestionParts.of("jam buka samsat hari sabtu kapan ya min?")).isEmpty();
        assertThat(QuestionParts.of("satu dua tiga. empat lima enam. tujuh delapan sembilan. a b c. d e f. g h i. j k l"))
                .isEmpty();
    }

    @Test
    void aSureSentenceOnAnEntryTheWholeWasNearIsTaken() {
        KnowledgeRetriever retriever = fake(Map.of(
                "perpustakaan buka hari sabtu gak min?", sure("perpustakaan", 0.9),
                "anak saya sakit dan saya khawatir banget", unsure("kesehatan")));
        RetrievalResult whole = unsure("perpustakaan", "mal-pelayanan", "akta");

        assertThat(QuestionParts.surer("perpustakaan buka hari sabtu gak min? anak saya sakit dan saya khawatir banget",
                whole, retriever)).get().satisfies(r -> assertThat(r.top().orElseThrow().entryId()).isEqualTo("perpustakaan"));
    }

    @Test
    void aSentenceNeverBringsAnEntryTheWholeMessageWasNotNear() {
        // the attack: a worry told beside the question that alone is sure of something else, even one the whole message
        // ranked second
        KnowledgeRetriever retriever = fake(Map.of(
                "apakah benar bupati korupsi dana bansos?", unsure("bansos"),
                "rumah saya kena longsor kecil kemarin", sure("bantuan-longsor", 0.95)));
        RetrievalResult whole = unsure("bansos", "bantuan-longsor", "pengaduan");

        assertThat(QuestionParts.surer("apakah benar bupati korupsi dana bansos? rumah saya kena longsor kecil kemarin",
                whole, retriever)).isEmpty();
    }

    @Test
    void aMessageThatAsksTwoThingsIsNotAnsweredFromOneOfThem() {
        // the bridge batch of the twenty-sixth session, after its measurement (in-sample): "selama jembatan tutup gmn?"
        // alone was sure of the flood's road closures; the message also asks about a school bus
        KnowledgeRetriever retriever = fake(Map.of("selama jembatan tutup gmn?", sure("penutupan-jalan", 0.9)));
        String text = "min anak sy sekolah SMP di kota tp kami tinggal di lembah hijau. selama jembatan tutup gmn? "
                + "ada bus sekolah gk?";

        assertThat(QuestionParts.asksMoreThanOnce(text)).isTrue();
        assertThat(QuestionParts.surer(text, unsure("penutupan-jalan"), retriever)).isEmpty();
        assertThat(QuestionParts.asksMoreThanOnce("jam buka samsat kapan? 🙏 sy kerja senin sampai jumat")).isFalse();
        assertThat(QuestionParts.asksMoreThanOnce("gratis ga? kalo ga gratis tarifnya brp")).isFalse();
    }

    @Test
    void aSureWholeOrAnEmptyOneIsLeftAsItIs() {
        KnowledgeRetriever retriever = fake(Map.of("jam buka samsat kapan?", sure("samsat", 0.99),
                "saya kerja senin sampai jumat", sure("samsat", 0.99)));

        assertThat(QuestionParts.surer("jam buka samsat kapan? saya kerja senin sampai jumat", sure("samsat", 0.8),
                retriever)).isEmpty();
        assertThat(QuestionParts.surer("jam buka samsat kapan? saya kerja senin sampai jumat", unsure(),
                retriever)).isEmpty();
    }

    @Test
    void aSentenceSureOfTheWholesSecondEntryIsNotTaken() {
        // "KTP saya hilang waktu banjir. cara bikin KTP baru gimana?": the whole is about the lost card, the second
        // sentence alone is surer of the first-time card, and surer than the first sentence is of anything
        KnowledgeRetriever retriever = fake(Map.of("KTP saya hilang waktu banjir.", unsure("ktp-hilang"),
                "cara bikin KTP baru gimana?", sure("ktp-baru", 0.95)));

        assertThat(QuestionParts.surer("KTP saya hilang waktu banjir. cara bikin KTP baru gimana?",
                unsure("ktp-hilang", "ktp-baru"), retriever)).isEmpty();
    }

    @Test
    void ofTwoSureSentencesOnTheFirstEntryTheSurerIsTaken() {
        // read as the sentences they answer: a remark beside a question counts the words it says
        RetrievalResult surer = sure("samsat", 0.95, "bayar pajak motor di samsat hari sabtu");
        KnowledgeRetriever retriever = fake(Map.of("jam buka samsat kapan?", sure("samsat", 0.8, "jam buka samsat kapan?"),
                "bayar pajak motor di samsat hari sabtu", surer));

        assertThat(QuestionParts.surer("jam buka samsat kapan? bayar pajak motor di samsat hari sabtu",
                unsure("samsat", "e-samsat"), retriever)).containsSame(surer);
    }

    private static KnowledgeRetriever fake(Map<String, RetrievalResult> results) {
        return question -> results.getOrDefault(question, unsure());
    }

    private static RetrievalResult sure(String entry, double confidence) {
        return new RetrievalResult(entry, entry, List.of(hit(entry, 1)), confidence, true, List.of(), "v1", 0);
    }

    private static RetrievalResult sure(String entry, double confidence, String question) {
        return new RetrievalResult(question, question, List.of(hit(entry, 1)), confidence, true, List.of(), "v1", 0);
    }

    private static RetrievalResult unsure(String... entries) {
        List<RetrievalHit> hits = Arrays.stream(entries).map(e -> hit(e, 1)).toList();
        return new RetrievalResult("q", "q", hits, 0.4, false, List.of("low-confidence"), "v1", 0);
    }

    private static RetrievalHit hit(String entry, int rank) {
        return new RetrievalHit(entry, entry, entry, "https://example.go.id", 1.0 / rank, rank);
    }
}
