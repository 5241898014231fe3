package id.sigap.handoff;

/** waiting → claimed → resolved, or returned to the bot (from waiting or claimed). */
public enum HandoffState {
    WAITING, CLAIMED, RESOLVED, RETURNED;

    public boolean open() {
        return this == WAITING || this == CLAIMED;
    }
}
