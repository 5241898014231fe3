package id.sigap.web;

import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import id.sigap.privacy.Redactor;
import id.sigap.store.Json;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's figures for the dashboard, read from the transcript day file
 * ({@code SIGAP_DATA_DIR/transcripts/YYYY-MM-DD.jsonl}, already redacted) and from the handoff queue.
 */
@Component
class DashboardFigures {

    static final List<String> SENTIMENTS = List.of("positif", "netral", "berpotensi_negatif", "negatif");

    private final HandoffService handoffs;
    private final Path dataDir;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();
    private final JsonMapper json = Json.MAPPER;

    DashboardFigures(HandoffService handoffs, @Value("${sigap.data-dir:./data}") Path dataDir,
                     @Value("${sigap.transcript.zone:${sigap.zone:Asia/Jakarta}}") ZoneId zone) {
        this.handoffs = handoffs;
        this.dataDir = dataDir;
        this.zone = zone;
    }

    record OpenHandoff(Handoff handoff, String age, boolean old) {
    }

    record Question(String text, int count) {
    }

    record Figures(LocalDate day, boolean transcriptFound, int turns, int questions, int answered, int handedOff,
                   Map<String, Integer> sentiment, int unrated, List<OpenHandoff> open, List<Question> unanswered,
                   int waiting, int claimed) {

        public int sentimentTotal() {
            return sentiment.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int percent(String label) {
            int total = sentimentTotal();
            return total == 0 ? 0 : Math.round(100f * sentiment.getOrDefault(label, 0) / total);
        }
    }

    Figures today() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        Map<String, Integer> sentiment = new LinkedHashMap<>();
        SENTIMENTS.forEach(s -> sentiment.put(s, 0));
        Map<String, Integer> unanswered = new HashMap<>();
        int turns = 0;
        int questions = 0;
        int answered = 0;
        int handedOff = 0;
        int unrated = 0;
        Path file = dataDir.resolve("transcripts").resolve(day + ".jsonl");
        boolean found = Files.isRegularFile(file);
        if (found) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode r;
                    try {
                        r = json.readTree(line);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (!"turn".equals(r.path("type").asString(""))) {
                        continue;
                    }
                    turns++;
                    String outcome = r.path("outcome").asString("");
                    if (outcome.equals("ANSWER") || outcome.equals("HANDOFF") || outcome.equals("EMERGENCY")) {
                        questions++;
                    }
                    if (outcome.equals("ANSWER")) {
                        answered++;
                    }
                    String label = r.path("sentiment").asString("");
                    if (sentiment.containsKey(label)) {
                        sentiment.merge(label, 1, Integer::sum);
                    } else {
                        unrated++;
                    }
                    if (outcome.equals("HANDOFF") || outcome.equals("EMERGENCY")) {
                        handedOff++;
                        boolean unsure = false;
                        for (var key : r.path("reasons")) {
                            var reason = id.sigap.conversation.Reason.ofKey(key.asString(""));
                            unsure |= reason.filter(x -> x == id.sigap.conversation.Reason.UNANSWERABLE
                                    || x == id.sigap.conversation.Reason.LOW_CONFIDENCE).isPresent();
                        }
                        if (unsure) {
                            // redacted again: older builds normalised before redacting (docs/privacy.md)
                            String text = Redactor.redact(r.path("normalized").asString(r.path("text").asString("")).strip());
                            if (!text.isEmpty()) {
                                unanswered.merge(text.toLowerCase(), 1, Integer::sum);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                found = false;
            }
        }
        List<Question> top = unanswered.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(e -> new Question(e.getKey(), e.getValue())).toList();
        List<OpenHandoff> open = new ArrayList<>();
        // Simulator trials are demos, not the office's work: they stay out of the day's figures.
        List<Handoff> waiting = handoffs.waiting().stream().filter(h -> !HandoffService.trial(h)).toList();
        List<Handoff> claimed = handoffs.claimed().stream().filter(h -> !HandoffService.trial(h)).toList();
        for (Handoff h : concat(waiting, claimed)) {
            Duration age = Duration.between(h.createdAt(), clock.instant());
            open.add(new OpenHandoff(h, age(age), age.toMinutes() >= 15));
        }
        open.sort(Comparator.comparing(o -> o.handoff().createdAt()));
        return new Figures(day, found, turns, questions, answered, handedOff, sentiment, unrated, open, top,
                waiting.size(), claimed.size());
    }

    static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return Math.max(0, d.toSeconds()) + " dtk";
        }
        return minutes < 60 ? minutes + " mnt" : (minutes / 60) + " j " + (minutes % 60) + " mnt";
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
