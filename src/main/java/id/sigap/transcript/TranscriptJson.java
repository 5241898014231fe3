package id.sigap.transcript;

import id.sigap.store.Json;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a {@link TranscriptRecord}: one line, no pretty printing, unknown fields ignored. */
final class TranscriptJson {

    private static final JsonMapper JSON = Json.MAPPER;

    private TranscriptJson() {
    }

    static String write(TranscriptRecord record) {
        return JSON.writeValueAsString(record);
    }

    static TranscriptRecord read(String line) {
        return JSON.readValue(line, TranscriptRecord.class);
    }
}
