package id.sigap.broadcast;

import id.sigap.audit.AuditLog;
import id.sigap.conversation.Reply;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.notice.CrisisNotice;
import id.sigap.notice.CrisisNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Official updates for subscribers: an editor drafts one, a different approver sends it (four eyes, as for
 * the knowledge base); an approver may send an urgent one alone from the staff group. Sending snapshots
 * the subscribers of the target areas; {@link BroadcastDelivery} then works through them. Every step is
 * in the audit log.
 */
@Service
public class BroadcastService {

    static final int MAX_TEXT = 3000;
    static final Duration NOTICE_WITHOUT_EXPIRY = Duration.ofHours(24);

    private final BroadcastStore store;
    private final Areas areas;
    private final AuditLog audit;
    private final ObjectProvider<LiveKnowledgeBase> knowledge;
    private final ObjectProvider<CrisisNotices> notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Runnable wake = () -> { };

    BroadcastService(BroadcastStore store, Areas areas, AuditLog audit, ObjectProvider<LiveKnowledgeBase> knowledge,
                     ObjectProvider<CrisisNotices> notices, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.store = store;
        this.areas = areas;
        this.audit = audit;
        this.knowledge = knowledge;
        this.notices = notices;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Called by the delivery loop so that a new broadcast starts at once. */
    void onStart(Runnable wake) {
        this.wake = wake;
    }

    public Instant now() {
        return clock.instant();
    }

    public List<Area> areas() {
        return areas.all();
    }

    /** The configured areas and "all areas". */
    public List<Area> choices() {
        return areas.choices();
    }

    /** The name shown for an area code. */
    public String areaName(String code) {
        return areas.nameOf(code);
    }

    /**
     * An editor's draft.
     *
     * @param areaList  comma-separated area codes or names; blank or {@code semua}: all subscribers
     * @param expiresAt not delivered after this, or null
     * @param keywords  topic keywords for a crisis notice published with it, or blank
     */
    public Broadcast draft(String editor, String text, String entryId, String areaList, Instant expiresAt, String keywords) {
        Broadcast draft = newDraft(editor, text, entryId, areaList, expiresAt, keywords, false);
        store.saveDraft(draft);
        audit.record(editor, "siaran.draf", draft.id(), null, describe(draft));
        return draft;
    }

    /** An approver sends a draft written by someone else. */
    public Receipt send(String approver, String id) {
        Broadcast draft = draft(id);
        if (!draft.urgent() && draft.createdBy().equals(approver)) {
            throw new IllegalStateException("Empat mata: siaran harus dikirim oleh penyetuju lain, bukan penulisnya.");
        }
        return start(draft, approver);
    }

    /**
     * An urgent update drafted by an approver in the staff group; it waits for that approver's confirmation
     * ({@link #sendUrgent}) and goes out without a second approver.
     */
    public Broadcast draftUrgent(String approver, String areaList, String text) {
        Broadcast draft = newDraft(approver, text, null, areaList, null, null, true);
        store.saveDraft(draft);
        audit.record(approver, "siaran.darurat.draf", draft.id(), null, describe(draft));
        return draft;
    }

    public Receipt sendUrgent(String approver, String id) {
        Broadcast draft = existing(id);
        if (!draft.urgent() || !draft.createdBy().equals(approver)) {
            throw new IllegalStateException("Hanya penyetuju yang menulis siaran darurat ini yang dapat mengirimnya.");
        }
        return start(draft(id), approver);
    }

    /** Withdraws a draft; an update already going out is left alone (stopping it is {@link #cancel}). */
    public Broadcast cancelDraft(String who, String id) {
        draft(id);
        return cancel(who, id);
    }

    private Broadcast existing(String id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("Siaran " + id + " tidak ada."));
    }

    /** The broadcast, which must still be a draft. */
    private Broadcast draft(String id) {
        Broadcast b = existing(id);
        if (b.state() != Broadcast.State.DRAFT) {
            throw new IllegalStateException("Siaran " + id + " sudah " + b.state().label() + ".");
        }
        return b;
    }

    /** Cancels a draft, or stops a broadcast being sent (the recipients not reached yet get nothing). */
    public Broadcast cancel(String who, String id) {
        Broadcast b = existing(id);
        switch (b.state()) {
            case DRAFT -> {
                if (store.cancelDraft(id, who, clock.instant())) {
                    audit.record(who, "siaran.batal", id, describe(b), "dibatalkan sebelum dikirim");
                }
            }
            case SENDING -> {
                store.markStopped(id, who);
                long stopped = store.drain(id, "stopped");
                audit.record(who, "siaran.hentikan", id, describe(b), stopped + " penerima belum dikirimi");
                finishIfDone(id, Broadcast.State.CANCELLED);
            }
            default -> throw new IllegalStateException("Siaran " + id + " sudah " + b.state().label() + ".");
        }
        return store.find(id).orElseThrow();
    }

    public Optional<Broadcast> find(String id) {
        return store.find(id);
    }

