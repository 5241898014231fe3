package id.sigap.monitoring;

/** Where a monitored item came from. The label is what officers read. */
enum SourceKind {
    FEED("berita"), CHANNEL("kanal Telegram"), GROUP("grup komunitas");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
