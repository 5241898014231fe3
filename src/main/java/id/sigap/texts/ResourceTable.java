package id.sigap.texts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = ResourceTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected fields separated by a tab");
                }
                row.accept(line, fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
