package id.sigap.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The daily JSONL files, {@code SIGAP_DATA_DIR/transcripts/YYYY-MM-DD.jsonl}: where they are and how
 * they are read. Needs no Redis and no Spring context, so the {@code report} verb can use it alone.
 */
final class TranscriptFiles {

    private static final String SUFFIX = ".jsonl";

    private TranscriptFiles() {
    }

    static Path directory(Path dataDir) {
        return dataDir.resolve("transcripts");
    }

    static Path file(Path dir, LocalDate day) {
        return dir.resolve(day + SUFFIX);
    }

    static LocalDate dayOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return null;
        }
        try {
            return LocalDate.parse(name.substring(0, name.length() - SUFFIX.length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The day files in the directory, oldest first. */
    static List<Path> dayFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> dayOf(f) != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + dir, e);
        }
    }

    /**
     * Reads the records of the days {@code from}..{@code to} (inclusive) in order. A line that is not a
     * record (a write cut short by a crash) is skipped and counted.
     *
     * @return the number of lines skipped
     */
    static int read(Path dir, LocalDate from, LocalDate to, Consumer<TranscriptRecord> sink) {
        int skipped = 0;
        List<Path> files = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Path file = file(dir, day);
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    TranscriptRecord record;
                    try {
                        record = TranscriptJson.read(line);
                    } catch (RuntimeException e) {
                        skipped++;
                        continue;
                    }
                    sink.accept(record);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        return skipped;
    }
}
