package id.sigap.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingCacheTest {

    static final String MODEL_ID = "counting-test-model";

    @Test
    void vectorsSurviveARestartWithoutBeingEmbeddedAgain() {
        Path dir = TestDirs.fresh("embedding-cache");
        CountingModel first = new CountingModel();
        RetrievalIndexBuilder before = new RetrievalIndexBuilder(first, RetrievalSettings.defaults(), cache(dir));
        RetrievalIndex one = before.build(kb("banjir di sangkara utara sudah surut"));
        assertThat(before.lastEmbedded()).isPositive();

        CountingModel second = new CountingModel();
        RetrievalIndexBuilder after = new RetrievalIndexBuilder(second, RetrievalSettings.defaults(), cache(dir));
        RetrievalIndex two = after.build(kb("banjir di sangkara utara sudah surut"));

        assertThat(after.lastEmbedded()).isZero();
        assertThat(second.texts).isEmpty();
        float[] query = after.embedQuery("posko banjir");
        assertThat(two.vectors().maxSimilarity(query)).containsExactly(one.vectors().maxSimilarity(query));
    }

    @Test
    void aChangedTextIsEmbeddedAgainAndOnlyThat() {
        Path dir = TestDirs.fresh("embedding-cache");
        new RetrievalIndexBuilder(new CountingModel(), RetrievalSettings.defaults(), cache(dir))
                .build(kb("banjir di sangkara utara sudah surut"));

        CountingModel model = new CountingModel();
        RetrievalIndexBuilder restarted = new RetrievalIndexBuilder(model, RetrievalSettings.defaults(), cache(dir));
        restarted.build(kb("banjir di sangkara utara masih setinggi lutut"));

        assertThat(model.texts).hasSize(1).allMatch(t -> t.contains("setinggi lutut"));
    }

    @Test
    void aCorruptOrTruncatedCacheIsRebuilt() throws IOException {
        Path dir = TestDirs.fresh("embedding-cache");
        EmbeddingCache cache = cache(dir);
        int all = build(dir);
        byte[] bytes = Files.readAllBytes(cache.file());
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(cache.file(), bytes);

        assertThat(build(dir)).isEqualTo(all);
        assertThat(build(dir)).isZero();

        Files.write(cache.file(), java.util.Arrays.copyOf(bytes, 40));
        assertThat(build(dir)).isEqualTo(all);
        Files.writeString(cache.file(), "not a cache at all");
        assertThat(build(dir)).isEqualTo(all);
        assertThat(build(dir)).isZero();
    }

    @Test
    void anotherModelNeverReadsTheVectorsOfThisOne() {
        Path dir = TestDirs.fresh("embedding-cache");
        build(dir);
        CountingModel model = new CountingModel();
        RetrievalIndexBuilder other = new RetrievalIndexBuilder(model, RetrievalSettings.defaults(),
                new EmbeddingCache(dir, "another-model"));
        other.build(kb("banjir di sangkara utara sudah surut"));

        assertThat(other.lastEmbedded()).isPositive();
    }

    @Test
    void theModelIdNamesTheConfiguredModel() {
        RetrievalSettings.Embedding minilm = new RetrievalSettings.Embedding(null, null, null, null, null, null, null,
                null, null);
        RetrievalSettings.Embedding openAi = new RetrievalSettings.Embedding("openai", null, null, null,
                "http://127.0.0.1:8000/v1", "k", "bge-m3", null, null);
        RetrievalSettings.Embedding prefixed = new RetrievalSettings.Embedding("openai", null, null, null,
                "http://127.0.0.1:8000/v1", "k", "bge-m3", "query: ", "passage: ");
        assertThat(EmbeddingCache.modelId(minilm)).isNotEqualTo(EmbeddingCache.modelId(openAi));
        assertThat(EmbeddingCache.modelId(openAi)).contains("bge-m3");
        assertThat(EmbeddingCache.modelId(prefixed)).isNotEqualTo(EmbeddingCache.modelId(openAi));
    }

    @Test
    void entryTextsAndQuestionsAreEmbeddedWithTheirConfiguredPrefixes() {
        CountingModel model = new CountingModel();
        RetrievalSettings settings = new RetrievalSettings(null, null, null, null, null, null, null, null, null, null,
                new RetrievalSettings.Embedding(null, null, null, null, null, null, null, "query: ", "passage: "), null);
        RetrievalIndexBuilder builder = new RetrievalIndexBuilder(model, settings);
        builder.build(kb("banjir di sangkara utara sudah surut"));
        builder.embedQuery("posko banjir di mana");

        assertThat(model.texts).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("passage: "));
        assertThat(model.queries).containsExactly("query: posko banjir di mana");
    }

    private static int build(Path dir) {
        RetrievalIndexBuilder builder = new RetrievalIndexBuilder(new CountingModel(), RetrievalSettings.defaults(),
                cache(dir));
        builder.build(kb("banjir di sangkara utara sudah surut"));
        return builder.lastEmbedded();
    }

    private static EmbeddingCache cache(Path dir) {
        return new EmbeddingCache(dir.resolve("embeddings"), MODEL_ID);
    }

    private static KnowledgeBase kb(String postBody) {
        List<KnowledgeEntry> entries = List.of(
                new KnowledgeEntry("posko", "Posko pengungsian", EntryStatus.APPROVED,
                        List.of("posko ngungsi dimana", "tempat mengungsi terdekat"), List.of("banjir"), null, null,
                        null, postBody, "posko.md"),
                new KnowledgeEntry("ktp", "KTP hilang", EntryStatus.APPROVED, List.of("ktp sy ilang"),
                        List.of("ktp"), null, null, null, "Lapor kehilangan ke kelurahan, lalu ke Disdukcapil.",
                        "ktp.md"));
        return new KnowledgeBase(entries, "v-" + postBody.hashCode(), LocalDate.of(2026, 11, 23), List.of(), 2);
    }

    /** A deterministic stand-in for an embedding model that records what it was asked to embed. */
    static final class CountingModel implements EmbeddingModel {
        final List<String> texts = new ArrayList<>();
        final List<String> queries = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment segment : segments) {
                if (segments.size() > 1 || !segment.text().replaceFirst("^\\w+: ", "").startsWith("posko banjir")) {
                    texts.add(segment.text());
                } else {
                    queries.add(segment.text());
                }
                float[] v = new float[8];
                for (String word : segment.text().split("\\s+")) {
                    v[Math.floorMod(word.hashCode(), 8)] += 1;
                }
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }
    }
}