    public List<Broadcast> recent(int limit) {
        return store.recent(limit);
    }

    public Receipt receipt(String id) {
        return store.receipt(id);
    }

    /** The message subscribers get: the update, a pointer to the knowledge-base entry, how to reply or stop. */
    public Reply render(Broadcast b) {
        StringBuilder text = new StringBuilder(b.text().strip());
        String source = null;
        Optional<KnowledgeEntry> entry = entry(b.entryId());
        if (entry.isPresent()) {
            text.append("\n\nInfo lengkap: ").append(entry.get().title());
            source = entry.get().sourceUrl();
        }
        text.append("\n\n").append(BroadcastTexts.FOOTER);
        return new Reply(BroadcastTexts.title(b, areas), text.toString(), source, List.of());
    }

    /** Words a short reply to the update continues: the linked entry's title, or the update itself. */
    String context(Broadcast b) {
        String words = entry(b.entryId()).map(KnowledgeEntry::title).orElse("") + " " + b.text();
        String[] split = words.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(split, Math.min(split.length, 24)));
    }

    /** Finishes the broadcast when nothing is left to send; publishes the final receipt once. */
    boolean finishIfDone(String id, Broadcast.State state) {
        if (!store.finish(id, state, clock.instant())) {
            return false;
        }
        Broadcast b = store.find(id).orElseThrow();
        Receipt receipt = store.receipt(id);
        audit.record(b.sentBy() == null ? "sistem" : b.sentBy(), "siaran.selesai", id, null, describeReceipt(receipt));
        events.publishEvent(new BroadcastEvent(id, BroadcastEvent.FINISHED, clock.instant(), b.areas(), b.text(),
                b.urgent(), receipt.asMap()));
        return true;
    }

    private Receipt start(Broadcast draft, String approver) {
        Instant now = clock.instant();
        if (draft.expiredAt(now)) {
            throw new IllegalStateException("Siaran " + draft.id() + " sudah kedaluwarsa; buat yang baru.");
        }
        long targeted = store.start(draft, approver, now);
        if (targeted < 0) {
            throw new IllegalStateException("Siaran " + draft.id() + " sudah dikirim atau dibatalkan.");
        }
        audit.record(approver, draft.urgent() ? "siaran.darurat.kirim" : "siaran.kirim", draft.id(), describe(draft),
                targeted + " penerima");
        attachNotice(draft, approver, now);
        events.publishEvent(new BroadcastEvent(draft.id(), BroadcastEvent.STARTED, now, draft.areas(), draft.text(),
                draft.urgent(), store.receipt(draft.id()).asMap()));
        if (targeted == 0) {
            finishIfDone(draft.id(), Broadcast.State.DONE);
        }
        wake.run();
        return store.receipt(draft.id());
    }

    private void attachNotice(Broadcast b, String approver, Instant now) {
        CrisisNotices crisis = notices.getIfAvailable();
        if (b.keywords() == null || b.keywords().isBlank() || crisis == null) {
            return;
        }
        Instant until = b.expiresAt() == null ? now.plus(NOTICE_WITHOUT_EXPIRY) : b.expiresAt();
        CrisisNotice notice = crisis.publish(approver, BroadcastTexts.noticeTitle(b), b.text(), b.keywords(), now, until);
        store.setNotice(b.id(), notice.id());
    }

    private Broadcast newDraft(String author, String text, String entryId, String areaList, Instant expiresAt,
                               String keywords, boolean urgent) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Isi siaran wajib diisi.");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new IllegalArgumentException("Siaran paling panjang " + MAX_TEXT + " karakter: buat singkat.");
        }
        String entry = entryId == null || entryId.isBlank() ? null : entryId.strip();
        if (entry != null && entry(entry).isEmpty()) {
            throw new IllegalArgumentException("Entri basis pengetahuan \"" + entry + "\" tidak ada atau tidak sedang tayang.");
        }
        List<Area> targets = areas.parse(areaList);
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("Batas berlaku harus di masa depan.");
        }
        String words = keywords == null || keywords.isBlank() ? null : keywords.strip();
        return new Broadcast(store.nextId(), text.strip(), entry, targets.stream().map(Area::code).toList(), expiresAt,
                words, Broadcast.State.DRAFT, author, now, null, null, urgent, null, null, null);
    }

    private Optional<KnowledgeEntry> entry(String id) {
        LiveKnowledgeBase kb = knowledge.getIfAvailable();
        return id == null || kb == null ? Optional.empty() : kb.current().entry(id);
    }

    private String describe(Broadcast b) {
        return "wilayah=" + b.areas() + "; teks=" + b.text()
                + (b.entryId() == null ? "" : "; entri=" + b.entryId())
                + (b.expiresAt() == null ? "" : "; berlaku s.d. " + b.expiresAt())
                + (b.keywords() == null ? "" : "; pemberitahuan=" + b.keywords());
    }

    static String describeReceipt(Receipt r) {
        return r.asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
