package id.sigap.transcript;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a transcript report, gathered in one pass over the records of a period. Keeps counts,
 * not records, except the texts of unanswered questions (for the knowledge-base gaps).
 */
final class ReportData {

    static final List<String> SENTIMENTS = List.of("positif", "netral", "berpotensi_negatif", "negatif");
    static final int ANSWERED = 0;
    static final int HANDED_OFF = 1;
    static final int NOT_ANSWERED = 2;
    static final int OTHER = 3;

    final LocalDate from;
    final LocalDate to;
    final ZoneId zone;
    final int days;

    int records;
    int turns;
    final Set<String> chats = new HashSet<>();
    final int[] perHour;
    final int[] hourOfDay = new int[24];
    final int[][] sentimentPerDay;
    final int[][] outcomePerDay;
    final Map<String, Integer> handoffReasons = new LinkedHashMap<>();
    final Map<String, Integer> turnHandoffReasons = new LinkedHashMap<>();
    final Map<String, Instant> requested = new HashMap<>();
    final List<Duration> timeToClaim = new ArrayList<>();
    final Set<String> claimed = new HashSet<>();
    int handoffsRequested;
    int thumbsUp;
    int thumbsDown;
    final Map<String, int[]> feedbackPerEntry = new HashMap<>();
    final int[] ratings = new int[5];
    final List<String> unanswered = new ArrayList<>();
    final List<Long> latencies = new ArrayList<>();
    final Map<String, Integer> answerModes = new LinkedHashMap<>();
    final Map<String, List<Long>> stageLatencies = new LinkedHashMap<>();
    /** Per broadcast its latest record: FINISHED once there is one, else STARTED. */
    final Map<String, TranscriptRecord> broadcasts = new java.util.TreeMap<>(
            java.util.Comparator.comparingLong((String id) -> id.length()).thenComparing(java.util.Comparator.naturalOrder()));

    /** Per notice to a gap's askers its latest record (FINISHED once there is one), in the order they started. */
    final Map<String, TranscriptRecord> gapNotices = new LinkedHashMap<>();
    /** Per notice to a gap's askers when it started (the approval). */
    final Map<String, Instant> gapNoticeStarted = new HashMap<>();

    ReportData(LocalDate from, LocalDate to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
        this.days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        this.perHour = new int[days * 24];
        this.sentimentPerDay = new int[days][SENTIMENTS.size()];
        this.outcomePerDay = new int[days][4];
    }

    void add(TranscriptRecord r) {
        if (r.time() == null) {
            return;
        }
        ZonedDateTime at = r.time().atZone(zone);
        int day = (int) ChronoUnit.DAYS.between(from, at.toLocalDate());
        if (day < 0 || day >= days) {
            return;
        }
        records++;
        if (r.chat() != null) {
            chats.add(r.chat());
        }
        if (r.isTurn()) {
            turn(r, at, day);
        } else if (r.isHandoff()) {
            handoff(r);
        } else if (r.isFeedback()) {
            feedback(r);
        } else if (r.isBroadcast() && r.broadcast() != null) {
            broadcasts.merge(r.broadcast(), r, (a, b) -> "FINISHED".equals(a.event()) ? a : b);
        } else if (r.isGapNotice() && r.notice() != null) {
            gapNotices.merge(r.notice(), r, (a, b) -> "FINISHED".equals(a.event()) ? a : b);
            gapNoticeStarted.merge(r.notice(), r.time(), (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    private void turn(TranscriptRecord r, ZonedDateTime at, int day) {
        turns++;
        perHour[day * 24 + at.getHour()]++;
        hourOfDay[at.getHour()]++;
        int sentiment = r.sentiment() == null ? -1 : SENTIMENTS.indexOf(r.sentiment());
        if (sentiment >= 0) {
            sentimentPerDay[day][sentiment]++;
        }
        String outcome = r.outcome() == null ? "" : r.outcome();
        int kind = switch (outcome) {
            case "ANSWER" -> ANSWERED;
            case "HANDOFF", "EMERGENCY" -> HANDED_OFF;
            case "FALLBACK" -> NOT_ANSWERED;
            default -> OTHER;
        };
        outcomePerDay[day][kind]++;
        if (kind == HANDED_OFF && r.reasons() != null) {
            canonical(r.reasons()).forEach(reason -> turnHandoffReasons.merge(reason, 1, Integer::sum));
        }
        if (r.unanswered()) {
            unanswered.add(r.questionText());
        }
        if (r.latencyMicros() != null) {
            latencies.add(r.latencyMicros());
        }
        if (r.stageMicros() != null) {
            r.stageMicros().forEach((stage, micros) -> stageLatencies.computeIfAbsent(stage, k -> new ArrayList<>()).add(micros));
        }
        if (r.answerMode() != null && kind == ANSWERED) {
            answerModes.merge(r.answerMode(), 1, Integer::sum);
        }
    }

    private void handoff(TranscriptRecord r) {
        String event = r.event() == null ? "" : r.event();
        switch (event) {
            case "REQUESTED" -> {
                handoffsRequested++;
                if (r.reasons() != null) {
                    canonical(r.reasons()).forEach(reason -> handoffReasons.merge(reason, 1, Integer::sum));
                }
                if (r.handoffId() != null) {
                    requested.putIfAbsent(r.handoffId(), r.time());
                }
            }
            case "CLAIMED" -> {
                Instant asked = r.handoffId() == null ? null : requested.get(r.handoffId());
                if (asked != null && claimed.add(r.handoffId())) {
                    timeToClaim.add(Duration.between(asked, r.time()));
                }
            }
            case "RATED" -> {
                if (r.rating() != null && r.rating() >= 1 && r.rating() <= 5) {
                    ratings[r.rating() - 1]++;
                }
            }
            default -> {
            }
        }
    }

    private void feedback(TranscriptRecord r) {
        boolean up = Boolean.TRUE.equals(r.helpful());
        if (up) {
            thumbsUp++;
        } else {
            thumbsDown++;
        }
        String entry = r.entry() == null || r.entry().isBlank() ? id.sigap.texts.Texts.officer("report.no-entry") : r.entry();
        feedbackPerEntry.computeIfAbsent(entry, e -> new int[2])[up ? 0 : 1]++;
    }

    /**
     * The reasons among recorded keys, each by its current key (an older file's alias counts with it);
     * free notes (a handoff id, an old "confidence:0.19") are no reasons and are not counted.
     */
    private static List<String> canonical(List<String> keys) {
        return keys.stream().map(id.sigap.conversation.Reason::ofKey).flatMap(java.util.Optional::stream)
                .map(id.sigap.conversation.Reason::key).distinct().toList();
    }

    /** Handoff reasons from the handoff feature's events, or from the turns' decisions when there are none. */
    Map<String, Integer> reasons() {
        return handoffReasons.isEmpty() ? turnHandoffReasons : handoffReasons;
    }

    int handoffs() {
        return Math.max(handoffsRequested, total(outcomePerDay, HANDED_OFF));
    }

    static int total(int[][] perDay, int column) {
        int sum = 0;
        for (int[] day : perDay) {
            sum += day[column];
        }
        return sum;
    }

    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
