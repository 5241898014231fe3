package id.sigap.phrasing;

import id.sigap.editorial.Draft;
import id.sigap.editorial.EditorialException;
import id.sigap.editorial.EntryForm;
import id.sigap.editorial.KnowledgeEditor;
import id.sigap.knowledge.EntryText;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.privacy.Redactor;
import id.sigap.texts.Texts;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editors' bulk review of proposed phrasings. Accepted phrasings (as proposed or as edited) become
 * one draft change per entry that adds them to its {@code questions:} (on top of the entry's pending draft
 * when it has one); the draft then waits for a second person like any change, and nothing is served before.
 * Rejected phrasings are dropped and not proposed again. Accepted ones leave the list but are kept until the
 * draft is approved; when the draft is thrown away instead, they come back to the list, marked, as accepted.
 */
@Service
public class PhrasingReview {

    /** An entry's pending proposals, for the review page. */
    public record EntryProposals(String entryId, String title, List<String> questions, boolean hasDraft,
                                 List<Proposal> proposals) {
    }

    /** One decided proposal; {@code text} is the editor's wording (null or blank: as proposed). */
    public record Choice(String entryId, String id, String text) {
    }

    /** What a bulk acceptance did: the entries given a draft, phrasings added, and problems by entry. */
    public record Accepted(List<String> drafts, int added, Map<String, String> problems) {
    }

    private final ProposalStore store;
    private final KnowledgeEditor editor;

    PhrasingReview(ProposalStore store, KnowledgeEditor editor) {
        this.store = store;
        this.editor = editor;
    }

    public List<EntryProposals> pending() {
        List<EntryProposals> out = new ArrayList<>();
        for (String entry : store.entries()) {
            List<Proposal> proposals = store.of(entry);
            if (proposals.isEmpty()) {
                continue;
            }
            Optional<KnowledgeEntry> current = current(entry);
            out.add(new EntryProposals(entry, current.map(KnowledgeEntry::title).orElse(entry),
                    current.map(KnowledgeEntry::questions).orElse(List.of()), editor.draft(entry).isPresent(), proposals));
        }
        return out;
    }

    /** The entry as its next version starts from: its pending draft, else the published file. */
    private Optional<KnowledgeEntry> current(String entry) {
        return editor.draft(entry).flatMap(d -> EntryText.parse(d.text(), d.path()).entry())
                .or(() -> editor.published(entry));
    }

    public Accepted accept(String actor, List<Choice> choices) {
        Map<String, List<Choice>> byEntry = new LinkedHashMap<>();
        choices.forEach(c -> byEntry.computeIfAbsent(c.entryId(), e -> new ArrayList<>()).add(c));
        List<String> drafts = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, List<Choice>> group : byEntry.entrySet()) {
            String entry = group.getKey();
            Optional<KnowledgeEntry> base = current(entry);
            if (base.isEmpty()) {
                problems.put(entry, Texts.officer("phrasing.entry-gone"));
                continue;
            }
            Set<String> have = new LinkedHashSet<>();
            base.get().questions().forEach(q -> have.add(Phrasings.normalise(q)));
            List<String> questions = new ArrayList<>(base.get().questions());
            List<String> taken = new ArrayList<>();
            Map<String, String> added = new LinkedHashMap<>();
            for (Choice c : group.getValue()) {
                String text = c.text() == null || c.text().isBlank()
                        ? store.find(entry, c.id()).map(Proposal::text).orElse(null)
                        : Redactor.redact(c.text().strip());
                if (text != null && have.add(Phrasings.normalise(text))) {
                    questions.add(text);
                    added.put(c.id(), text);
                } else {
                    taken.add(c.id()); // the entry (or its draft) has it already: nothing to wait for
                }
            }
            int more = questions.size() - base.get().questions().size();
            try {
                if (more > 0) {
                    EntryForm form = EntryForm.of(base.get());
                    Draft draft = editor.saveDraft(actor, new EntryForm(form.id(), form.title(), form.status(), questions,
                            form.tags(), form.source(), form.validUntil(), form.body()), false,
                            Texts.officer("phrasing.draft-note").formatted(more));
                    drafts.add(draft.entryId());
                    count += more;
                    store.accept(entry, added, java.time.Instant.now());
                }
                store.settle(entry, taken, false);
            } catch (EditorialException e) {
                problems.put(entry, e.getMessage());
            }
        }
        return new Accepted(drafts, count, problems);
    }

    /**
     * An entry's draft was thrown away: the proposals accepted into it come back to the review list (marked, worded as
     * accepted), since nothing of them was served. Returns how many came back.
     */
    public int draftDiscarded(String entryId) {
        return store.returnAccepted(entryId, java.time.Instant.now());
    }

    /** An entry's draft was approved: the proposals accepted into it are phrasings of the entry now. */
    public void draftApproved(String entryId) {
        store.forgetAccepted(entryId);
    }

    /** Drops the chosen proposals; they are not proposed again. Returns how many. */
    public int reject(List<Choice> choices) {
        Map<String, List<String>> byEntry = new LinkedHashMap<>();
        choices.forEach(c -> byEntry.computeIfAbsent(c.entryId(), e -> new ArrayList<>()).add(c.id()));
        byEntry.forEach((entry, ids) -> store.settle(entry, ids, true));
        return choices.size();
    }
}
