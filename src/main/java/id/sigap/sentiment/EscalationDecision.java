package id.sigap.sentiment;

import java.util.List;

/**
 * Whether a message goes to a person, how urgently, and why.
 *
 * @param handOff        hand the conversation to humas staff
 * @param priority       how urgently staff must pick it up
 * @param reasons        every reason behind the decision, e.g. {@code sentiment:negatif}, {@code emergency}
 * @param immediateReply text to send the citizen at once (the emergency numbers), or {@code null}
 */
public record EscalationDecision(boolean handOff, Priority priority, List<String> reasons, String immediateReply) {

    public EscalationDecision {
        reasons = List.copyOf(reasons);
    }

    public enum Priority { NORMAL, HIGH, EMERGENCY }
}
