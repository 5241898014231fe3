package id.sigap.sentiment;

import id.sigap.texts.Texts;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sigap.escalation.*}: when a message goes to a person.
 *
 * @param repeatCount             berpotensi negatif hands off when this many of the last {@code repeatWindow}
 *                                messages (the current one included) are negative of either kind
 * @param repeatWindow            how many recent messages of the conversation count, the current one included
 * @param lowRetrievalConfidence  berpotensi negatif hands off when the retrieval confidence is below this
 * @param emergencyReply          sent at once on an emergency when no knowledge-base entry gives the numbers
 */
@ConfigurationProperties("sigap.escalation")
public record EscalationSettings(int repeatCount, int repeatWindow, double lowRetrievalConfidence,
                                 String emergencyReply) {

    /** The reply of texts/warga.yaml {@code emergency.reply}. */
    public static final String DEFAULT_EMERGENCY_REPLY = Texts.citizen("emergency.reply");

    public EscalationSettings {
        repeatCount = repeatCount > 0 ? repeatCount : 2;
        repeatWindow = repeatWindow > 0 ? repeatWindow : 4;
        lowRetrievalConfidence = lowRetrievalConfidence > 0 ? lowRetrievalConfidence : 0.5;
        emergencyReply = emergencyReply == null || emergencyReply.isBlank() ? DEFAULT_EMERGENCY_REPLY : emergencyReply;
    }

    public static EscalationSettings defaults() {
        return new EscalationSettings(0, 0, 0, null);
    }
}
