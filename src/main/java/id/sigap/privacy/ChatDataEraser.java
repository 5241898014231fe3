package id.sigap.privacy;

/**
 * One feature's part of deleting a chat's data on the citizen's request. Implemented by every feature
 * that keeps something of a chat; {@link ChatDeletions} calls each one until it succeeds. An eraser must
 * be idempotent (it may run again after a crash, or on several instances) and must throw when it could
 * not delete everything, so that it is tried again.
 */
public interface ChatDataEraser {

    /** A short, stable name of what this eraser deletes (it names the part in the job's progress). */
    String part();

    /**
     * True when the data lives on each instance (files under its data directory): then every instance
     * runs this eraser for itself. False for data in the shared Redis, deleted once by any instance.
     */
    default boolean perInstance() {
        return false;
    }

    /** Deletes everything this part keeps of the chat; throws when something could not be deleted. */
    void erase(String channel, long chatId) throws Exception;
}
