package id.sigap.conversation;

import id.sigap.texts.Texts;

import java.util.Locale;

/**
 * How urgently staff must pick a handoff up; the one priority scale of Sigap, lowest first (the order
 * is the queue's order, emergencies first). A sensitive question (an allegation about an official) has
 * a level of its own: above an ordinary request, below anger and emergencies.
 */
public enum Priority {
    NORMAL, SENSITIVE, HIGH, EMERGENCY;

    /**
     * The officers' name of this priority, from the one label table in texts/petugas.yaml
     * ({@code label.priority.<name>}); the console, the staff cards and the reminders all read it.
     */
    public String label() {
        return Texts.officer("label.priority." + name().toLowerCase(Locale.ROOT));
    }

    /** The more urgent of the two. */
    public Priority max(Priority other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
