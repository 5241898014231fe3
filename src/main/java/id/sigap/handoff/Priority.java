package id.sigap.handoff;

import java.util.Collection;

/** How urgently staff must pick a handoff up; emergencies first. */
public enum Priority {
    NORMAL, HIGH, EMERGENCY;

    /** The priority the reasons call for: an emergency beats anger, anger beats the rest. */
    public static Priority from(Collection<String> reasons) {
        if (reasons.stream().anyMatch(r -> r.startsWith("emergency"))) {
            return EMERGENCY;
        }
        if (reasons.stream().anyMatch(r -> r.equals("negatif") || r.equals("sentiment:negatif") || r.startsWith("hostile"))) {
            return HIGH;
        }
        return NORMAL;
    }

    Priority max(Priority other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
