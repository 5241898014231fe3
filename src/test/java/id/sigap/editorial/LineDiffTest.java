package id.sigap.editorial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void marksRemovedAndAddedLinesAndKeepsTheRest() {
        var diff = LineDiff.of("a\nb\nc", "a\nB\nc\nd");
        assertThat(diff).extracting(l -> l.op() + l.text()).containsExactly(" a", "-b", "+B", " c", "+d");
        assertThat(LineDiff.changed(diff)).isTrue();
        assertThat(LineDiff.changed(LineDiff.of("x", "x"))).isFalse();
    }

    @Test
    void aNewFileIsAllAdditions() {
        assertThat(LineDiff.of("", "a\nb")).extracting(LineDiff.Line::op).containsExactly('+', '+');
    }
}
