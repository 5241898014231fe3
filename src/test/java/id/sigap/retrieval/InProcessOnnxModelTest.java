package id.sigap.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The footprint-minded loading gives the vectors LangChain4j's own loading gives. */
class InProcessOnnxModelTest {

    static final EmbeddingModel LIBRARY = new AllMiniLmL6V2EmbeddingModel();

    @Test
    void sameVectorsAsTheLibrarysOwnLoading() {
        assertSameVectors(InProcessOnnxModel.miniLm(), LIBRARY);
    }

    @Test
    void withoutAWritableTemporaryDirectoryTheModelIsReadIntoMemory() {
        assertSameVectors(InProcessOnnxModel.miniLm(Path.of("/nonexistent/sigap-tmp")), LIBRARY);
    }

    private static void assertSameVectors(EmbeddingModel ours, EmbeddingModel library) {
        assertThat(ours.dimension()).isEqualTo(InProcessOnnxModel.MINI_LM_DIMENSION);
        for (String text : List.of("syarat membuat KTP elektronik", "jam buka kantor kecamatan",
                "how do I renew a family card?")) {
            float[] a = ours.embed(text).content().vector();
            float[] b = library.embed(text).content().vector();
            assertThat(a).hasSize(b.length);
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int i = 0; i < a.length; i++) {
                dot += a[i] * b[i];
                na += a[i] * a[i];
                nb += b[i] * b[i];
            }
            assertThat(dot / Math.sqrt(na * nb)).as(text).isGreaterThan(0.99999);
        }
    }
}
