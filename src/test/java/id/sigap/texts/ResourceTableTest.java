package id.sigap.texts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The packaged tables: comments and blank lines skipped, a malformed row named by resource and line. */
class ResourceTableTest {

    @Test
    void rowsAreReadUntilAMalformedOneWhichIsNamedByItsLine() {
        List<String> kinds = new ArrayList<>();

        assertThatThrownBy(() -> ResourceTable.read("texts/malformed-table.tsv", (line, fields) -> kinds.add(fields[0])))
                .hasMessage("texts/malformed-table.tsv:4: expected fields separated by a tab");
        assertThat(kinds).containsExactly("KIND");
    }

    @Test
    void aMissingTableIsAnError() {
        assertThatThrownBy(() -> ResourceTable.read("texts/no-such-table.tsv", (line, fields) -> { }))
                .hasMessageContaining("missing resource texts/no-such-table.tsv");
    }
}
