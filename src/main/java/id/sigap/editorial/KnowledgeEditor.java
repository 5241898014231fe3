package id.sigap.editorial;

import id.sigap.audit.AuditLog;
import id.sigap.knowledge.EntryText;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.KnowledgeProblem;
import id.sigap.knowledge.KnowledgeSettings;
import id.sigap.knowledge.LiveKnowledgeBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The console's editorial workflow over the knowledge-base files: drafts, four-eyes approval,
 * publishing into {@code SIGAP_KB_DIR} with an immediate reload, version history and rollback.
 * A rollback makes a new draft with the old text, approved like any other change, so no text reaches
 * citizens without a second person.
 */
@Service
public class KnowledgeEditor {

    /** Entries valid for this many days or fewer are flagged on the list. */
    public static final int EXPIRY_WARNING_DAYS = 3;

    private final KnowledgeSettings settings;
    private final LiveKnowledgeBase live;
    private final EditorialStore store;
    private final AuditLog audit;
    private final Clock clock;

    KnowledgeEditor(KnowledgeSettings settings, LiveKnowledgeBase live, EditorialStore store, AuditLog audit,
                    ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.live = live;
        this.store = store;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** One row of the entry list. */
    public record Listed(KnowledgeEntry entry, boolean served, boolean expired, boolean expiringSoon,
                         Optional<Draft> draft) {
    }

    /** The files on disk now, served or not, with their drafts; new entries that exist only as drafts too. */
    public record Overview(List<Listed> entries, List<Draft> newDrafts, List<KnowledgeProblem> problems) {
    }

    public Overview overview(String query) {
        LocalDate today = LocalDate.now(clock);
        KnowledgeBaseLoader.LoadReport report = KnowledgeBaseLoader.read(settings.dir());
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Set<String> onDisk = new HashSet<>();
        List<Listed> rows = new ArrayList<>();
        for (KnowledgeEntry e : report.valid()) {
            onDisk.add(e.id());
            if (!q.isEmpty() && !matches(e, q)) {
                continue;
            }
            boolean expired = e.validUntil() != null && today.isAfter(e.validUntil());
            boolean soon = e.validUntil() != null && !expired && !e.validUntil().isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
            rows.add(new Listed(e, e.servableOn(today), expired, soon, store.draft(e.id())));
        }
        rows.sort((a, b) -> a.entry().id().compareTo(b.entry().id()));
        List<Draft> fresh = store.drafts().stream().filter(d -> !onDisk.contains(d.entryId()))
                .filter(d -> q.isEmpty() || d.text().toLowerCase(Locale.ROOT).contains(q)).toList();
        return new Overview(rows, fresh, report.problems());
    }

    public Optional<KnowledgeEntry> published(String id) {
        return KnowledgeBaseLoader.read(settings.dir()).valid().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<String> publishedText(String id) {
        return published(id).map(e -> read(Path.of(e.file())));
    }

    public Optional<Draft> draft(String id) {
        return store.draft(id);
    }

    public List<Draft> drafts() {
        return store.drafts();
    }

    /** Checks a form as the loader would check the file; empty when it may be saved. */
    public List<String> problems(EntryForm form) {
        return EntryText.parse(form.toFileText(LocalDate.now(clock)), form.id() + ".md").problems().stream()
                .map(KnowledgeProblem::message).toList();
    }

    /** Saves (or replaces) the pending draft of an entry; {@code isNew} refuses an id that exists. */
    public Draft saveDraft(String actor, EntryForm form, boolean isNew, String note) {
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new EditorialException("Draf belum dapat disimpan: " + String.join("; ", problems));
        }
        Optional<KnowledgeEntry> existing = published(form.id());
        if (isNew && (existing.isPresent() || store.draft(form.id()).isPresent())) {
            throw new EditorialException("Id '" + form.id() + "' sudah dipakai entri lain.");
        }
        Optional<Draft> previous = store.draft(form.id());
        Set<String> authors = new HashSet<>(previous.map(Draft::authors).orElse(Set.of()));
        authors.add(actor);
        String path = existing.map(KnowledgeEntry::file)
                .orElseGet(() -> settings.dir().resolve(form.id() + ".md").toString());
        Draft draft = new Draft(form.id(), form.toFileText(LocalDate.now(clock)), path, authors, actor, clock.instant(),
                note == null || note.isBlank() ? previous.map(Draft::note).orElse(null) : note.strip());
        store.saveDraft(draft);
        audit.record(actor, "kb.draf-simpan", form.id(), previous.map(Draft::text).orElse(existing.map(e -> read(Path.of(e.file()))).orElse(null)),
                draft.text());
        return draft;
    }

    public void discard(String actor, String id) {
        Draft draft = store.draft(id).orElseThrow(() -> new EditorialException("Tidak ada draf untuk '" + id + "'."));
        store.removeDraft(id);
        audit.record(actor, "kb.draf-buang", id, draft.text(), null);
    }

    /**
     * Approves a draft and publishes it: the file is written (atomically, at the entry's own path),
     * the live knowledge base reloads at once and the version joins the history. {@code seen} is the
     * {@link Draft#fingerprint()} of the draft the approver read; a draft changed since (or no fingerprint)
     * is refused, so an approval never publishes text its approver did not see.
     */
    public PublishedVersion approve(String approver, String id, String seen) {
        Draft draft = store.draft(id).orElseThrow(() -> new EditorialException("Tidak ada draf untuk '" + id + "'."));
        if (seen == null || !seen.equals(draft.fingerprint())) {
            throw new EditorialException("Draf ini berubah sejak Anda membukanya (atau versinya tidak disebut). "
                    + "Baca versi terbaru lalu setujui lagi.");
        }
        if (draft.authors().contains(approver)) {
            throw new EditorialException("Anda ikut menulis draf ini; persetujuan harus dari penyetuju lain.");
        }
        EntryText.Parsed parsed = EntryText.parse(draft.text(), draft.path());
        if (parsed.entry().isEmpty()) {
            throw new EditorialException("Draf tidak valid: " + parsed.problems().getFirst().message());
        }
        // Taken from the store in one step with checking it, so a save landing meanwhile is neither
        // published unseen nor lost: the approval is refused instead.
        if (store.takeDraft(id, seen).filter(taken -> taken.authors().equals(draft.authors())).isEmpty()) {
            throw new EditorialException("Draf ini berubah sejak Anda membukanya (atau versinya tidak disebut). "
                    + "Baca versi terbaru lalu setujui lagi.");
        }
        Path file = Path.of(draft.path());
        String before = Files.exists(file) ? read(file) : null;
        List<PublishedVersion> history = store.history(id);
        if (history.isEmpty() && before != null) {
            store.append(id, new PublishedVersion(1, before, clock.instant(), List.of("berkas"), null,
                    "versi awal dari berkas"));
            history = store.history(id);
        }
        try {
            write(file, draft.text());
        } catch (RuntimeException e) {
            store.saveDraft(draft);
            throw e;
        }
        PublishedVersion version = new PublishedVersion(history.size() + 1, draft.text(), clock.instant(),
                draft.authors().stream().sorted().toList(), approver, draft.note());
        store.append(id, version);
        live.reload();
        audit.record(approver, "kb.setujui-terbitkan", id, before, draft.text());
        return version;
    }

    public List<PublishedVersion> history(String id) {
        return store.history(id);
    }

    /** A rollback: a new draft with an earlier version's text, to be approved like any change. */
    public Draft rollback(String actor, String id, int number) {
        PublishedVersion version = store.history(id).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new EditorialException("Versi " + number + " tidak ada."));
        EntryText.Parsed parsed = EntryText.parse(version.text(), id + ".md");
        EntryForm form = EntryForm.of(parsed.entry().orElseThrow(
                () -> new EditorialException("Versi " + number + " tidak dapat dibaca lagi.")));
        return saveDraft(actor, form, false, "pemulihan ke versi " + number);
    }

    private static boolean matches(KnowledgeEntry e, String q) {
        return (e.id() + " " + e.title() + " " + String.join(" ", e.tags()) + " " + String.join(" ", e.questions())
                + " " + e.body()).toLowerCase(Locale.ROOT).contains(q);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // Written beside the target and moved over it, so the watcher and readers never see half a file;
            // the temporary name starts with '.' so the loader never reads it as an entry.
            Path tmp = Files.createTempFile(dir, ".konsol-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
