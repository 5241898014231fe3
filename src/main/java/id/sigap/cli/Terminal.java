package id.sigap.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a verb reads and writes: stdin, stdout (results only), stderr (reasons and diagnostics) and the
 * environment. Verbs take it in their constructor, so tests run them on buffers.
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

    /** The process's own streams (UTF-8) and environment. */
    public static Terminal system() {
        return new Terminal(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System.getenv());
    }

    /** An environment variable, or {@code fallback} when it is unset or blank. */
    public String env(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
