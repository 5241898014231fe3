package id.sigap.monitoring;

import id.sigap.store.Json;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line verbs of monitoring: {@code monitor --once [--json]} collects once from the feeds
 * and prints the topics; {@code brief [--date YYYY-MM-DD] --out DIR} writes the day's brief to
 * {@code DIR/index.html}. Arguments are checked by {@link #usageError} before any context starts.
 */
public class MonitoringVerbs {

    private static final JsonMapper JSON = Json.MAPPER;

    private final MonitoringService monitoring;
    private final BriefBuilder briefs;

    MonitoringVerbs(MonitoringService monitoring, BriefBuilder briefs) {
        this.monitoring = monitoring;
        this.briefs = briefs;
    }

    /** The reason the arguments are wrong, or empty when they are fine. */
    public static Optional<String> usageError(String verb, List<String> args) {
        try {
            if (verb.equals("monitor")) {
                MonitorArgs.parse(args);
            } else {
                BriefArgs.parse(args);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public int monitor(List<String> args, PrintStream out, PrintStream err) {
        MonitorArgs options = MonitorArgs.parse(args);
        FeedPoller.Round round = monitoring.collectOnce();
        MonitoringOverview overview = monitoring.overview(Instant.now());
        for (TopicSummary t : overview.topics()) {
            if (options.json()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("topic", t.label());
                line.put("items", t.items());
                Map<String, Object> sentiment = new LinkedHashMap<>();
                sentiment.put("positif", t.sentiment().positif());
                sentiment.put("netral", t.sentiment().netral());
                sentiment.put("berpotensi_negatif", t.sentiment().berpotensiNegatif());
                sentiment.put("negatif", t.sentiment().negatif());
                line.put("sentiment", sentiment);
                line.put("alert", t.alert());
                line.put("coordinated", t.coordinated());
                out.println(JSON.writeValueAsString(line));
            } else {
                out.printf("%-40s %4d item  negatif %3d%%  %s%s%s%n", t.label(), t.items(),
                        Math.round(t.sentiment().negativeShare() * 100), t.trend().label(),
                        t.alert() ? "  PERINGATAN" : "", t.coordinated() ? "  TERKOORDINASI?" : "");
            }
        }
        err.printf("sigap: %d umpan ditanya, %d gagal, %d item baru; %d item, %d topik%n", round.feedsAsked(),
                round.feedsFailed(), round.newItems(), overview.items(), overview.topics().size());
        overview.feeds().stream().filter(f -> f.lastError() != null)
                .forEach(f -> err.println("sigap: umpan " + f.url() + ": " + f.lastError()));
        return 0;
    }

    public int brief(List<String> args, PrintStream out, PrintStream err) {
        BriefArgs options = BriefArgs.parse(args);
        Instant now = Instant.now();
        LocalDate day = options.date() != null ? options.date() : LocalDate.ofInstant(now, monitoring.settings().zone());
        DailyBrief brief = briefs.forDay(day, now);
        String html = BriefPage.render(brief, monitoring.settings().zone(), "");
        try {
            Files.createDirectories(options.out());
            Path file = options.out().resolve("index.html");
            Files.writeString(file, html, StandardCharsets.UTF_8);
            out.println(file);
            return 0;
        } catch (IOException e) {
            err.println("sigap: cannot write " + options.out() + ": " + e.getMessage());
            return 2;
        }
    }

    record MonitorArgs(boolean json) {
        static MonitorArgs parse(List<String> args) {
            boolean once = false;
            boolean json = false;
            for (String a : args) {
                switch (a) {
                    case "--once" -> once = true;
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("monitor: unknown option " + a + " (usage: monitor --once [--json])");
                }
            }
            if (!once) {
                throw new IllegalArgumentException("monitor: --once is required (the running service monitors continuously)");
            }
            return new MonitorArgs(json);
        }
    }

    record BriefArgs(LocalDate date, Path out) {
        static BriefArgs parse(List<String> args) {
            LocalDate date = null;
            Path out = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if ((a.equals("--date") || a.equals("--out")) && i + 1 >= args.size()) {
                    throw new IllegalArgumentException("brief: " + a + " needs a value");
                }
                switch (a) {
                    case "--date" -> {
                        try {
                            date = LocalDate.parse(args.get(++i));
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("brief: --date must be YYYY-MM-DD, not " + args.get(i));
                        }
                    }
                    case "--out" -> out = Path.of(args.get(++i));
                    default -> throw new IllegalArgumentException("brief: unknown option " + a + " (usage: brief [--date YYYY-MM-DD] --out DIR)");
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("brief: --out DIR is required");
            }
            return new BriefArgs(date, out);
        }
    }
}
