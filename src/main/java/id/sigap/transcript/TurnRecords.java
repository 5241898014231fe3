package id.sigap.transcript;

import id.sigap.privacy.Redactor;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.FeedbackGiven;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reason;
import id.sigap.conversation.Reply;
import id.sigap.conversation.TurnCompleted;
import id.sigap.conversation.TurnSignals;
import id.sigap.handoff.HandoffEvent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns events into {@link TranscriptRecord}s: every text redacted, every chat a pseudonym. */
final class TurnRecords {

    private TurnRecords() {
    }

    /** True when the turn is one the bot took part in (not a group message or service message it ignored). */
    static boolean worthRecording(TurnCompleted turn) {
        return turn.result().decision() == null || !turn.result().decision().has(Reason.NOT_FOR_THE_BOT);
    }

    static TranscriptRecord of(TurnCompleted turn, String chat) {
        IncomingMessage message = turn.message();
        ConversationResult result = turn.result();
        TurnSignals signals = result.signals();
        EnumSet<Redactor.Kind> found = EnumSet.noneOf(Redactor.Kind.class);
        String text = redact(message.text(), found);
        String normalized = redact(signals.normalizedText(), found);
        List<String> replies = new ArrayList<>();
        for (Reply reply : result.replies()) {
            String body = reply.title() == null || reply.title().isBlank() ? reply.text() : reply.title() + "\n" + reply.text();
            replies.add(redact(body, found));
        }
        List<TranscriptRecord.Retrieved> retrieved = signals.retrieved().stream()
                .map(e -> new TranscriptRecord.Retrieved(e.entryId(), finite(e.score()) == null ? 0 : e.score()))
                .toList();
        var decision = result.decision();
        boolean erased = decision != null && decision.has(Reason.DATA_ERASED);
        return TranscriptRecord.turn(turn.completedAt(), erased ? null : chat, message.channel(),
                message.kind() == null ? null : message.kind().name(), text, normalized, names(found),
                signals.language(), signals.sentiment(), finite(signals.sentimentConfidence()),
                signals.emergency(), signals.wantsHuman(), retrieved, finite(signals.retrievalConfidence()),
                signals.kbVersion(), decision == null ? null : decision.outcome().name(),
                decision == null ? List.of() : decision.keys(), replies, signals.answerMode(), signals.model(),
                signals.stageMicros(), turn.latencyMicros())
                .withDecision(decision == null ? null : decision.entryId(),
                        decision == null || !decision.handsOff() ? null : decision.priority().name(),
                        decision == null ? List.of() : decision.candidates());
    }

    static TranscriptRecord of(HandoffEvent event, String chat) {
        EnumSet<Redactor.Kind> found = EnumSet.noneOf(Redactor.Kind.class);
        String text = redact(event.text(), found);
        return TranscriptRecord.handoff(event.at(), chat, event.channel(), event.handoffId(),
                event.type() == null ? null : event.type().name(), event.staffUserId(), text, names(found),
                event.reasons(), event.priority(), event.rating());
    }

    static TranscriptRecord of(id.sigap.broadcast.BroadcastEvent event) {
        EnumSet<Redactor.Kind> found = EnumSet.noneOf(Redactor.Kind.class);
        String text = redact(event.text(), found);
        return TranscriptRecord.broadcast(event.time(), event.id(), event.type(), text, names(found), event.areas(),
                event.counts());
    }

    static TranscriptRecord of(GapNoticeReceipt notice) {
        return TranscriptRecord.gapNotice(notice.at(), notice.notice(), notice.event(), notice.entryId(),
                notice.title() == null ? null : Redactor.redact(notice.title()), notice.approver(), notice.counts());
    }

    static TranscriptRecord of(FeedbackGiven feedback, String chat) {
        return TranscriptRecord.feedback(feedback.at(), chat, feedback.channel(), feedback.entryId(), feedback.helpful());
    }

    private static String redact(String text, Set<Redactor.Kind> found) {
        if (text == null) {
            return null;
        }
        Redactor.Redacted redacted = Redactor.redactDetailed(text);
        found.addAll(redacted.kinds());
        return redacted.text();
    }

    private static List<String> names(Set<Redactor.Kind> kinds) {
        return kinds.stream().map(Enum::name).toList();
    }

    /** JSON has no NaN: an absent measurement is left out. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
