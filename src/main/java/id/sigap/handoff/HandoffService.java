package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
import id.sigap.privacy.DataCipher;
import id.sigap.privacy.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handoff feature's public face, used by the conversation pipeline, the Telegram staff group and
 * the web console: open a handoff, relay the citizen's messages, claim, reply, resolve, give back,
 * rate. Actions return the messages they cause as routed {@link Reply replies}; inside a Telegram turn
 * they are committed with the turn, elsewhere {@link #deliver} sends them.
 */
@Service
public class HandoffService {

    private static final Logger log = LoggerFactory.getLogger(HandoffService.class);
    static final String TELEGRAM = "telegram";

    private final HandoffStore store;
    private final HandoffSettings settings;
    private final ObjectProvider<StaffChannel> staffChannel;
    private final ObjectProvider<SuggestionLookup> suggestions;
    private final ApplicationEventPublisher events;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final DataCipher cipher;
    private final JsonMapper json = id.sigap.store.Json.MAPPER;

    HandoffService(HandoffStore store, HandoffSettings settings, ObjectProvider<StaffChannel> staffChannel,
                   ObjectProvider<SuggestionLookup> suggestions, ApplicationEventPublisher events,
                   StringRedisTemplate redis, ObjectProvider<Clock> clock, DataCipher cipher) {
        this.store = store;
        this.settings = settings;
        this.staffChannel = staffChannel;
        this.suggestions = suggestions;
        this.events = events;
        this.redis = redis;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.cipher = cipher;
    }

    /**
     * What is known when a conversation is handed off.
     *
     * @param reasons        why, as the decision gave them
     * @param priority       how urgently, as the decision gave it
     * @param recentMessages the citizen's last messages, oldest first, for the staff card
     * @param english        the citizen writes in English: the citizen's notices are in English
     */
    public record Request(String channel, long chatId, String citizenName, List<Reason> reasons, Priority priority,
                          String sentiment, List<String> suggestedEntries, List<String> recentMessages,
                          boolean english) {

        public Request {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            priority = priority == null ? Priority.NORMAL : priority;
            suggestedEntries = suggestedEntries == null ? List.of() : List.copyOf(suggestedEntries);
            recentMessages = recentMessages == null ? List.of() : List.copyOf(recentMessages);
        }
    }

    /** The handoff, whether it was new, and the messages to send (citizen notice, staff card). */
    public record Opened(Handoff handoff, boolean created, List<Reply> replies) {
    }

    /** The outcome of a staff action: a short notice for the actor and the messages it causes. */
    public record ActionResult(boolean ok, String notice, List<Reply> replies) {
        static ActionResult refused(String notice) {
            return new ActionResult(false, notice, List.of());
        }
    }

    public Opened open(Request request) {
        Instant now = clock.instant();
        Priority priority = request.priority();
        Optional<Handoff> existing = store.openFor(request.channel(), request.chatId());
        if (existing.isPresent()) {
            store.raise(existing.get(), priority, request.reasons());
            Handoff raised = store.find(existing.get().id()).orElse(existing.get());
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.text(HandoffTexts.alreadyQueued(request.english(), raised.priority())));
            if (raised.priority() != existing.get().priority()) {
                replies.addAll(toStaff(raised, HandoffTexts.staff("priority-raised", HandoffTexts.priority(raised.priority()),
                        HandoffTexts.reasons(request.reasons())), List.of(), null));
            }
            return new Opened(raised, false, replies);
        }
        Handoff handoff = store.open(request.channel(), request.chatId(), request.citizenName(), request.reasons(),
                priority, request.sentiment(), request.suggestedEntries(), now);
        for (String message : request.recentMessages()) {
            store.log(handoff.id(), HandoffStore.CITIZEN, message, now);
        }
        publish(handoff, HandoffEvent.Type.REQUESTED, null, null, null);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(HandoffTexts.citizenQueued(handoff, store.typicalClaimSeconds().orElse(null),
                settings.hours(), ZonedDateTime.ofInstant(now, settings.zone()), request.english())));
        replies.addAll(card(handoff, request.recentMessages()));
        return new Opened(handoff, true, replies);
    }

    public Optional<Handoff> openFor(String channel, long chatId) {
        return store.openFor(channel, chatId);
    }

    public Optional<Handoff> find(String id) {
        return store.find(id);
    }

    public List<Handoff> waiting() {
        return store.waiting();
    }

    public List<Handoff> claimed() {
        return store.claimed();
    }

    public List<Handoff> recentlyClosed(int limit) {
        return store.recentlyClosed(limit);
    }

    /** The citizen's last message in a handoff's log, redacted as staff see it; read from the log's end only. */
    public Optional<String> lastCitizenMessage(String id) {
        return store.lastFrom(id, HandoffStore.CITIZEN);
    }

    /**
     * The conversation as staff see it: who said what (personal data redacted), when; an entry whose
     * original can be revealed carries {@code revealable}.
     */
    public List<Map<String, String>> conversation(String id) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> entry : store.log(id)) {
            Map<String, String> shown = new java.util.LinkedHashMap<>(entry);
            if (shown.remove("sealed") != null) {
                shown.put("revealable", "1");
            }
            out.add(shown);
        }
        return out;
    }

    /**
     * The original text of one log entry (0-based) whose shown text was redacted, for a staff member who
     * needs it (a phone number to call back). The caller audits the reveal.
     */
    public Optional<String> original(String id, int index) {
        return index < 0 ? Optional.empty() : store.original(id, index);
    }

    /**
     * Passes a citizen's message to the staff holding (or about to hold) the chat; the bot stays quiet.
     * Staff get the redacted text; the original is kept sealed in the conversation log.
     */
    public List<Reply> relay(Handoff handoff, IncomingMessage message) {
        String text = message.text();
        store.log(handoff.id(), HandoffStore.CITIZEN, text.isBlank() ? "[" + message.kind().name().toLowerCase() + "]" : text,
                clock.instant());
        publish(handoff, HandoffEvent.Type.CITIZEN_RELAYED, null, text, null);
        Optional<StaffChannel> staff = Optional.ofNullable(staffChannel.getIfAvailable()).filter(s -> !trial(handoff));
        if (staff.isEmpty()) {
            return List.of();
        }
        Routing routing = staffRouting(handoff, staff.get(), "relay:" + handoff.id());
        String shown = Redactor.redact(text);
        boolean media = message.kind() != IncomingMessage.Kind.TEXT;
        if (media && TELEGRAM.equals(message.channel()) && message.messageId() != null) {
            String kind = message.kind().name().toLowerCase();
            Reply notice = Reply.text(HandoffTexts.staff("citizen-sent", handoff.id(), kind)
                    + (shown.isBlank() ? "" : ": " + shown)).routed(routing);
            if (!shown.equals(text)) {
                // A copy would carry the caption as written: staff get the notice only.
                return List.of(notice, Reply.text(HandoffTexts.mediaNotCopied(handoff.id(), kind)).routed(routing));
            }
            return List.of(notice,
                    Reply.text("").routed(Routing.copy(routing.chatId(), routing.threadId(), routing.replyTo(),
                            message.chatId(), message.messageId())));
        }
        return List.of(Reply.text(HandoffTexts.staff("citizen-wrote", handoff.id(), shown)).routed(routing));
    }

    public ActionResult claim(String id, StaffMember staff) {
        Optional<Handoff> found = store.find(id);
        if (found.isEmpty()) {
            return ActionResult.refused(HandoffTexts.staff("not-found", id));
        }
        Optional<String> blocked = store.claim(id, staff, clock.instant());
        if (blocked.isPresent()) {
            return ActionResult.refused(describeBlock(id, blocked.get()));
        }
        Handoff handoff = store.find(id).orElseThrow();
        if (found.get().state() == HandoffState.CLAIMED) {
            return new ActionResult(true, HandoffTexts.staff("already-yours", id), List.of());
        }
        publish(handoff, HandoffEvent.Type.CLAIMED, staff, null, null);
        List<Reply> replies = new ArrayList<>(toStaff(handoff, HandoffTexts.staff("claimed-by", id, staff.displayName()),
                List.of(), null));
        replies.addAll(toCitizen(handoff, Reply.text(HandoffTexts.citizenClaimed(staff))));
        return new ActionResult(true, HandoffTexts.staff("you-claimed", id), replies);
    }

    /** A staff answer to the citizen; a waiting handoff is claimed by the one answering. */
    public ActionResult reply(String id, StaffMember staff, String text) {
        if (text == null || text.isBlank()) {
            return ActionResult.refused(HandoffTexts.staff("empty-reply"));
        }
        ActionResult claim = ensureHeldBy(id, staff);
        if (!claim.ok()) {
            return claim;
        }
        Handoff handoff = store.find(id).orElseThrow();
        store.log(id, "petugas:" + staff.displayName(), text, clock.instant());
        publish(handoff, HandoffEvent.Type.STAFF_REPLY, staff, text, null);
        List<Reply> replies = new ArrayList<>(claim.replies());
        replies.addAll(toCitizen(handoff, new Reply(HandoffTexts.staffPrefix(), text.strip(), null, List.of())));
        return new ActionResult(true, HandoffTexts.staff("sent-to-citizen"), replies);
    }

    /** Sends the n-th suggested knowledge-base answer (1-based) to the citizen. */
    public ActionResult useSuggestion(String id, StaffMember staff, int n) {
        Optional<Handoff> handoff = store.find(id);
        if (handoff.isEmpty() || n < 1 || n > handoff.get().suggestions().size()) {
            return ActionResult.refused(HandoffTexts.staff("no-such-suggestion"));
        }
        Optional<Suggestion> suggestion = lookup(handoff.get().suggestions().get(n - 1));
        if (suggestion.isEmpty()) {
            return ActionResult.refused(HandoffTexts.staff("suggestion-expired"));
        }
        ActionResult claim = ensureHeldBy(id, staff);
        if (!claim.ok()) {
            return claim;
        }
        Suggestion s = suggestion.get();
        store.log(id, "petugas:" + staff.displayName(), "[saran " + s.entryId() + "] " + s.title(), clock.instant());
        publish(handoff.get(), HandoffEvent.Type.STAFF_REPLY, staff, s.text(), null);
        events.publishEvent(new SuggestionUsed(id, handoff.get().channel(), handoff.get().chatId(), s.entryId(),
                lastCitizenMessage(id).orElse(null), clock.instant()));
        List<Reply> replies = new ArrayList<>(claim.replies());
        replies.addAll(toCitizen(handoff.get(), new Reply(s.title(), s.text(), s.sourceUrl(), List.of())));
        return new ActionResult(true, HandoffTexts.staff("suggestion-sent", n), replies);
    }

    public ActionResult resolve(String id, StaffMember staff) {
        return close(id, staff, HandoffState.RESOLVED, "resolved-by", HandoffTexts.staff("resolved", id));
    }

    public ActionResult giveBack(String id, StaffMember staff) {
        return close(id, staff, HandoffState.RETURNED, "given-back-by",
                HandoffTexts.staff("given-back", id));
    }

    /** The citizen's 1–5 rating from a button; accepted once, and only from the handoff's own chat. */
    public Optional<String> rate(String channel, long chatId, String id, int rating) {
        Optional<Handoff> handoff = store.find(id);
        if (handoff.isEmpty() || handoff.get().chatId() != chatId || !handoff.get().channel().equals(channel)
                || rating < 1 || rating > 5 || handoff.get().state().open()) {
            return Optional.empty();
        }
        if (!store.rate(id, rating)) {
            return Optional.of(HandoffTexts.ALREADY_RATED);
        }
        publish(handoff.get(), HandoffEvent.Type.RATED, null, null, rating);
        return Optional.of(HandoffTexts.rated(rating));
    }

    /** Sends replies caused outside of a Telegram turn (web console actions, reminders). */
    public void deliver(List<Reply> replies) {
        if (replies.isEmpty()) {
            return;
        }
        StaffChannel channel = staffChannel.getIfAvailable();
        if (channel != null) {
            channel.post(replies);
        } else {
            log.debug("No Telegram channel: {} replies stay in the web console", replies.size());
        }
    }

    /** Messages for a web or console citizen from staff, oldest first, removed as they are read. */
    public List<Reply> takeWebMessages(String channel, long chatId) {
        List<Reply> out = new ArrayList<>();
        String key = HandoffStore.PREFIX + "web:" + channel + ":" + chatId;
        String raw;
        while ((raw = redis.opsForList().leftPop(key)) != null) {
            out.add(json.readValue(cipher.open(raw), Reply.class));
        }
        return out;
    }

    /**
     * Deletes everything handoffs keep of a chat (on {@code /hapus}): an open handoff is closed first and
     * its staff told that it can no longer be answered; then every handoff of the chat is erased.
     */
    public void erase(String channel, long chatId) {
        Optional<Handoff> open = store.openFor(channel, chatId);
        if (open.isPresent() && store.close(open.get(), HandoffState.RESOLVED, null, clock.instant()).isEmpty()) {
            deliver(toStaff(open.get(), HandoffTexts.closedOnDeletion(open.get().id()), List.of(), null));
        }
        for (Handoff h : store.ofChat(channel, chatId)) {
            store.erase(h);
        }
        store.eraseChatPointer(channel, chatId);
        redis.delete(HandoffStore.PREFIX + "web:" + channel + ":" + chatId);
    }

    /** Deletes closed handoffs closed before {@code cutoff} (retention); returns how many. */
    int eraseClosedBefore(Instant cutoff) {
        int erased = 0;
        List<String> ids;
        while (!(ids = store.closedBefore(cutoff, 500)).isEmpty()) {
            for (String id : ids) {
                Optional<Handoff> h = store.find(id);
                if (h.isPresent()) {
                    store.erase(h.get());
                } else {
                    store.forgetClosed(id);
                }
                erased++;
            }
        }
        return erased;
    }

    /** Records the staff-group message id a tagged reply got (cards and relays), for reply routing. */
    public void delivered(String tag, long messageId) {
        if (tag.startsWith("card:")) {
            store.mapMessage(tag.substring(5), messageId, true);
        } else if (tag.startsWith("relay:")) {
            store.mapMessage(tag.substring(6), messageId, false);
        }
    }

    Optional<Handoff> byStaffMessage(Long threadId, Integer replyTo) {
        if (threadId != null) {
            Optional<Handoff> byThread = store.byThread(threadId);
            if (byThread.isPresent()) {
                return byThread;
            }
        }
        return replyTo == null ? Optional.empty() : store.byMessage(replyTo);
    }

    List<Reply> card(Handoff handoff, List<String> recent) {
        StaffChannel staff = staffChannel.getIfAvailable();
        if (staff == null || trial(handoff)) {
            return List.of();
        }
        Long thread = staff.openTopic(HandoffTexts.header(handoff) + " " + Optional.ofNullable(handoff.citizenName()).orElse(""))
                .orElse(null);
        if (thread != null) {
            store.setThread(handoff.id(), thread);
        }
        List<Suggestion> found = handoff.suggestions().stream().map(this::lookup).flatMap(Optional::stream).toList();
        Reply card = new Reply(HandoffTexts.header(handoff), HandoffTexts.card(handoff, recent, found, settings.zone()),
                null, HandoffTexts.cardButtons(handoff, found.size()))
                .routed(Routing.to(staff.staffChatId(), thread, null, "card:" + handoff.id()));
        return List.of(card);
    }

    /** Text for the staff thread of a handoff (in its topic, or as a reply to its card). */
    List<Reply> toStaff(Handoff handoff, String text, List<List<Reply.Button>> buttons, String tag) {
        StaffChannel staff = staffChannel.getIfAvailable();
        if (staff == null || trial(handoff)) {
            return List.of();
        }
        return List.of(new Reply(null, text, null, buttons).routed(staffRouting(handoff, staff, tag)));
    }

    HandoffSettings settings() {
        return settings;
    }

    /**
     * A trial from the public web simulator: it waits in the web console only, never in the staff group
     * (no topic, card, relay or reminder), so anonymous visitors cannot flood the staff or crowd out a
     * real emergency.
     */
    public static boolean trial(Handoff handoff) {
        return IncomingMessage.trial(handoff.channel());
    }

    Instant now() {
        return clock.instant();
    }

    HandoffStore store() {
        return store;
    }

    private Routing staffRouting(Handoff handoff, StaffChannel staff, String tag) {
        Handoff fresh = store.find(handoff.id()).orElse(handoff);
        Integer replyTo = fresh.threadId() == null && fresh.cardMessageId() != null
                ? fresh.cardMessageId().intValue() : null;
        return Routing.to(staff.staffChatId(), fresh.threadId(), replyTo, tag);
    }

    private List<Reply> toCitizen(Handoff handoff, Reply reply) {
        if (TELEGRAM.equals(handoff.channel())) {
            return List.of(reply.routed(Routing.to(handoff.chatId(), null, null, null)));
        }
        // Sealed: a staff answer may quote what the citizen wrote, and waits in Redis until the page polls.
        redis.opsForList().rightPush(HandoffStore.PREFIX + "web:" + handoff.channel() + ":" + handoff.chatId(),
                cipher.seal(json.writeValueAsString(reply)));
        return List.of();
    }

    private ActionResult ensureHeldBy(String id, StaffMember staff) {
        Optional<Handoff> handoff = store.find(id);
        if (handoff.isEmpty() || !handoff.get().state().open()) {
            return ActionResult.refused(HandoffTexts.staff("already-closed", id));
        }
        if (handoff.get().state() == HandoffState.CLAIMED && handoff.get().staffUserId() == staff.userId()) {
            return new ActionResult(true, null, List.of());
        }
        return claim(id, staff);
    }

    private ActionResult close(String id, StaffMember staff, HandoffState to, String staffTextKey, String notice) {
        Optional<Handoff> found = store.find(id);
        if (found.isEmpty()) {
            return ActionResult.refused(HandoffTexts.staff("not-found", id));
        }
        Optional<String> blocked = store.close(found.get(), to, staff, clock.instant());
        if (blocked.isPresent()) {
            return ActionResult.refused(describeBlock(id, blocked.get()));
        }
        Handoff handoff = store.find(id).orElseThrow();
        publish(handoff, to == HandoffState.RESOLVED ? HandoffEvent.Type.RESOLVED : HandoffEvent.Type.RETURNED,
                staff, null, null);
        List<Reply> replies = new ArrayList<>(toStaff(handoff, HandoffTexts.staff(staffTextKey, id, staff.displayName()), List.of(), null));
        replies.addAll(toCitizen(handoff, Reply.text(HandoffTexts.CITIZEN_CLOSED)));
        if (store.flagOnce(id, "ratingAsked")) {
            replies.addAll(toCitizen(handoff, Reply.text(HandoffTexts.RATING_QUESTION)
                    .withButtons(HandoffTexts.ratingButtons(handoff))));
        }
        return new ActionResult(true, notice, replies);
    }

    private String describeBlock(String id, String why) {
        if (why.startsWith("CLAIMED:") || why.startsWith("held:")) {
            return HandoffTexts.staff("held-by", id, why.substring(why.indexOf(':') + 1));
        }
        if (why.startsWith("RESOLVED") || why.startsWith("RETURNED")) {
            return HandoffTexts.staff("closed", id);
        }
        return HandoffTexts.staff("cannot-change", id, why);
    }

    private Optional<Suggestion> lookup(String entryId) {
        SuggestionLookup lookup = suggestions.getIfAvailable();
        return lookup == null ? Optional.empty() : lookup.find(entryId);
    }

    void publish(Handoff h, HandoffEvent.Type type, StaffMember staff, String text, Integer rating) {
        events.publishEvent(new HandoffEvent(h.id(), h.channel(), h.chatId(), type,
                staff == null ? null : staff.userId(), text, h.reasons().stream().map(Reason::key).toList(),
                h.priority().name(), rating, clock.instant()));
    }
}
