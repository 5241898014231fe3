package id.sigap.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every entry file under a directory. A file with a problem is skipped and reported; it never
 * stops the others from loading. Files named {@code README.md}, and files or folders starting with
 * {@code .} or {@code _}, are not entries.
 */
public final class KnowledgeBaseLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

    private KnowledgeBaseLoader() {
    }

    /**
     * Everything read from a directory: all valid entries (served or not) and all problems.
     *
     * @param valid    entries without problems, in path order
     * @param problems every problem, in path and line order
     * @param files    entry files read
     * @param raw      each valid entry's file content, by id, for the version hash
     */
    public record LoadReport(List<KnowledgeEntry> valid, List<KnowledgeProblem> problems, int files,
                             Map<String, String> raw) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static LoadReport read(Path dir) {
        List<KnowledgeEntry> valid = new ArrayList<>();
        List<KnowledgeProblem> problems = new ArrayList<>();
        Map<String, String> raw = new HashMap<>();
        Map<String, String> firstFileOfId = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new KnowledgeProblem(dir.toString(), 0, "knowledge-base directory not found"));
            return new LoadReport(valid, problems, 0, raw);
        }
        List<Path> files = entryFiles(dir);
        for (Path path : files) {
            String name = path.toString();
            String text;
            try {
                text = decode(Files.readAllBytes(path));
            } catch (CharacterCodingException e) {
                problems.add(new KnowledgeProblem(name, 1, "not UTF-8 text"));
                continue;
            } catch (IOException e) {
                problems.add(new KnowledgeProblem(name, 1, "cannot read: " + e.getMessage()));
                continue;
            }
            EntryValidator.Validated result = EntryValidator.validate(FrontMatterParser.parse(text), name);
            result.problems().forEach(p -> problems.add(new KnowledgeProblem(name, p.line(), p.message())));
            if (result.entry().isEmpty()) {
                continue;
            }
            KnowledgeEntry entry = result.entry().get();
            String earlier = firstFileOfId.putIfAbsent(entry.id(), name);
            if (earlier != null) {
                problems.add(new KnowledgeProblem(name, result.idLine(), "duplicate id '" + entry.id()
                        + "' (already used by " + earlier + ")"));
                continue;
            }
            valid.add(entry);
            raw.put(entry.id(), name.substring(dir.toString().length()) + "\n" + text);
        }
        return new LoadReport(valid, problems, files.size(), raw);
    }

    /** Reads the directory and keeps what may be served on {@code today}; problems are logged. */
    public static KnowledgeBase load(Path dir, LocalDate today) {
        LoadReport report = read(dir);
        report.problems().forEach(p -> log.warn("Knowledge base: {} (entry skipped)", p));
        List<KnowledgeEntry> served = report.valid().stream()
                .filter(e -> e.servableOn(today))
                .sorted(Comparator.comparing(KnowledgeEntry::id))
                .toList();
        return new KnowledgeBase(served, version(served, report.raw()), today, report.problems(), report.files());
    }

    static String version(List<KnowledgeEntry> served, Map<String, String> raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (KnowledgeEntry entry : served) {
                digest.update(raw.getOrDefault(entry.id(), entry.id()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entry files under {@code dir}, named under {@code dir} as given. A directory that is itself a symbolic
     * link (a mounted or shared knowledge base) is followed; links inside it are not.
     */
    static List<Path> entryFiles(Path dir) {
        try {
            Path root = dir.toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile)
                        .filter(p -> isEntryFile(root, p))
                        .map(p -> dir.resolve(root.relativize(p)))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    static boolean isEntryFile(Path dir, Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".md") || name.equalsIgnoreCase("README.md")) {
            return false;
        }
        for (Path part : dir.relativize(file)) {
            String p = part.toString();
            if (p.startsWith(".") || p.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }
}
