package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.conversation.Reply.Button;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the handoff feature says to citizens and staff, in Indonesian, and the staff card's buttons. */
final class HandoffTexts {

    private HandoffTexts() {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH.mm", Locale.forLanguageTag("id"));

    /** The reasons in the officers' words (one label table: {@link Reason}). */
    static String reasons(List<Reason> reasons) {
        return String.join(", ", reasons.stream().map(Reason::label).distinct().toList());
    }

    static String priority(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> "darurat";
            case HIGH -> "tinggi";
            case SENSITIVE -> "sensitif";
            case NORMAL -> "biasa";
        };
    }

    /**
     * One staff-group message for every reminder due in an interval: conversations waiting past the
     * re-announcement time, and those escalated to the head of office.
     */
    static String slaDigest(List<Handoff> reannounced, List<Handoff> escalated,
                            java.util.function.ToLongFunction<Handoff> minutesWaiting, String headOfOffice, int maxLines) {
        StringBuilder text = new StringBuilder();
        if (!reannounced.isEmpty()) {
            text.append("⏰ ").append(reannounced.size()).append(" percakapan belum diambil petugas:");
            digestLines(text, reannounced, minutesWaiting, maxLines);
        }
        if (!escalated.isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("📣 ").append(mention(headOfOffice)).append(escalated.size())
                    .append(" percakapan menunggu lama tanpa petugas:");
            digestLines(text, escalated, minutesWaiting, maxLines);
        }
        return text.toString();
    }

    private static void digestLines(StringBuilder text, List<Handoff> handoffs,
                                    java.util.function.ToLongFunction<Handoff> minutesWaiting, int maxLines) {
        handoffs.stream().limit(maxLines).forEach(h -> text.append("\n• ").append(header(h)).append(" — ")
                .append(minutesWaiting.applyAsLong(h)).append(" menit — ").append(reasons(h.reasons())));
        if (handoffs.size() > maxLines) {
            text.append("\n… dan ").append(handoffs.size() - maxLines).append(" lainnya (lihat /antrian atau konsol).");
        }
    }

    private static String mention(String head) {
        if (head == null || head.isBlank()) {
            return "Kepala kantor: ";
        }
        return head.startsWith("@") ? head + " " : "Kepala kantor (" + head + "): ";
    }

    static String header(Handoff h) {
        String badge = switch (h.priority()) {
            case EMERGENCY -> "🆘 DARURAT";
            case HIGH -> "⚠️ Prioritas tinggi";
            case SENSITIVE -> "⚖️ Pertanyaan sensitif";
            case NORMAL -> "🙋 Permintaan layanan";
        };
        return badge + " · #" + h.id();
    }

    static String card(Handoff h, List<String> recent, List<Suggestion> suggestions, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        text.append("Warga: ").append(h.citizenName() == null ? "(tanpa nama)" : h.citizenName())
                .append(" · ").append(h.channel()).append(':').append(h.chatId()).append('\n');
        text.append("Alasan: ").append(reasons(h.reasons())).append('\n');
        if (h.sentiment() != null) {
            text.append("Sentimen: ").append(h.sentiment().replace('_', ' ')).append('\n');
        }
        text.append("Prioritas: ").append(priority(h.priority()))
                .append(" · dibuka ").append(TIME.format(ZonedDateTime.ofInstant(h.createdAt(), zone))).append('\n');
        if (!recent.isEmpty()) {
            text.append("\nPesan terakhir:\n");
            recent.forEach(m -> text.append("› ").append(abbreviate(m, 300)).append('\n'));
        }
        if (!suggestions.isEmpty()) {
            text.append("\nSaran jawaban dari basis pengetahuan:\n");
            for (int i = 0; i < suggestions.size(); i++) {
                Suggestion s = suggestions.get(i);
                text.append(i + 1).append(". ").append(s.title()).append(" (").append(s.entryId()).append(")\n");
            }
        }
        text.append("\nBalas di topik ini (atau balas kartu ini) untuk menjawab warga.");
        return text.toString();
    }

