package id.sigap.monitoring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered last normalised post never hands one text's form to another, alone or from many threads. */
class RememberedFingerprintTest {

    @Test
    void eachTextGetsItsOwnForm() throws Exception {
        assertThat(TextFingerprint.normalised("Banjir di Désa @bpbd https://x.id/a  SURUT!")).isEqualTo("banjir di desa surut");
        assertThat(TextFingerprint.normalised("Banjir di Désa @bpbd https://x.id/a  SURUT!")).isEqualTo("banjir di desa surut");
        assertThat(TextFingerprint.normalised("Jalan Raya 12 ditutup")).isEqualTo("jalan raya 12 ditutup");
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int own = w;
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int n = (i + own) % 13;
                        assertThat(TextFingerprint.normalised("Pos " + n + " AIR naik!")).isEqualTo("pos " + n + " air naik");
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
    }
}
