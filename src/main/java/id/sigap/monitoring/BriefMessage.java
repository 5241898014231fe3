package id.sigap.monitoring;

import java.util.Locale;

/** The short Telegram form of the brief for the staff group each morning. */
final class BriefMessage {

    private BriefMessage() {
    }

    static String text(DailyBrief brief) {
        if (brief.items() == 0 && brief.askedMost().isEmpty()) {
            return MonitoringTexts.BRIEF_NO_ITEMS;
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d item dipantau; negatif + berpotensi negatif %d%% (%+d poin).",
                brief.items(), brief.negativeSharePercent(), brief.negativeShareChangePoints()));
        if (!brief.topIssues().isEmpty()) {
            text.append("\n\nIsu utama:");
            brief.topIssues().stream().limit(3).forEach(t -> text.append("\n• ").append(t.label()).append(" — ")
                    .append(t.recent()).append(" item, ").append(Math.round(t.recentSentiment().negativeShare() * 100))
                    .append("% negatif").append(t.alert() ? " ⚠️" : ""));
        }
        if (!brief.grew().isEmpty()) {
            text.append("\n\nNaik: ").append(String.join(", ", brief.grew().stream().limit(3).map(TopicSummary::label).toList()));
        }
        if (!brief.askedMost().isEmpty()) {
            text.append("\n\nPaling ditanyakan ke bot: ").append(brief.askedMost().getFirst().question())
                    .append(" (").append(brief.askedMost().getFirst().times()).append("×)");
        }
        if (brief.openHandoffs() > 0) {
            text.append("\n\nPercakapan di tangan petugas: ").append(brief.openHandoffs());
        }
        if (!brief.coordination().isEmpty()) {
            text.append("\n\nAda ").append(brief.coordination().size()).append(" tanda unggahan terkoordinasi (lihat konsol).");
        }
        text.append("\n\nRincian: /konsol/pantauan");
        return text.toString();
    }
}
