package id.sigap.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging for verbs that run without Spring (eval, classify, kb check): warnings and errors only, on stderr,
 * so that stdout carries only the verb's output (CONTRACT.md: one JSON object a line, the summary on the last
 * line). Without it Logback's fallback writes every library's INFO lines to stdout. The same notices the
 * service configures away in application.properties are quieted here: the ONNX tokenizer's CUDA probe on a
 * machine without a GPU driver, and Lucene's note that the incubating vector module is not enabled (it logs
 * through java.util.logging). A verb that starts Spring ({@link VerbContext}) is configured by Spring again.
 */
final class VerbLogging {

    /** Held so that java.util.logging does not forget the level set on it. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private VerbLogging() {
    }

    static void toStderr() {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("ai.djl.util.cuda.CudaUtils").setLevel(Level.ERROR);
    }
}
