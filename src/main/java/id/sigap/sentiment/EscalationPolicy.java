package id.sigap.sentiment;

import id.sigap.sentiment.EscalationDecision.Priority;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides whether a citizen message goes to a person.
 * <ul>
 *   <li>emergency: reply at once with the emergency numbers and hand off with {@link Priority#EMERGENCY};</li>
 *   <li>hostile: hand off without arguing;</li>
 *   <li>asked for a human: hand off;</li>
 *   <li>negatif: hand off;</li>
 *   <li>berpotensi negatif: hand off when repeated in the conversation or when retrieval is unsure;</li>
 *   <li>otherwise the bot answers.</li>
 * </ul>
 */
public final class EscalationPolicy {

    private final EscalationSettings settings;
    private final EmergencyContactSource emergencyContacts;

    public EscalationPolicy(EscalationSettings settings, EmergencyContactSource emergencyContacts) {
        this.settings = settings;
        this.emergencyContacts = emergencyContacts;
    }

    public EscalationPolicy(EscalationSettings settings) {
        this(settings, EmergencyContactSource.none());
    }

    /**
     * @param current                what the classifier read in this message
     * @param recentInConversation   sentiments of the earlier messages of this conversation, oldest first,
     *                               the current one excluded
     * @param retrievalConfidence    confidence of the best knowledge-base match, {@code NaN} when there was no retrieval
     */
    public EscalationDecision decide(Classification current, List<Sentiment> recentInConversation,
                                     double retrievalConfidence) {
        List<String> reasons = new ArrayList<>();
        Priority priority = Priority.NORMAL;
        String immediateReply = null;
        if (current.emergency()) {
            reasons.add("emergency");
            priority = Priority.EMERGENCY;
            immediateReply = emergencyContacts.emergencyText()
                    .filter(text -> !text.isBlank())
                    .orElse(settings.emergencyReply());
        }
        if (current.hostile()) {
            reasons.add("hostile");
            priority = higher(priority, Priority.HIGH);
        }
        if (current.wantsHuman()) {
            reasons.add("asked-for-human");
        }
        Sentiment sentiment = current.sentiment();
        if (sentiment == Sentiment.NEGATIF) {
            reasons.add("sentiment:negatif");
            priority = higher(priority, Priority.HIGH);
        } else if (sentiment == Sentiment.BERPOTENSI_NEGATIF) {
            if (negativeInWindow(recentInConversation) + 1 >= settings.repeatCount()) {
                reasons.add("sentiment:berpotensi_negatif");
                reasons.add("repeated-berpotensi-negatif");
            }
            if (!Double.isNaN(retrievalConfidence) && retrievalConfidence < settings.lowRetrievalConfidence()) {
                if (!reasons.contains("sentiment:berpotensi_negatif")) {
                    reasons.add("sentiment:berpotensi_negatif");
                }
                reasons.add("low-retrieval-confidence");
            }
        }
        return new EscalationDecision(!reasons.isEmpty(), priority, reasons, immediateReply);
    }

    private int negativeInWindow(List<Sentiment> recent) {
        int from = Math.max(0, recent.size() - (settings.repeatWindow() - 1));
        int count = 0;
        for (Sentiment earlier : recent.subList(from, recent.size())) {
            if (earlier != null && earlier.isNegative()) {
                count++;
            }
        }
        return count;
    }

    private static Priority higher(Priority a, Priority b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
