package id.sigap.gaps;

import id.sigap.audit.AuditLog;
import id.sigap.editorial.Draft;
import id.sigap.editorial.EntryForm;
import id.sigap.editorial.KnowledgeEditor;
import id.sigap.knowledge.EntryText;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.texts.Texts;
import id.sigap.transcript.KnowledgeGaps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * From gap to draft and, once a second person approved it, to the askers: one console action makes a draft
 * of a gap (a new entry with the gap's phrasings as {@code questions:} and a staff answer as starting text,
 * or a change adding the phrasings to an existing entry), which the editorial four-eyes approval then
 * handles like any draft. Which gap a draft came from, and who asked, is kept beside it ({@link GapStore});
 * on approval the approver may have the askers told ({@link GapNotifier}).
 */
@Service
public class GapDrafts {

    /** Phrasings added to an entry at most, commonest first. */
    static final int MAX_PHRASINGS = 20;
    private static final int MAX_TITLE = 100;

    /** An entry's draft made from a gap, as its approval page shows it: no chat, only counts. */
    public record Pending(GapOrigin origin, int askers) {
    }

    private final KnowledgeGaps gaps;
    private final KnowledgeEditor editor;
    private final LiveKnowledgeBase knowledge;
    private final GapStore store;
    private final GapNotifier notifier;
    private final GapSettings settings;
    private final AuditLog audit;
    private final GapNoticeReports reports;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    GapDrafts(KnowledgeGaps gaps, KnowledgeEditor editor, LiveKnowledgeBase knowledge, GapStore store,
              GapNotifier notifier, GapSettings settings, AuditLog audit, GapNoticeReports reports,
              ObjectProvider<Clock> clock) {
        this.gaps = gaps;
        this.editor = editor;
        this.knowledge = knowledge;
        this.store = store;
        this.notifier = notifier;
        this.settings = settings;
        this.audit = audit;
        this.reports = reports;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The period (days) of the gaps drafts are made from. */
    public int days() {
        return settings.days();
    }

    /**
     * Makes (or extends) the draft of an entry from a current gap: {@code target} blank for a new entry, else
     * the id of the entry to add the phrasings to. The draft then waits for an approver like any other.
     *
     * @throws GapException when the gap is not there any more or the entry does not exist
     * @throws id.sigap.editorial.EditorialException when the draft cannot be saved (e.g. the new id is taken)
     */
    public Draft fromGap(String actor, String gapId, String target) {
        int days = settings.days();
        KnowledgeGaps.Gap gap = gaps.find(gapId, days)
                .orElseThrow(() -> new GapException(Texts.officer("gaps.gone").formatted(gapId)));
        List<String> phrasings = gaps.phrasings(gapId, days).stream().map(GapDrafts::phrasing)
                .filter(p -> !p.isBlank()).distinct().limit(MAX_PHRASINGS).toList();
        boolean isNew = target == null || target.isBlank();
        EntryForm form = isNew ? newEntry(gap, phrasings) : change(target.strip(), phrasings);
        Draft draft = editor.saveDraft(actor, form, isNew,
                Texts.officer("gaps.draft-note").formatted(gap.id(), gap.citizens()));
        KnowledgeGaps.Askers askers = gaps.askers(gapId, days);
        GapOrigin origin = store.saveOrigin(new GapOrigin(newId(), draft.entryId(), List.of(gap.id()), isNew, actor,
                clock.instant(), askers.unknown()), askers.known());
        audit.record(actor, "celah.draf", draft.entryId(), null, String.join(",", origin.gapIds()));
        return draft;
    }

    /** The gap origin of an entry's pending draft, if it was made from one. */
    public Optional<Pending> pending(String entryId) {
        return store.origin(entryId).map(o -> new Pending(o, store.askers(o.id()).size()));
    }

    /**
     * Called once an entry's draft was approved and published: when it came from a gap and the approver chose
     * to, the askers are told (in the background); otherwise their chats are forgotten. Of two callers for one
     * approval (two approvers racing) only one finds the origin, and every asker is claimed before being told,
     * so nobody is told twice.
     */
    public Optional<GapNotice> approved(String approver, String entryId, int version, boolean notify) {
        Optional<GapOrigin> taken = store.takeOrigin(entryId);
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        GapOrigin origin = taken.get();
        if (!notify) {
            store.dropAskers(origin.id());
            return Optional.empty();
        }
        String title = knowledge.current().entry(entryId).map(KnowledgeEntry::title).orElse(entryId);
        int askers = store.askers(origin.id()).size();
        long gone = origin.unknown() + (long) store.erasedBefore(origin.id());
        store.start(new GapNotice(origin, approver, clock.instant(), version, title, false, Map.of()), askers, gone);
        audit.record(approver, "celah.beritahu", entryId, null, origin.id());
        notifier.wake();
        Optional<GapNotice> started = store.find(origin.id());
        started.ifPresent(reports::started);
        return started;
    }

    /** The entry's draft was thrown away: its gap origin and askers go with it. */
    public void discarded(String entryId) {
        store.takeOrigin(entryId).ifPresent(o -> store.dropAskers(o.id()));
    }

    /** The newest notices with their receipts. */
    public List<GapNotice> notices(int limit) {
        return store.notices(limit);
    }

    private EntryForm newEntry(KnowledgeGaps.Gap gap, List<String> phrasings) {
        String first = phrasings.isEmpty() ? gap.id() : phrasings.getFirst();
        String title = first.length() > MAX_TITLE ? first.substring(0, MAX_TITLE).strip() : first;
        title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
        String body = gap.staffAnswers().isEmpty() ? Texts.officer("gaps.draft-body") : gap.staffAnswers().getFirst();
        return new EntryForm("celah-" + gap.id().substring("gap-".length()), title, "approved", phrasings, List.of(),
                "", null, body);
    }

    private EntryForm change(String entryId, List<String> phrasings) {
        EntryForm current = editor.draft(entryId)
                .flatMap(d -> EntryText.parse(d.text(), d.path()).entry()).map(EntryForm::of)
                .or(() -> editor.published(entryId).map(EntryForm::of))
                .orElseThrow(() -> new GapException(Texts.officer("gaps.no-entry").formatted(entryId)));
        Map<String, String> questions = new LinkedHashMap<>();
        for (String q : current.questions()) {
            questions.putIfAbsent(q.toLowerCase(Locale.ROOT), q);
        }
        for (String p : phrasings) {
            questions.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
        }
        return new EntryForm(current.id(), current.title(), current.status(), new ArrayList<>(questions.values()),
                current.tags(), current.source(), current.validUntil(), current.body());
    }

    /** A redacted wording as a phrasing: the redaction marks ([NIK]...) and what YAML would misread taken out. */
    static String phrasing(String wording) {
        return wording.replaceAll("\\[[A-Z_]+\\]", " ").replace(": ", " ").replaceAll("\\s+", " ").strip();
    }

    private String newId() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return "o" + HexFormat.of().formatHex(bytes);
    }
}
