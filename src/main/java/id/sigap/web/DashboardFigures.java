package id.sigap.web;

import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import id.sigap.transcript.DayTurns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Today's figures for the dashboard: the turns of the transcript's day file ({@link DayTurns}) and the handoff queue.
 */
@Component
class DashboardFigures {

    private final HandoffService handoffs;
    private final Path dataDir;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    DashboardFigures(HandoffService handoffs, @Value("${sigap.data-dir:./data}") Path dataDir,
                     @Value("${sigap.transcript.zone:${sigap.zone:Asia/Jakarta}}") ZoneId zone) {
        this.handoffs = handoffs;
        this.dataDir = dataDir;
        this.zone = zone;
    }

    record OpenHandoff(Handoff handoff, String age, boolean old) {
    }

    /** Today's turns (from the transcript) and the open handoffs (from the queue). */
    record Figures(LocalDate day, DayTurns turns, List<OpenHandoff> open, int waiting, int claimed) {
    }

    Figures today() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        DayTurns turns = DayTurns.read(dataDir, day);
        List<OpenHandoff> open = new ArrayList<>();
        // Simulator trials are demos, not the office's work: they stay out of the day's figures.
        List<Handoff> waiting = handoffs.waiting().stream().filter(h -> !HandoffService.trial(h)).toList();
        List<Handoff> claimed = handoffs.claimed().stream().filter(h -> !HandoffService.trial(h)).toList();
        for (Handoff h : concat(waiting, claimed)) {
            Duration age = Duration.between(h.createdAt(), clock.instant());
            open.add(new OpenHandoff(h, age(age), age.toMinutes() >= 15));
        }
        open.sort(Comparator.comparing(o -> o.handoff().createdAt()));
        return new Figures(day, turns, open, waiting.size(), claimed.size());
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
