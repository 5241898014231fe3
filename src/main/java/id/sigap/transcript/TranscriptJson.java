package id.sigap.transcript;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a {@link TranscriptRecord}: one line, no pretty printing, unknown fields ignored. */
final class TranscriptJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TranscriptJson() {
    }

    static String write(TranscriptRecord record) {
        return JSON.writeValueAsString(record);
    }

    static TranscriptRecord read(String line) {
        return JSON.readValue(line, TranscriptRecord.class);
    }
}
