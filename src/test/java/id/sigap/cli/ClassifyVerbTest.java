package id.sigap.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifyVerbTest {

    private static String[] classify(String stdin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = ClassifyVerb.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(status).isZero();
        return bytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void writesOneJsonObjectPerLineWithTheContractFields() {
        String[] lines = classify("makasih min 🙏\ntolong kami terjebak banjir, air sampai atap\n/petugas\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("{\"text\": \"makasih min 🙏\", \"sentiment\": \"positif\", \"confidence\": ")
                .endsWith("\"emergency\": false, \"wantsHuman\": false}");
        assertThat(lines[1]).contains("\"emergency\": true");
        assertThat(lines[2]).contains("\"wantsHuman\": true");
    }

    @Test
    void emptyLinesStillProduceANeutralObject() {
        String[] lines = classify("\n");
        assertThat(lines).containsExactly(
                "{\"text\": \"\", \"sentiment\": \"netral\", \"confidence\": 1.000, \"emergency\": false, \"wantsHuman\": false}");
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(classify("kata \"petugas\" c:\\x\n")[0]).startsWith("{\"text\": \"kata \\\"petugas\\\" c:\\\\x\"");
    }
}
