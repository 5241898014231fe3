package id.sigap.retrieval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered last normalisation never hands one text's form to another, alone or from many threads. */
class RememberedNormalizationTest {

    @Test
    void eachTextGetsItsOwnFormWhateverWasNormalisedBefore() throws Exception {
        List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("eval/golden.jsonl")));
        texts.addAll(List.of("Tolooong", "tolong", "anak2 sy", "anak anak sy", "  ", ""));
        Map<String, String> first = new ConcurrentHashMap<>();
        for (String t : texts) {
            first.put(t, IndonesianNormalizer.normalize(t));
            assertThat(IndonesianNormalizer.normalize(t)).isEqualTo(first.get(t));
        }
        assertThat(IndonesianNormalizer.normalize("Tolooong")).isEqualTo("tolong");
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int offset = w;
                all.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            String t = texts.get((i * 7 + offset + round) % texts.size());
                            assertThat(IndonesianNormalizer.normalize(t)).isEqualTo(first.get(t));
                        }
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
    }
}
