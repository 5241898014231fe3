package id.sigap.store;

import org.slf4j.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries one Redis step through a short outage, with back-off (100 ms doubling to 2 s), for steps that
 * record something that already happened outside (a message Telegram accepted): giving up would make it
 * look undone and get it repeated.
 */
public final class ThroughOutage {

    private ThroughOutage() {
    }

    /** The step's result; after {@code within} of failures, the last failure is thrown. */
    public static <T> T retry(Duration within, Logger log, String what, Supplier<T> step) {
        long deadline = System.nanoTime() + within.toNanos();
        long backoff = 100;
        while (true) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                log.warn("Could not {} ({}); retrying", what, e.toString());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(2_000, backoff * 2);
            }
        }
    }
}
