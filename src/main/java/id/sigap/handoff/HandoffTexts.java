package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.conversation.Reply.Button;
import id.sigap.texts.Texts;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the handoff feature says to citizens and staff, and the staff card's buttons; the texts are in
 * texts/warga.yaml, texts/warga-en.yaml and texts/petugas.yaml ({@code handoff.*}).
 */
final class HandoffTexts {

    private HandoffTexts() {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH.mm", Locale.forLanguageTag("id"));

    /** The reasons in the officers' words (one label table: {@link Reason}). */
    static String reasons(List<Reason> reasons) {
        return String.join(", ", reasons.stream().map(Reason::label).distinct().toList());
    }

    /** The priority's name in the one label table ({@link Priority#label()}). */
    static String priority(Priority priority) {
        return priority.label();
    }

    /**
     * One staff-group message for every reminder due in an interval: conversations waiting past the
     * re-announcement time, and those escalated to the head of office.
     */
    static String slaDigest(List<Handoff> reannounced, List<Handoff> escalated,
                            java.util.function.ToLongFunction<Handoff> minutesWaiting, String headOfOffice, int maxLines) {
        StringBuilder text = new StringBuilder();
        if (!reannounced.isEmpty()) {
            text.append(Texts.officer("handoff.digest-reannounced").formatted(reannounced.size()));
            digestLines(text, reannounced, minutesWaiting, maxLines);
        }
        if (!escalated.isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(Texts.officer("handoff.digest-escalated").formatted(mention(headOfOffice), escalated.size()));
            digestLines(text, escalated, minutesWaiting, maxLines);
        }
        return text.toString();
    }

    private static void digestLines(StringBuilder text, List<Handoff> handoffs,
                                    java.util.function.ToLongFunction<Handoff> minutesWaiting, int maxLines) {
        handoffs.stream().limit(maxLines).forEach(h -> text.append('\n').append(Texts.officer("handoff.digest-line")
                .formatted(header(h), minutesWaiting.applyAsLong(h), reasons(h.reasons()))));
        if (handoffs.size() > maxLines) {
            text.append('\n').append(Texts.officer("handoff.digest-more").formatted(handoffs.size() - maxLines));
        }
    }

    private static String mention(String head) {
        if (head == null || head.isBlank()) {
            return Texts.officer("handoff.head-of-office");
        }
        return head.startsWith("@") ? head : Texts.officer("handoff.head-of-office-named").formatted(head);
    }

    static String header(Handoff h) {
        return Texts.officer("handoff.badge." + h.priority().name().toLowerCase(Locale.ROOT)) + " · #" + h.id();
    }

    static String card(Handoff h, List<String> recent, List<Suggestion> suggestions, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        text.append(Texts.officer("handoff.card-citizen").formatted(
                h.citizenName() == null ? Texts.officer("handoff.card-no-name") : h.citizenName(), h.channel(), h.chatId())).append('\n');
        text.append(Texts.officer("handoff.card-reasons").formatted(reasons(h.reasons()))).append('\n');
        if (h.sentiment() != null) {
            text.append(Texts.officer("handoff.card-sentiment").formatted(h.sentiment().replace('_', ' '))).append('\n');
        }
        text.append(Texts.officer("handoff.card-priority").formatted(priority(h.priority()),
                TIME.format(ZonedDateTime.ofInstant(h.createdAt(), zone)))).append('\n');
        if (!recent.isEmpty()) {
            text.append('\n').append(Texts.officer("handoff.card-recent")).append('\n');
            recent.forEach(m -> text.append("› ").append(abbreviate(m, 300)).append('\n'));
        }
        if (!suggestions.isEmpty()) {
            text.append('\n').append(Texts.officer("handoff.card-suggestions")).append('\n');
            for (int i = 0; i < suggestions.size(); i++) {
                Suggestion s = suggestions.get(i);
                text.append(i + 1).append(". ").append(s.title()).append(" (").append(s.entryId()).append(")\n");
            }
        }
        text.append('\n').append(Texts.officer("handoff.card-reply-here"));
        return text.toString();
    }

    static List<List<Button>> cardButtons(Handoff h, int suggestions) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(new Button(Texts.officer("handoff.button-claim"), "h:c:" + h.id()),
                new Button(Texts.officer("handoff.button-resolve"), "h:r:" + h.id()),
                new Button(Texts.officer("handoff.button-give-back"), "h:b:" + h.id())));
        List<Button> use = new ArrayList<>();
        for (int i = 0; i < Math.min(3, suggestions); i++) {
            use.add(new Button(Texts.officer("handoff.button-use-suggestion").formatted(i + 1), "h:s:" + h.id() + ":" + (i + 1)));
        }
        if (!use.isEmpty()) {
            rows.add(use);
        }
        return rows;
    }

    static List<List<Button>> ratingButtons(Handoff h) {
        List<Button> row = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            row.add(new Button("⭐".repeat(1) + i, "rt:" + h.id() + ":" + i));
        }
        return List.of(row);
    }

    /**
     * The citizen's receipt of a handoff: the queue number and, outside service hours, when staff answer; in an
     * emergency never a weekday or the office hours, but that staff are alerted at once and to call the
     * emergency number now; for a possible emergency (the learnt model alone) the emergency number first.
     */
    static String citizenQueued(Handoff h, Long typicalWaitSeconds, OfficeHours hours, ZonedDateTime now,
                                boolean english) {
        Texts.Book book = english ? Texts.Book.CITIZEN_ENGLISH : Texts.Book.CITIZEN;
        if (h.priority() == Priority.EMERGENCY) {
            return Texts.get(book, "handoff.emergency-queued").formatted(h.id());
        }
        boolean possibleEmergency = h.reasons().contains(Reason.POSSIBLE_EMERGENCY);
        StringBuilder text = new StringBuilder(Texts.get(book,
                possibleEmergency ? "handoff.possible-emergency-queued" : "handoff.queued").formatted(h.id()));
        if (!hours.isOpen(now)) {
            ZonedDateTime next = hours.nextOpening(now);
            String zone = zoneName(hours.zone());
            text.append("\n\n").append(Texts.get(book, "handoff.outside-hours").formatted(hours.describe(english), zone,
                    OfficeHours.dayName(next.getDayOfWeek(), english), OfficeHours.clock(next.toLocalTime(), english), zone));
        } else if (typicalWaitSeconds != null) {
            long minutes = Math.max(1, Math.round(typicalWaitSeconds / 60.0));
            text.append(' ').append(Texts.get(book, minutes == 1 ? "handoff.typical-wait-one" : "handoff.typical-wait")
                    .formatted(minutes));
        }
        if (!possibleEmergency) {
            text.append("\n\n").append(Texts.get(book, "handoff.emergency-line"));
        }
        return text.toString();
    }

    private static final String ALREADY_QUEUED_EN = Texts.citizenEnglish("handoff.already-queued");

    private static final String ALREADY_QUEUED = Texts.citizen("handoff.already-queued");

    private static final String ALREADY_QUEUED_EMERGENCY_EN = Texts.citizenEnglish("handoff.already-queued-emergency");

    private static final String ALREADY_QUEUED_EMERGENCY = Texts.citizen("handoff.already-queued-emergency");

    /**
     * The word to a citizen already in the queue, in the citizen's language; a chat waiting as an emergency ("ambulans
     * puskesmas gk angkat telp" after the emergency reply) is told again not to wait here and to call the emergency
     * number, not "just write".
     */
    static String alreadyQueued(boolean english, Priority priority) {
        if (priority == Priority.EMERGENCY) {
            return english ? ALREADY_QUEUED_EMERGENCY_EN : ALREADY_QUEUED_EMERGENCY;
        }
        return english ? ALREADY_QUEUED_EN : ALREADY_QUEUED;
    }

    static String citizenClaimed(StaffMember staff) {
        return Texts.citizen("handoff.claimed").formatted(staff.displayName());
    }

    static final String CITIZEN_CLOSED = Texts.citizen("handoff.closed");

    static final String RATING_QUESTION = Texts.citizen("handoff.rating-question");

    static final String ALREADY_RATED = Texts.citizen("handoff.already-rated");

    static final String RATING_REFUSED = Texts.citizen("handoff.rating-refused");

    /** What the citizen receives when a staff member sent only an attachment. */
    static final String ATTACHMENT = Texts.citizen("handoff.attachment");

    static String rated(int rating) {
        return Texts.citizen("handoff.rated").formatted(rating);
    }

    /** Staff: the citizen asked for their data to be deleted, so the handoff is closed and erased. */
    static String closedOnDeletion(String id) {
        return Texts.officer("handoff.closed-on-deletion").formatted(id);
    }

    /** Staff: a media message whose caption held personal data was not copied into the group. */
    static String mediaNotCopied(String id, String kind) {
        return Texts.officer("handoff.media-not-copied").formatted(id, kind);
    }

    static String staffPrefix() {
        return Texts.citizen("handoff.staff-name");
    }

    /** An officer's text from texts/petugas.yaml ({@code handoff.<key>}), with its values filled in. */
    static String staff(String key, Object... values) {
        return Texts.officer("handoff." + key).formatted(values);
    }

    /** A citizen's text from texts/warga.yaml ({@code <key>}, for example {@code feedback.thanks-up}). */
    static String citizen(String key) {
        return Texts.citizen(key);
    }

    private static String zoneName(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    static String abbreviate(String text, int max) {
        String flat = text.replace('\n', ' ').strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
