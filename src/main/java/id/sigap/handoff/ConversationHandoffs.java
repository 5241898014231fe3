package id.sigap.handoff;

import id.sigap.conversation.ChatHistory;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.FeedbackGiven;
import id.sigap.conversation.HandoffDesk;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.EmergencyNumbers;
import id.sigap.conversation.MessageDelivered;
import id.sigap.conversation.NumbersAsked;
import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.conversation.Reply;
import id.sigap.conversation.TurnSignals;
import id.sigap.sentiment.Classification;
import id.sigap.sentiment.SentimentClassifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handoff side of the conversation pipeline: the staff group goes to the {@link StaffDesk}; a chat
 * held by staff is relayed to them and the bot stays quiet; the citizen's handoff buttons (ask for a
 * person, rating, 👍/👎) are handled here; a decision that hands off opens a handoff with the decision's
 * own reasons, priority and candidates (nothing is re-decided here).
 */
@Component
class ConversationHandoffs implements HandoffDesk {

    private static final Set<String> BOT_COMMANDS_WHILE_HELD = Set.of("start", "help", "bantuan", "privasi", "privacy", "hapus");
    private static final Pattern ASKS = Pattern.compile("\\?|\\b(?:apa|apakah|berapa|brp|berapakah|gimana|gmn|gmana|"
            + "bagaimana|kapan|kpn|dimana|dmn|mana|siapa|kenapa|knp|mengapa|bisakah|bolehkah|nomor|nomornya|nomer|nomernya|"
            + "tanya|nanya|bertanya|menanyakan|nanyain|how|what|where|when|who|why|which|can|could|ask|asking)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Not to be called, written to or visited: an instruction for the person ("jgn telp nomor ini dia bs denger" from
     * someone locked in by an armed husband, batch X50), never a question, though it names a number.
     */
    private static final Pattern NOT_TO_BE_CONTACTED = Pattern.compile("\\b(?:jangan|jgn|jngn|gak usah|ga usah|gk usah|"
            + "nggak usah|tidak usah|tdk usah|tak usah|ndak usah|don'?t|do not)\\s+(?:\\p{L}+\\s+){0,2}(?:telepon|telpon|telp|"
            + "tlp|tlpn|nelpon|menelepon|ditelepon|ditelpon|ditelp|ditlp|hubungi|dihubungi|sms|call|text|ring|datang|dateng|"
            + "kesini|ke sini|ke rumah)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RATING = Pattern.compile("rt:(H[0-9A-Z]{1,12}):([1-5])");
    private static final Pattern FEEDBACK = Pattern.compile("fb:([ud]):([a-z0-9-]{0,58})");
    static final String ASK_HUMAN = "p";

    private final HandoffService handoffs;
    private final StaffDesk staffDesk;
    private final ChatHistory history;
    private final ApplicationEventPublisher events;
    private final SentimentClassifier classifier;
    private final EmergencyNumbers emergency;

    ConversationHandoffs(HandoffService handoffs, StaffDesk staffDesk, ChatHistory history,
                         ApplicationEventPublisher events, ObjectProvider<SentimentClassifier> classifier,
                         EmergencyNumbers emergency) {
        this.handoffs = handoffs;
        this.staffDesk = staffDesk;
        this.history = history;
        this.events = events;
        this.classifier = classifier.getIfAvailable();
        this.emergency = emergency;
    }

    @Override
    public Optional<ConversationResult> intercept(IncomingMessage message) {
        if (staffDesk.isStaffChat(message)) {
            return Optional.of(staffDesk.handle(message));
        }
        if (message.chatType() != IncomingMessage.ChatType.PRIVATE) {
            return Optional.empty();
        }
        if (message.kind() == IncomingMessage.Kind.CALLBACK) {
            return citizenButton(message);
        }
        Optional<Handoff> open = handoffs.openFor(message.channel(), message.chatId());
        if (open.isPresent() && "petugas".equals(message.command())) {
            // Commands are Indonesian; an emergency still waiting is told again to call for help.
            return Optional.of(new ConversationResult(
                    List.of(Reply.text(HandoffTexts.alreadyQueued(false, open.get().priority()))),
                    Decision.handoff(open.get().priority(), List.of(Reason.ALREADY_QUEUED))
                            .withNote("handoff:" + open.get().id())));
        }
        // While waiting in the queue the bot keeps answering (settle() passes the messages on to staff);
        // once a person holds the chat, the bot says nothing on its own.
        Optional<Handoff> held = open.filter(h -> h.state() == HandoffState.CLAIMED);
        if (held.isPresent()) {
            String command = message.command();
            if (command != null && BOT_COMMANDS_WHILE_HELD.contains(command)) {
                return Optional.empty();
            }
            history.add(message);
            List<Reply> replies = new ArrayList<>();
            Classification read = classifier == null || message.text().isBlank() ? null : classifier.classify(message.text());
            boolean emergencyNow = read != null && read.emergency();
            if (emergencyNow) {
                // Safety first, even while a person holds the chat: the emergency numbers at once, priority raised.
                replies.add(Reply.text(emergency.text()));
                replies.addAll(handoffs.open(new HandoffService.Request(message.channel(), message.chatId(),
                        message.userName(), List.of(Reason.EMERGENCY), Priority.EMERGENCY, read.sentiment().label(),
                        List.of(), List.of(), false)).replies());
            }
            replies.addAll(handoffs.relay(held.get(), message));
            Decision decision = emergencyNow
                    ? new Decision(Outcome.EMERGENCY, List.of(Reason.EMERGENCY, Reason.RELAYED_TO_STAFF),
                            Priority.EMERGENCY, null, Double.NaN, List.of(), List.of())
                    : Decision.handoff(held.get().priority(), List.of(Reason.RELAYED_TO_STAFF));
            return Optional.of(new ConversationResult(replies, decision.withNote("handoff:" + held.get().id())));
        }
        if (message.kind() == IncomingMessage.Kind.TEXT) {
            history.add(message);
        }
        return Optional.empty();
    }

    @Override
    public boolean ownsGroup(IncomingMessage message) {
        return staffDesk.isStaffChat(message);
    }

    @Override
    public ConversationResult settle(IncomingMessage message, ConversationResult decided) {
        if (message.chatType() == IncomingMessage.ChatType.PRIVATE && message.command() == null
                && decided.decision().outcome() != Outcome.EMERGENCY && NumbersAsked.in(message.text())) {
            Optional<Handoff> urgentWait = handoffs.openFor(message.channel(), message.chatId())
                    .filter(h -> h.state() != HandoffState.CLAIMED && urgent(h.priority()));
            if (urgentWait.isPresent()) {
                // An emergency waits and the citizen asks whom to call ("damkar nomornya brp", "udh ditelp 112 gk
                // nyambung2"): the numbers again, then the queue's words. The queue's words alone say only "call 112"
                // (held-out batches E43-L43).
                return stillQueued(message, decided, urgentWait.get(), Decision.handoff(urgentWait.get().priority(),
                        List.of(Reason.NUMBERS_ASKED, Reason.ALREADY_QUEUED, Reason.RELAYED_TO_STAFF)),
                        List.of(Reply.text(emergency.textFor(decided.signals().language()))));
            }
        }
        if (decided.decision().handsOff()) {
            return open(message, decided);
        }
        if (message.chatType() != IncomingMessage.ChatType.PRIVATE || message.command() != null) {
            return decided;
        }
        Optional<Handoff> waiting = handoffs.openFor(message.channel(), message.chatId());
        if (waiting.isEmpty()) {
            return decided;
        }
        if (decided.decision().has(Reason.CALLING) || decided.decision().has(Reason.ACKNOWLEDGED)
                || decided.decision().outcome() == Outcome.REPHRASE) {
            // "halo???" or "p" while waiting asks whether anyone is there: the queue's words, not the bot's greeting
            // (which invites a new question as if nothing were pending). An acknowledgement ("ok sy tunggu ditelp", "ok
            // sy ke tenda biru dkt masjid agung sekarang" while a lost child is looked for) gets them too, in an
            // emergency the emergency's, not "Baik. Jika ada pertanyaan lain ..." (batches E40, K40); thanks keep their
            // own reply ("udh ada petugas dateng makasih": help has come; batches G40-L40). A message the bot cannot
            // read ("websitenya apa" after a question it handed off, a sticker) is for the person, who reads it with
            // the thread: the queue's words, not a request to rephrase. Staff see it in the thread. The transcript keeps the
            // waiting handoff's priority when it is the more urgent ("tolong cepet min" while an emergency waits, batch T53).
            return stillQueued(message, decided, waiting.get(),
                    decided.decision().with(Reason.ALREADY_QUEUED, Reason.RELAYED_TO_STAFF).atLeast(waiting.get().priority()));
        }
        if (forThePerson(message, decided.decision(), waiting.get().priority())) {
            return stillQueued(message, decided, waiting.get(), Decision.handoff(waiting.get().priority(),
                    List.of(Reason.ALREADY_QUEUED, Reason.RELAYED_TO_STAFF)));
        }
        List<Reply> replies = new ArrayList<>(decided.replies());
        Decision decision = decided.decision();
        // A pick (a tapped button or a typed number) reaches staff as the entry the citizen read, not as "2".
        IncomingMessage relayed = decision.has(Reason.CHOICE_TAKEN) && decision.entryId() != null
                ? new IncomingMessage(message.updateId(), message.channel(), message.chatId(), message.chatType(),
                        message.userId(), message.userName(), null, IncomingMessage.Kind.TEXT,
                        HandoffTexts.staff("picked-entry", decision.entryId()), null, null, null, null,
                        message.languageCode(), message.receivedAt())
                : message;
        replies.addAll(handoffs.relay(waiting.get(), relayed));
        return new ConversationResult(replies, decision.with(Reason.RELAYED_TO_STAFF), decided.signals());
    }

    private ConversationResult open(IncomingMessage message, ConversationResult decided) {
        TurnSignals signals = decided.signals();
        Decision decision = decided.decision();
        List<String> suggested = !decision.candidates().isEmpty() ? decision.candidates()
                : signals.retrieved().stream().limit(3).map(TurnSignals.ScoredEntry::entryId).toList();
        HandoffService.Opened opened = handoffs.open(new HandoffService.Request(message.channel(), message.chatId(),
                message.userName(), decision.reasons(), decision.priority(), signals.sentiment(), suggested,
                history.recent(message.channel(), message.chatId()), english(signals)));
        List<Reply> replies = new ArrayList<>();
        if (decision.outcome() == Outcome.EMERGENCY || decision.entryId() != null || decision.has(Reason.BEREAVED)) {
            // The emergency numbers, the approved answer or condolences go out first, before anything about the queue.
            replies.addAll(decided.replies());
        } else {
            // Edits of earlier messages (an offer's buttons removed) still apply; the bot's own words give way.
            replies.addAll(editsOf(decided));
        }
        replies.addAll(opened.replies());
        boolean suggests = !decision.offered().isEmpty();
        if (suggests && opened.created()) {
            // Entries too weak to ask about stay one tap away, after the queue's words.
            replies.addAll(decided.replies().stream().filter(r -> r.toSender() && !r.buttons().isEmpty()).toList());
        }
        if (!opened.created()) {
            replies.addAll(handoffs.relay(opened.handoff(), message));
            // The transcript says what happened: the message joined the waiting handoff, at that handoff's priority when
            // it is the more urgent ("dia masih nangis kedengeran" while a child in a well waits was recorded at the
            // normal priority of its own reading, batch B45).
            decision = decision.with(Reason.ALREADY_QUEUED, Reason.RELAYED_TO_STAFF).atLeast(opened.handoff().priority());
            if (suggests) {
                // Already waiting for a person: no suggestions either (as no choices); the offer is withdrawn.
                decision = decision.without(Reason.SUGGESTED_BESIDE_PERSON);
            }
        }
        return new ConversationResult(replies, decision.withNote("handoff:" + opened.handoff().id()), signals);
    }

    /** The queue's words instead of the bot's own, the message relayed to the waiting handoff's staff. */
    private ConversationResult stillQueued(IncomingMessage message, ConversationResult decided, Handoff waiting,
                                           Decision decision) {
        return stillQueued(message, decided, waiting, decision, List.of());
    }

    /** The same, with {@code first} (the emergency numbers asked for again) before the queue's words. */
    private ConversationResult stillQueued(IncomingMessage message, ConversationResult decided, Handoff waiting,
                                           Decision decision, List<Reply> first) {
        List<Reply> replies = new ArrayList<>(editsOf(decided));
        replies.addAll(first);
        replies.add(Reply.text(HandoffTexts.alreadyQueued(english(decided.signals()), waiting.priority())));
        replies.addAll(handoffs.relay(waiting, message));
        return new ConversationResult(replies, decision.withNote("handoff:" + waiting.id()), decided.signals());
    }

    /** The replies that edit earlier messages (an offer's buttons removed), without the bot's own new words. */
    private static List<Reply> editsOf(ConversationResult decided) {
        return decided.replies().stream().filter(r -> !r.toSender()).toList();
    }

    /**
     * Whether, while a handoff of {@code waiting} priority waits, what the bot decided goes to that person instead, with
     * the queue's words.
     */
    private static boolean forThePerson(IncomingMessage message, Decision decided, Priority waiting) {
        if (decided.outcome() == Outcome.CHOICES) {
            // An offer of entries (with "no, contact an officer") would only confuse. The message goes to staff and the
            // citizen is told so; the offer is withdrawn.
            return true;
        }
        if (decided.outcome() != Outcome.ANSWER || decided.has(Reason.CHOICE_TAKEN)) {
            return false;
        }
        // In an emergency, a detail told ("ada ibu2 sama anak kecil", "polisi blm ada") is for the person, not an entry
        // that shares a word with it (it got child immunisation); a question ("ambulans nomornya berapa") may still be
        // answered. In any wait, a message that leans on the conversation ("mohon diusut" after an allegation, read as a
        // follow-up of it: the entry on checking aid recipients; "hrs ke kantor ya?" after a failing digital-ID app: the
        // humas office's hours) is for the person, who reads it with the thread (batches Y45-B46, read).
        return urgent(waiting) && !asks(message.text()) || decided.has(Reason.FOLLOW_UP)
                || words(message.text()) <= LEANS_ON_THE_THREAD
                || message.text() != null && NOT_TO_BE_CONTACTED.matcher(message.text()).find();
    }

    /** A message of at most this many words, answered while a person is awaited, leans on the thread. */
    static final int LEANS_ON_THE_THREAD = 4;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static long words(String text) {
        return text == null ? 0 : NOT_WORD.splitAsStream(text.strip()).filter(w -> !w.isEmpty()).count();
    }

    private static boolean urgent(Priority priority) {
        return priority == Priority.EMERGENCY || priority == Priority.HIGH;
    }

    /**
     * A question mark or a question word, as typed ("brp", "gmn", "dmn" too), Indonesian or English, or asking said in
     * words ("nanya jalan ditutup aja gk ngerti" after an angry message, in-sample batch O34: it had got the road closures).
     */
    private static boolean asks(String text) {
        return text != null && ASKS.matcher(text).find();
    }

    private static boolean english(TurnSignals signals) {
        return "en".equals(signals.language());
    }

    private Optional<ConversationResult> citizenButton(IncomingMessage message) {
        String data = message.callbackData() == null ? "" : message.callbackData();
        if (data.equals(ASK_HUMAN)) {
            return Optional.of(open(message, new ConversationResult(List.of(),
                    Decision.handoff(Priority.NORMAL, List.of(Reason.ASKED_FOR_HUMAN)))));
        }
        Matcher rating = RATING.matcher(data);
        if (rating.matches()) {
            Optional<String> thanks = handoffs.rate(message.channel(), message.chatId(), rating.group(1),
                    Integer.parseInt(rating.group(2)));
            return Optional.of(thanks
                    .map(t -> new ConversationResult(List.of(Reply.notice(t), Reply.text(t)),
                            Decision.of(Outcome.COMMAND, "rating:" + rating.group(2))))
                    .orElseGet(() -> new ConversationResult(List.of(Reply.notice(HandoffTexts.RATING_REFUSED)),
                            Decision.of(Outcome.IGNORED, "rating:refused"))));
        }
        Matcher feedback = FEEDBACK.matcher(data);
        if (feedback.matches()) {
            boolean helpful = feedback.group(1).equals("u");
            String entry = feedback.group(2).isEmpty() ? null : feedback.group(2);
            events.publishEvent(new FeedbackGiven(message.channel(), message.chatId(), entry, helpful,
                    java.time.Instant.now()));
            if (helpful) {
                return Optional.of(new ConversationResult(List.of(Reply.notice(HandoffTexts.citizen("feedback.thanks-up"))),
                        Decision.of(Outcome.COMMAND, "feedback:up")));
            }
            return Optional.of(new ConversationResult(List.of(Reply.notice(HandoffTexts.citizen("feedback.thanks-down")),
                    Reply.text(HandoffTexts.citizen("feedback.offer-officer"))
                            .withButtons(List.of(List.of(new Reply.Button(HandoffTexts.citizen("feedback.officer-button"), ASK_HUMAN))))),
                    Decision.of(Outcome.COMMAND, "feedback:down")));
        }
        return Optional.empty();
    }

    @EventListener
    void delivered(MessageDelivered delivered) {
        if (delivered.tag() != null) {
            handoffs.delivered(delivered.tag(), delivered.messageId());
        }
    }
}
