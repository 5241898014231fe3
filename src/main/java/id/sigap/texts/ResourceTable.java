package id.sigap.texts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The one reader of the word and pattern tables packaged with Sigap ({@code .tsv} on the class path): a row a line,
 * fields separated by tabs, blank lines and lines starting with {@code #} skipped; a row with fewer than two fields is
 * an error naming the resource and the line.
 */
public final class ResourceTable {

    private ResourceTable() {
    }

    /** Each row's whole line and its fields, in order. */
    public static void read(String resource, BiConsumer<String, String[]> row) {
        List<String> lines = lines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalStateException(resource + ":" + (i + 1) + ": expected fields separated by a tab");
            }
            row.accept(line, fields);
        }
    }

    /** Every line of the resource as written (comments and blank lines too), for a table with a format of its own. */
    public static List<String> lines(String resource) {
        try (InputStream in = ResourceTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
