package id.sigap.texts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What citizens and officers read lives in texts/*.yaml, not in Java: any string literal or text block with
 * Indonesian sentence words in main code fails this test, with its file and line.
 */
class NoIndonesianLiteralsTest {

    /** Everyday Indonesian words that do not occur in identifiers, keys, log lines or English. */
    private static final Set<String> WORDS = Set.of("yang", "dan", "untuk", "anda", "kami", "silakan", "tidak", "dengan",
            "sudah", "belum", "akan", "atau", "dari", "ini", "itu", "pada", "mohon", "maaf", "terima", "kasih", "petugas",
            "warga", "hubungi", "ketik", "pesan", "bisa", "dapat", "sedang", "tekan", "jawaban", "pertanyaan", "saya",
            "alasan", "prioritas", "dibuka", "menunggu", "baru", "semua", "wilayah", "kabar", "resmi", "siaran", "oleh");

    /**
     * Classes whose Indonesian literals are patterns matched against what citizens write (lexicons, spelling
     * normalisation, detectors), not texts anyone reads.
     */
    private static final Set<String> DETECTION_PATTERNS = Set.of(
            "retrieval/IndonesianNormalizer.java", "retrieval/IndonesianAnalysis.java", "retrieval/RetrievalIndex.java",
            "llm/GroundingCheck.java");

    @Test
    void noCitizenOrOfficerSentenceIsWrittenInJava() throws IOException {
        Path root = Path.of("src/main/java/id/sigap");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (DETECTION_PATTERNS.contains(relative)) {
                    continue;
                }
                String code = Files.readString(file);
                for (Literal literal : literals(code)) {
                    if (indonesian(literal.text()) && !isLogLine(code, literal.start())) {
                        int line = (int) code.substring(0, literal.start()).chars().filter(c -> c == '\n').count() + 1;
                        found.add(relative + ":" + line + ": " + abbreviate(literal.text()));
                    }
                }
            }
        }
        assertThat(found).as("Indonesian texts in Java; move them to prompts/texts/*.yaml").isEmpty();
    }

    record Literal(int start, String text) {
    }

    /** The string literals and text blocks of a source file, outside comments and char literals. */
    static List<Literal> literals(String code) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = Math.max(code.indexOf('\n', i), i + 2);
                if (code.indexOf('\n', i - 1) < 0) {
                    break;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end;
                out.add(new Literal(i, code.substring(i + 3, end)));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(new Literal(i, code.substring(i + 1, Math.min(j, code.length()))));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean indonesian(String literal) {
        String[] words = literal.toLowerCase(Locale.ROOT).split("[^a-z]+");
        return Arrays.stream(words).filter(WORDS::contains).count() >= 2;
    }

    private static boolean isLogLine(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        String line = code.substring(lineStart, at);
        return line.contains("log.") || line.contains("LOG.") || line.contains("Exception(");
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 70 ? one.substring(0, 70) + "…" : one;
    }
}
