package id.sigap.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.rag.query.Query;
import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HybridKnowledgeRetrieverTest {

    static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("src/test/resources/kb/good"), LocalDate.of(2026, 11, 23));
        retriever = HybridKnowledgeRetriever.over(kb, MODEL, RetrievalSettings.defaults());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "posko ngungsi di utara dmn ya min | posko-utara",
            "ktp sy ilang gmn ngurusnya | ktp-hilang",
            "nomer darurat bpbd brp | nomor-darurat",
            "anak2 sekolah libur ga sampe kpn | sekolah-libur",
            "kantor kominfo buka sabtu gak | jam-kantor",
    })
    void findsTheRightEntryForInformalQuestions(String question, String expected) {
        RetrievalResult result = retriever.retrieve(question);

        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits().getFirst().entryId()).isEqualTo(expected);
        assertThat(result.hits()).extracting(RetrievalHit::entryId).doesNotHaveDuplicates();
        assertThat(result.confidence()).isBetween(0.0, 1.0);
        assertThat(result.kbVersion()).isEqualTo(retriever.knowledgeBase().version());
    }

    @Test
    void isNotConfidentWhenNothingMatches() {
        RetrievalResult result = retriever.retrieve("harga emas antam hari ini");

        assertThat(result.confident()).isFalse();
        assertThat(result.reasons()).containsAnyOf("no-match", "low-confidence");
    }

    @Test
    void neverServesDraftsOrExpiredEntries() {
        assertThat(retriever.retrieve("apakah ada santunan korban banjir").hits())
                .extracting(RetrievalHit::entryId).doesNotContain("santunan-draf");
        assertThat(retriever.retrieve("status siaga banjir minggu lalu").hits())
                .extracting(RetrievalHit::entryId).doesNotContain("status-lama");
    }

    @Test
    void langchainRetrieversReturnOneContentPerEntry() {
        var bm25 = retriever.bm25Retriever().retrieve(Query.from("posko pengungsian utara"));
        var dense = retriever.denseRetriever().retrieve(Query.from("posko pengungsian utara"));
        var fused = retriever.retrieve(Query.from("posko ngungsi di utara dmn"));

        assertThat(bm25.getFirst().textSegment().metadata().getString("entry_id")).isEqualTo("posko-utara");
        assertThat(dense).isNotEmpty();
        assertThat(fused).extracting(c -> c.textSegment().metadata().getString("entry_id")).doesNotHaveDuplicates()
                .first().isEqualTo("posko-utara");
    }

    @ParameterizedTest
    @ValueSource(strings = {"posko ngungsi di utara dmn", "harga tiket pesawat ke bali", "zzzz qqqq"})
    void theLivePathGoesThroughTheLangChainAugmentorAndKeepsTheWholeVerdict(String question) {
        RetrievalResult direct = retriever.trace(question).result();
        RetrievalResult live = retriever.retrieve(question);
        var augmented = retriever.augmentor().augment(new dev.langchain4j.rag.AugmentationRequest(
                dev.langchain4j.data.message.UserMessage.from(question),
                dev.langchain4j.rag.query.Metadata.from(dev.langchain4j.data.message.UserMessage.from(question), null,
                        List.of()))).contents();

        assertThat(augmented).extracting(c -> c.textSegment().metadata().getString("entry_id"))
                .containsExactlyElementsOf(direct.hits().stream().map(RetrievalHit::entryId).toList());
        assertThat(live.hits()).isEqualTo(direct.hits());
        assertThat(live.confidence()).isEqualTo(direct.confidence());
        assertThat(live.confident()).isEqualTo(direct.confident());
        assertThat(live.reasons()).isEqualTo(direct.reasons());
        assertThat(live.normalizedQuestion()).isEqualTo(direct.normalizedQuestion());
        assertThat(live.kbVersion()).isEqualTo(direct.kbVersion());
    }

    @Test
    void aBlankQuestionIsNoMatchWithoutReachingLangChain() {
        assertThat(retriever.retrieve("   ").reasons()).containsExactly("no-match");
    }

    @Test
    void queriesDuringReloadsAlwaysSeeOneWholeVersion() throws Exception {
        KnowledgeBase a = kb("versi-a", "a");
        KnowledgeBase b = kb("versi-b", "b");
        HybridKnowledgeRetriever live = HybridKnowledgeRetriever.over(a, MODEL, RetrievalSettings.defaults());
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> inconsistent = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> versions = new ConcurrentLinkedQueue<>();
        List<Thread> readers = IntStream.range(0, 3).mapToObj(i -> Thread.ofPlatform().start(() -> {
            while (running.get()) {
                RetrievalResult r = live.retrieve("jadwal posko layanan");
                versions.add(r.kbVersion());
                Set<String> prefixes = r.hits().stream().map(h -> h.entryId().substring(0, 1)).collect(Collectors.toSet());
                if (prefixes.size() != 1 || !r.kbVersion().equals("versi-" + prefixes.iterator().next())) {
                    inconsistent.add(r.kbVersion() + " " + prefixes);
                }
            }
        })).toList();
        for (int i = 0; i < 6; i++) {
            live.knowledgeBaseLoaded(i % 2 == 0 ? b : a);
        }
        running.set(false);
        for (Thread t : readers) {
            t.join();
        }
        assertThat(inconsistent).isEmpty();
        assertThat(versions).contains("versi-a", "versi-b");
    }

    private static KnowledgeBase kb(String version, String prefix) {
        List<KnowledgeEntry> entries = IntStream.range(0, 8).mapToObj(i -> new KnowledgeEntry(prefix + "-" + i,
                "Jadwal layanan posko " + i, EntryStatus.APPROVED, List.of("jadwal posko " + i), List.of(), null, null,
                null, "Layanan posko nomor " + i + " buka setiap hari.", "x.md")).toList();
        return new KnowledgeBase(entries, version, LocalDate.now(), List.of(), entries.size());
    }

    @Test
    void theServiceWithTheDenseSideOffNeverTouchesTheEmbeddingModel() {
        AtomicBoolean used = new AtomicBoolean();
        EmbeddingModel untouchable = new EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                used.set(true);
                throw new IllegalStateException("the model was asked for " + segments.size() + " vectors");
            }
        };
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("src/test/resources/kb/good"), LocalDate.of(2026, 11, 23));
        HybridKnowledgeRetriever service = HybridKnowledgeRetriever.likeService(untouchable, RetrievalSettings.defaults());
        service.knowledgeBaseLoaded(kb);

        RetrievalResult result = service.retrieve("posko ngungsi di utara dmn ya min");

        assertThat(used).isFalse();
        assertThat(result.hits().getFirst().entryId()).isEqualTo("posko-utara");
        assertThat(result.hits().getFirst().entryId())
                .isEqualTo(retriever.retrieve("posko ngungsi di utara dmn ya min").hits().getFirst().entryId());
    }
}
