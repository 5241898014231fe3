package id.sigap.store;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper for what Sigap keeps in Redis, transcripts and files. It writes exactly what Jackson's
 * defaults write (same field names, same order, one line), so values already stored read and compare the same;
 * on reading it ignores fields it does not know, so a record written by a newer version still reads.
 * A {@link JsonMapper} is immutable and thread-safe, so one shared instance serves every caller.
 */
public final class Json {

    /** The shared mapper. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }
}
