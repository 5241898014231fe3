package id.sigap.phrasing;

/** What made a question a proposed phrasing of an entry. */
public enum PhrasingSource {
    /** the citizen tapped (or typed the number of) the entry among the offered choices */
    CHOICE("choice"),
    /** the citizen pressed 👍 under the entry's answer */
    THUMBS_UP("thumbs-up"),
    /** staff sent the entry as a suggestion ("Pakai saran") */
    STAFF_SUGGESTION("staff");

    private final String key;

    PhrasingSource(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static PhrasingSource ofKey(String key) {
        for (PhrasingSource s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