    static List<List<Button>> cardButtons(Handoff h, int suggestions) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(new Button("✋ Ambil", "h:c:" + h.id()), new Button("✅ Selesai", "h:r:" + h.id()),
                new Button("🤖 Kembalikan ke bot", "h:b:" + h.id())));
        List<Button> use = new ArrayList<>();
        for (int i = 0; i < Math.min(3, suggestions); i++) {
            use.add(new Button("Pakai saran " + (i + 1), "h:s:" + h.id() + ":" + (i + 1)));
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

    static String citizenQueued(Handoff h, Long typicalWaitSeconds, OfficeHours hours, ZonedDateTime now,
                                boolean english) {
        if (english) {
            return citizenQueuedEnglish(h, typicalWaitSeconds, hours, now);
        }
        StringBuilder text = new StringBuilder("Percakapan Anda kami teruskan ke petugas humas (nomor antrean #")
                .append(h.id()).append("). Petugas akan melanjutkan di sini; mohon tunggu.");
        if (!hours.isOpen(now)) {
            ZonedDateTime next = hours.nextOpening(now);
            text.append("\n\nSaat ini di luar jam layanan petugas (").append(hours.describe()).append(" ")
                    .append(zoneName(hours.zone())).append("). Pesan Anda tetap kami terima dan akan dijawab mulai ")
                    .append(OfficeHours.dayName(next.getDayOfWeek())).append(' ')
                    .append(OfficeHours.clock(next.toLocalTime())).append(' ').append(zoneName(hours.zone())).append('.');
        } else if (typicalWaitSeconds != null) {
            long minutes = Math.max(1, Math.round(typicalWaitSeconds / 60.0));
            text.append(" Perkiraan waktu tunggu sekitar ").append(minutes).append(" menit.");
        }
        text.append("\n\nDalam keadaan darurat yang mengancam nyawa, segera hubungi 112.");
        return text.toString();
    }

    private static String citizenQueuedEnglish(Handoff h, Long typicalWaitSeconds, OfficeHours hours,
                                               ZonedDateTime now) {
        StringBuilder text = new StringBuilder("Your conversation has been passed to the public relations officers "
                + "(queue number #").append(h.id()).append("). An officer will continue here; please wait.");
        if (!hours.isOpen(now)) {
            text.append("\n\nIt is outside the officers' service hours (").append(hours.describe()).append(' ')
                    .append(zoneName(hours.zone())).append("). Your messages are kept and will be answered when "
                            + "the office opens.");
        } else if (typicalWaitSeconds != null) {
            long minutes = Math.max(1, Math.round(typicalWaitSeconds / 60.0));
            text.append(" The usual wait is about ").append(minutes).append(minutes == 1 ? " minute." : " minutes.");
        }
        text.append("\n\nIn a life-threatening emergency, call 112 now.");
        return text.toString();
    }

    static final String ALREADY_QUEUED_EN = "You are already in the public relations officers' queue. Just write "
            + "your message; an officer will read it. In an emergency, call 112.";

    static final String ALREADY_QUEUED = "Anda sudah terhubung dengan antrean petugas humas. Tulis saja pesan Anda; "
            + "petugas akan membacanya. Dalam keadaan darurat, hubungi 112.";

    static String citizenClaimed(StaffMember staff) {
        return "Petugas humas (" + staff.displayName() + ") sekarang melayani Anda.";
    }

    static final String CITIZEN_CLOSED = "Percakapan dengan petugas sudah selesai. Sigap kembali menjawab pertanyaan "
            + "Anda; ketik /petugas bila perlu petugas lagi.";

    static final String RATING_QUESTION = "Seberapa puas Anda dengan layanan petugas kami? Pilih 1 (tidak puas) "
            + "sampai 5 (sangat puas).";

    static String rated(int rating) {
        return "Terima kasih atas penilaian Anda (" + rating + "/5).";
    }

    /** Staff: the citizen asked for their data to be deleted, so the handoff is closed and erased. */
    static String closedOnDeletion(String id) {
        return "🗑️ #" + id + " ditutup: warga meminta seluruh datanya dihapus (/hapus). Percakapan ini tidak dapat "
                + "dibalas lagi dan catatannya sudah dihapus.";
    }

    /** Staff: a media message whose caption held personal data was not copied into the group. */
    static String mediaNotCopied(String id, String kind) {
        return "ℹ️ #" + id + ": " + kind + " tidak diteruskan ke grup karena keterangannya memuat data pribadi. "
                + "Keterangan aslinya dapat dibuka petugas di konsol (Antrean).";
    }

    static String staffPrefix() {
        return "Petugas humas";
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
