package id.sigap.conversation;

/**
 * How urgently staff must pick a handoff up; the one priority scale of Sigap, lowest first (the order
 * is the queue's order, emergencies first). A sensitive question (an allegation about an official) has
 * a level of its own: above an ordinary request, below anger and emergencies.
 */
public enum Priority {
    NORMAL, SENSITIVE, HIGH, EMERGENCY;

    /** The more urgent of the two. */
    public Priority max(Priority other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
