package id.sigap.texts;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every sentence a citizen or an officer reads, kept in YAML files the office edits and reviews without
 * touching Java: {@code texts/warga.yaml} (citizens, Indonesian), {@code texts/warga-en.yaml} (citizens
 * writing in English) and {@code texts/petugas.yaml} (staff group and console), under the prompts directory.
 * {@code texts/kantor.yaml} defines once what several texts share (the office's name, the emergency number),
 * written as {@code {{darurat}}} in the other files. Java code holds keys only.
 *
 * <p>The directory is the prompts directory ({@code SIGAP_PROMPTS_DIR}, default {@code ./prompts}) or
 * {@code SIGAP_TEXTS_DIR} when set; a file or key the office has not got (an older copy) comes from the
 * copy packaged in the jar. Texts are read once, at first use: restart Sigap after editing them.
 * A {@code %s} or {@code %d} in a text marks where Sigap inserts a value and must stay.
 */
public final class Texts {

    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private static final Map<Book, Map<String, String>> BOOKS = new ConcurrentHashMap<>();
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
    private static volatile Path directory;

    /** One file of texts, by audience. */
    public enum Book {
        CITIZEN("warga.yaml"), CITIZEN_ENGLISH("warga-en.yaml"), OFFICER("petugas.yaml");

        private final String file;

        Book(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    private Texts() {
    }

    /** A text for citizens, in Indonesian. */
    public static String citizen(String key) {
        return get(Book.CITIZEN, key);
    }

    /** A text for citizens who write in English. */
    public static String citizenEnglish(String key) {
        return get(Book.CITIZEN_ENGLISH, key);
    }

    /** A value defined once in texts/kantor.yaml, such as {@code darurat} (the emergency number). */
    public static String shared(String key) {
        String value = SHARED.computeIfAbsent(key, k -> sharedValues().get(k));
        if (value == null) {
            throw new IllegalStateException("No value '" + key + "' in texts/kantor.yaml");
        }
        return value;
    }

    /** A text for humas staff (staff group, console). */
    public static String officer(String key) {
        return get(Book.OFFICER, key);
    }

    public static String get(Book book, String key) {
        String text = BOOKS.computeIfAbsent(book, Texts::load).get(key);
        if (text == null) {
            throw new IllegalStateException("No text '" + key + "' in texts/" + book.file() + " (neither the office's copy nor the packaged one)");
        }
        return text;
    }

    /** Every key of a book, with its text (tests, the console's review page). */
    public static Map<String, String> all(Book book) {
        return Map.copyOf(BOOKS.computeIfAbsent(book, Texts::load));
    }

    /** Reads the texts from this directory from now on (tests; the service uses the environment). */
    public static synchronized void useDirectory(Path dir) {
        directory = dir;
        BOOKS.clear();
        SHARED.clear();
    }

    static Path directory() {
        Path dir = directory;
        if (dir != null) {
            return dir;
        }
        String texts = System.getenv("SIGAP_TEXTS_DIR");
        if (texts != null && !texts.isBlank()) {
            return Path.of(texts);
        }
        return OfficeFiles.promptsDirectory().resolve("texts");
    }

    private static Map<String, String> load(Book book) {
        Map<String, String> shared = sharedValues();
        Map<String, String> texts = new LinkedHashMap<>(read(book.file(), true));
        Map<String, String> office = read(book.file(), false);
        office.forEach(texts::put);
        Map<String, String> filled = new LinkedHashMap<>();
        texts.forEach((key, text) -> filled.put(key, fill(text, shared)));
        return filled;
    }

    /** texts/kantor.yaml: the packaged values, overridden by the office's copy. */
    private static Map<String, String> sharedValues() {
        Map<String, String> shared = new LinkedHashMap<>(read("kantor.yaml", true));
        shared.putAll(read("kantor.yaml", false));
        return shared;
    }

    private static String fill(String text, Map<String, String> shared) {
        String out = text;
        for (Map.Entry<String, String> value : shared.entrySet()) {
            out = out.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return out;
    }

    /** The packaged copy, or the office's copy (empty when it has none). */
    private static Map<String, String> read(String file, boolean packaged) {
        try {
            if (packaged) {
                try (InputStream in = Texts.class.getResourceAsStream("/prompts/texts/" + file)) {
                    return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "packaged texts/" + file);
                }
            }
            Path path = directory().resolve(file);
            return Files.isRegularFile(path) ? parse(Files.readString(path), path.toString()) : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read texts " + file, e);
        }
    }

    static Map<String, String> parse(String yaml, String name) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            String line = e.getProblemMark().map(m -> ":" + (m.getLine() + 1)).orElse("");
            throw new IllegalStateException(name + line + ": not valid YAML: " + e.getProblem(), e);
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(name + ": expected 'key: text' lines");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value == null) {
                log.warn("{}: '{}' has no text; the packaged one is used", name, key);
                return;
            }
            texts.put(String.valueOf(key), String.valueOf(value).stripTrailing());
        });
        return texts;
    }
}
