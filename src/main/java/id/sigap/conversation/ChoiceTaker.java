package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the citizen's pick among the choices offered earlier: a tap on a button or a number typed in
 * the web simulator or the terminal. The pick is checked against the chat's live offer: a button that
 * names another (forged, stale, already taken) is refused and changes nothing. A pick answers with that
 * entry, as it stands in the knowledge base now; "Bukan" hands off with the offered entries.
 */
final class ChoiceTaker {

    private final ChoiceMemory choices;
    private final EntryCatalog catalog;

    ChoiceTaker(ChoiceMemory choices, EntryCatalog catalog) {
        this.choices = choices;
        this.catalog = catalog;
    }

    Optional<ConversationResult> take(IncomingMessage message) {
        Optional<ChoiceMemory.Offer> offer = choices.offered(message.channel(), message.chatId());
        Optional<Choices.Pick> pick;
        if (message.kind() == IncomingMessage.Kind.CALLBACK) {
            pick = Choices.fromButton(message.callbackData());
            if (pick.isPresent() && (offer.isEmpty() || !offer.get().token().equals(pick.get().token())
                    || pick.get().number() > offer.get().entries().size() || pick.get().number() < 0)) {
                // A forged, stale or already-used button: refused, and nothing else happens.
                return Optional.of(new ConversationResult(List.of(Reply.notice(AnswerTexts.CHOICE_EXPIRED)),
                        Decision.because(Outcome.IGNORED, Reason.CHOICE_TAKEN).withNote("choice:refused")));
            }
        } else if (message.kind() == IncomingMessage.Kind.TEXT && message.command() == null && offer.isPresent()) {
            pick = Choices.fromText(message.text(), offer.get());
        } else {
            pick = Optional.empty();
        }
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        ChoiceMemory.Offer taken = offer.orElseThrow();
        choices.forget(message.channel(), message.chatId());
        Language language = taken.language();
        List<Reply> replies = new ArrayList<>();
        if (message.kind() == IncomingMessage.Kind.CALLBACK && message.messageId() != null) {
            // The offer's buttons go once one is taken: the message keeps its text, not a dead keyboard.
            replies.add(Reply.text("").withButtons(List.of()).routed(Reply.Routing.editButtons(message.messageId())));
        }
        TurnSignals signals = new TurnSignals(null, language.code(), null, Double.NaN, false, false,
                taken.entries().stream().map(id -> new TurnSignals.ScoredEntry(id, Double.NaN)).toList(),
                Double.NaN, null, null, null, Map.of());
        if (pick.get().number() == 0) {
            Decision handoff = Decision.handoff(Priority.NORMAL, List.of(Reason.CHOICE_REJECTED))
                    .withCandidates(taken.entries());
            replies.add(Reply.text(language == Language.EN ? AnswerTexts.HANDOFF_EN : AnswerTexts.HANDOFF));
            return Optional.of(new ConversationResult(replies, handoff, signals));
        }
        String entryId = taken.entries().get(pick.get().number() - 1);
        Optional<KnowledgeEntry> entry = catalog.find(entryId);
        if (entry.isEmpty()) {
            // Withdrawn since it was offered: a person takes it rather than an outdated answer.
            replies.add(Reply.text(language == Language.EN ? AnswerTexts.HANDOFF_EN : AnswerTexts.HANDOFF));
            return Optional.of(new ConversationResult(replies,
                    Decision.handoff(Priority.NORMAL, List.of(Reason.CHOICE_TAKEN, Reason.UNANSWERABLE))
                            .withCandidates(taken.entries()), signals));
        }
        KnowledgeEntry e = entry.get();
        RetrievalHit hit = new RetrievalHit(e.id(), e.title(), e.body(), e.sourceUrl(), 1.0, 1);
        RetrievalResult chosen = new RetrievalResult(e.title(), e.title(), List.of(hit), 1.0, true, List.of(), null, 0);
        Reply answer = new ExtractiveComposer().compose(e.title(), chosen).orElseThrow();
        replies.add(EnglishVersion.inLanguage(answer, hit, language).withButtons(KnowledgeAnswerer.feedbackButtons(e.id(), language)));
        return Optional.of(new ConversationResult(replies,
                Decision.answer(e.id(), Double.NaN, List.of(Reason.CHOICE_TAKEN)).withCandidates(taken.entries()),
                signals));
    }
}
