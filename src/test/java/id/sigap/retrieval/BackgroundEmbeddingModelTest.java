package id.sigap.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundEmbeddingModelTest {

    @Test
    void nothingLoadsBeforeItIsAskedForOrStarted() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        BackgroundEmbeddingModel model = new BackgroundEmbeddingModel(() -> {
            loads.incrementAndGet();
            return new Fixed();
        });
        Thread.sleep(100);
        assertThat(loads).hasValue(0);
        assertThat(model.loaded()).isFalse();

        model.startLoading();
        model.startLoading();
        assertThat(model.embed("x").content().vector()).containsExactly(1f, 0f);
        assertThat(loads).hasValue(1);
        assertThat(model.loaded()).isTrue();
    }

    @Test
    void theFirstCallLoadsAndWaitsWhenNothingStartedTheLoad() {
        AtomicInteger loads = new AtomicInteger();
        BackgroundEmbeddingModel model = new BackgroundEmbeddingModel(() -> {
            loads.incrementAndGet();
            return new Fixed();
        });
        assertThat(model.embedAll(List.of(TextSegment.from("a"), TextSegment.from("b"))).content()).hasSize(2);
        assertThat(model.dimension()).isEqualTo(2);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailedLoadFailsEveryCallWithItsCause() {
        BackgroundEmbeddingModel model = new BackgroundEmbeddingModel(() -> {
            throw new IllegalStateException("no model");
        });
        model.startLoading();
        assertThatThrownBy(() -> model.embed("x")).isInstanceOf(IllegalStateException.class).hasMessage("no model");
        assertThatThrownBy(() -> model.embed("y")).isInstanceOf(IllegalStateException.class).hasMessage("no model");
    }

    private static final class Fixed implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {1f, 0f})).toList());
        }

        @Override
        public int dimension() {
            return 2;
        }
    }
}
