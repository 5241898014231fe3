package id.sigap.monitoring;

/**
 * Where a monitored item came from. The label is what officers read. Only public posts (channels, groups)
 * count for the coordination check; citizens' own conversations with Sigap never do.
 */
enum SourceKind {
    FEED("berita"), CHANNEL("kanal Telegram"), GROUP("grup komunitas"),
    /** What citizens asked Sigap itself (private chats), redacted and pseudonymous. */
    CONVERSATION("percakapan warga");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    /** Whether posts of this kind are public posts whose authors the coordination check looks at. */
    boolean publicPost() {
        return this == CHANNEL || this == GROUP;
    }

    public String label() {
        return label;
    }
}
