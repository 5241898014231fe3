package id.sigap.monitoring;

import id.sigap.cli.CommandLineVerbs;
import id.sigap.monitoring.FakeFeedServer.Entry;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code monitor --once --json} of the contract, run as the jar runs it (its own application context with
 * embedded Redis), against feeds on loopback: one JSON object a topic with the four sentiment counts, a
 * broken feed reported on stderr and nothing else stopped; bad arguments exit 2 without starting anything.
 */
class MonitorVerbTest {

    @Test
    void monitorOnceJsonPrintsOneObjectPerTopicAndReportsBrokenFeeds() throws Exception {
        try (FakeFeedServer server = new FakeFeedServer()) {
            Instant t = Instant.now().minus(Duration.ofMinutes(30));
            List<Entry> burst = new ArrayList<>();
            for (int i = 0; i < EarlyWarningTest.BURST.size(); i++) {
                burst.add(new Entry("Kabar " + i, EarlyWarningTest.BURST.get(i), "http://p.invalid/" + i, t.plusSeconds(i * 60L)));
            }
            server.feed("/berita", FakeFeedServer.rss("Portal", burst));
            System.setProperty("sigap.monitoring.feeds", server.url("/berita") + "," + server.url("/rusak"));
            System.setProperty("sigap.data-dir", TestDirs.fresh("monitor-verb").toString());
            System.setProperty("sigap.redis-url", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            int status;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                status = CommandLineVerbs.run(new String[]{"monitor", "--once", "--json"});
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
                System.clearProperty("sigap.monitoring.feeds");
                System.clearProperty("sigap.data-dir");
                System.clearProperty("sigap.redis-url");
            }
            assertThat(status).isZero();
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).toList();
            assertThat(lines).isNotEmpty();
            JsonMapper json = JsonMapper.builder().build();
            JsonNode first = json.readTree(lines.getFirst());
            assertThat(first.get("topic").asString()).containsAnyOf("jembatan", "ambruk", "marah", "warga", "perbaikan");
            assertThat(first.get("alert").asBoolean()).as("alerts come first").isTrue();
            assertThat(first.get("coordinated").asBoolean()).isFalse();
            JsonNode sentiment = first.get("sentiment");
            int sum = 0;
            for (String label : List.of("positif", "netral", "berpotensi_negatif", "negatif")) {
                sum += sentiment.get(label).asInt();
            }
            assertThat(sum).isEqualTo(first.get("items").asInt());
            int items = 0;
            for (String line : lines) {
                items += json.readTree(line).get("items").asInt();
            }
            assertThat(items).as("every item is in one topic").isEqualTo(EarlyWarningTest.BURST.size());
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("/rusak", "HTTP 500");
        }
    }

    @Test
    void badArgumentsExitTwoWithOneLineAndStartNothing() {
        assertThat(CommandLineVerbs.run(new String[]{"monitor"})).isEqualTo(2);
        assertThat(CommandLineVerbs.run(new String[]{"monitor", "--once", "--xml"})).isEqualTo(2);
        assertThat(CommandLineVerbs.run(new String[]{"brief", "--date", "2026-13-40", "--out", "x"})).isEqualTo(2);
    }
}
