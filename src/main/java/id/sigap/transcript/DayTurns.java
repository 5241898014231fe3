package id.sigap.transcript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day's turns as the console's dashboard counts them, read from the day's transcript file through
 * {@link TranscriptRecord}, so that the dashboard, {@code report} and {@code gaps} agree on what a turn, an
 * answer and an unanswered question are, and on how an old record's text is redacted again.
 *
 * @param found      whether the day's file exists
 * @param turns      the citizens' turns
 * @param questions  turns decided as an answer, a handoff or an emergency
 * @param answered   turns answered from the knowledge base
 * @param handedOff  turns handed to a person (emergencies included)
 * @param sentiment  turns per sentiment label, in the four labels' order
 * @param unrated    turns with no sentiment label
 * @param unanswered the day's most asked questions the bot could not answer, most asked first (at most ten)
 */
public record DayTurns(boolean found, int turns, int questions, int answered, int handedOff,
                       Map<String, Integer> sentiment, int unrated, List<Asked> unanswered) {

    private static final int TOP = 10;

    /** A question as it was asked (normalised and redacted) and how many times that day. */
    public record Asked(String text, int count) {
    }

    /** The four labels' total. */
    public int sentimentTotal() {
        return sentiment.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A label's share of the labelled turns, in whole percent. */
    public int percent(String label) {
        int total = sentimentTotal();
        return total == 0 ? 0 : Math.round(100f * sentiment.getOrDefault(label, 0) / total);
    }

    /** Reads {@code SIGAP_DATA_DIR/transcripts/<day>.jsonl}; a line cut short by a crash is skipped. */
    public static DayTurns read(Path dataDir, LocalDate day) {
        Path dir = TranscriptFiles.directory(dataDir);
        Counter counter = new Counter();
        boolean found = Files.isRegularFile(TranscriptFiles.file(dir, day));
        if (found) {
            TranscriptFiles.read(dir, day, day, counter::add);
        }
        return counter.figures(found);
    }

    private static final class Counter {
        private final Map<String, Integer> sentiment = new LinkedHashMap<>();
        private final Map<String, Integer> unanswered = new HashMap<>();
        private int turns;
        private int questions;
        private int answered;
        private int handedOff;
        private int unrated;

        Counter() {
            ReportData.SENTIMENTS.forEach(s -> sentiment.put(s, 0));
        }

        void add(TranscriptRecord r) {
            if (!r.isTurn()) {
                return;
            }
            turns++;
            String outcome = r.outcome() == null ? "" : r.outcome();
            boolean handoff = outcome.equals("HANDOFF") || outcome.equals("EMERGENCY");
            if (handoff || outcome.equals("ANSWER")) {
                questions++;
            }
            if (outcome.equals("ANSWER")) {
                answered++;
            }
            if (handoff) {
                handedOff++;
            }
            if (r.sentiment() != null && sentiment.containsKey(r.sentiment())) {
                sentiment.merge(r.sentiment(), 1, Integer::sum);
            } else {
                unrated++;
            }
            if (r.unanswered()) {
                String text = r.questionText().strip().toLowerCase();
                if (!text.isEmpty()) {
                    unanswered.merge(text, 1, Integer::sum);
                }
            }
        }

        DayTurns figures(boolean found) {
            List<Asked> top = unanswered.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP).map(e -> new Asked(e.getKey(), e.getValue())).toList();
            return new DayTurns(found, turns, questions, answered, handedOff, Collections.unmodifiableMap(sentiment),
                    unrated, top);
        }
    }
}
