package id.sigap.ops;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The console encoder of {@code logback-spring.xml}: Spring Boot's structured JSON (ECS, Logstash or
 * GELF) when {@code logging.structured.format.console} (env {@code LOGGING_STRUCTURED_FORMAT_CONSOLE})
 * is set, the readable pattern otherwise. Boot switches between the two only for its own default
 * configuration; Sigap keeps a file of its own so that logs go to stderr (command-line verbs own stdout).
 */
public class ConsoleLogEncoder extends EncoderBase<ILoggingEvent> {

    private String pattern;
    private String format;
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if (format != null && !format.isBlank()) {
            StructuredLogEncoder structured = new StructuredLogEncoder();
            structured.setContext(getContext());
            structured.setFormat(format.strip());
            structured.setCharset(charset);
            delegate = structured;
        } else {
            PatternLayoutEncoder plain = new PatternLayoutEncoder();
            plain.setContext(getContext());
            plain.setPattern(pattern);
            plain.setCharset(charset);
            delegate = plain;
        }
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
