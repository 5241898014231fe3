package id.sigap.store;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {

    /** Shaped like the stored records: several fields not in alphabetical order, a time, a list, a null. */
    record Stored(String zone, long count, Instant at, List<String> reasons, String note, boolean active) {
    }

    private static final Stored SAMPLE = new Stored("Asia/Jakarta", 3, Instant.parse("2026-01-02T03:04:05.678Z"),
            List.of("MARAH", "MINTA_PETUGAS"), null, true);

    @Test
    void writesExactlyWhatTheDefaultMapperWroteBefore() {
        String before = JsonMapper.builder().build().writeValueAsString(SAMPLE);

        assertThat(Json.MAPPER.writeValueAsString(SAMPLE)).isEqualTo(before);
    }

    @Test
    void readsAValueWrittenBeforeBackToTheSameRecord() {
        String before = JsonMapper.builder().build().writeValueAsString(SAMPLE);

        assertThat(Json.MAPPER.readValue(before, Stored.class)).isEqualTo(SAMPLE);
    }

    @Test
    void readsAValueThatANewerVersionWroteWithAFieldItDoesNotKnow() {
        String newer = "{\"zone\":\"Asia/Makassar\",\"count\":1,\"addedLater\":{\"x\":1},\"active\":false}";

        Stored read = Json.MAPPER.readValue(newer, Stored.class);

        assertThat(read.zone()).isEqualTo("Asia/Makassar");
        assertThat(read.active()).isFalse();
    }
}
