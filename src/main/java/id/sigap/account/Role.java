package id.sigap.account;

import java.util.Locale;

/** What a console account may do. An account may hold several roles; none implies another. */
public enum Role {
    /** manages accounts and reads the audit log */
    ADMIN("Admin"),
    /** edits knowledge-base drafts and publishes crisis notices */
    EDITOR("Editor"),
    /** approves drafts written by someone else */
    APPROVER("Penyetuju"),
    /** works the handoff queue */
    STAFF("Petugas");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
