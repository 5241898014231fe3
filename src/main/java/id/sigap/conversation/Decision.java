package id.sigap.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one typed outcome of a turn, recorded with it: what the bot did, why (typed {@link Reason}s),
 * how urgently a person must look (when it hands off), and the entries involved. Made by the
 * {@link TurnDecider} for citizens' questions; commands and buttons of other features make their own.
 *
 * @param outcome    what the pipeline decided, a tag for transcripts and metrics
 * @param reasons    why, as values
 * @param priority   how urgently staff must pick it up (meaningful when it hands off)
 * @param entryId    the knowledge-base entry answered with, or null
 * @param confidence retrieval's confidence in the best entry, NaN when no retrieval ran
 * @param candidates entries offered as choices, or put on a staff card as suggestions, best first
 * @param notes      free notes for logs (a command's name, a handoff id, a knowledge-base version);
 *                   recorded, never read by code
 */
public record Decision(Outcome outcome, List<Reason> reasons, Priority priority, String entryId, double confidence,
                       List<String> candidates, List<String> notes) {

    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons.stream().distinct().toList());
        priority = priority == null ? Priority.NORMAL : priority;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A decision with notes only (commands and buttons of other features). */
    public static Decision of(Outcome outcome, String... notes) {
        return new Decision(outcome, List.of(), Priority.NORMAL, null, Double.NaN, List.of(), List.of(notes));
    }

    /** A decision for these reasons. */
    public static Decision because(Outcome outcome, Reason... reasons) {
        return new Decision(outcome, List.of(reasons), Priority.NORMAL, null, Double.NaN, List.of(), List.of());
    }

    /** A handoff to staff at this priority. */
    public static Decision handoff(Priority priority, List<Reason> reasons) {
        return new Decision(Outcome.HANDOFF, reasons, priority, null, Double.NaN, List.of(), List.of());
    }

    /** An answer with an approved entry. */
    public static Decision answer(String entryId, double confidence, List<Reason> reasons) {
        return new Decision(Outcome.ANSWER, reasons, Priority.NORMAL, entryId, confidence, List.of(), List.of());
    }

    public boolean has(Reason reason) {
        return reasons.contains(reason);
    }

    /**
     * The entries the citizen was given to pick from: the choices of an offer, or the suggestions beside a handoff
     * whose entries were too weak to ask about; empty otherwise (a staff card's suggestions are not offered).
     */
    public List<String> offered() {
        return outcome == Outcome.CHOICES || outcome == Outcome.HANDOFF && has(Reason.SUGGESTED_BESIDE_PERSON)
                ? candidates : List.of();
    }

    /** True when a person takes the conversation (a handoff, or an emergency). */
    public boolean handsOff() {
        return outcome == Outcome.HANDOFF || outcome == Outcome.EMERGENCY;
    }

    public Decision with(Reason... more) {
        List<Reason> all = new ArrayList<>(reasons);
        all.addAll(List.of(more));
        return new Decision(outcome, all, priority, entryId, confidence, candidates, notes);
    }

    public Decision without(Reason reason) {
        return new Decision(outcome, reasons.stream().filter(r -> r != reason).toList(), priority, entryId, confidence,
                candidates, notes);
    }

    public Decision withNote(String note) {
        return new Decision(outcome, reasons, priority, entryId, confidence, candidates,
                Stream.concat(notes.stream(), Stream.of(note)).toList());
    }

    public Decision withOutcome(Outcome other) {
        return new Decision(other, reasons, priority, entryId, confidence, candidates, notes);
    }

    public Decision withEntry(String entry) {
        return new Decision(outcome, reasons, priority, entry, confidence, candidates, notes);
    }

    public Decision withConfidence(double value) {
        return new Decision(outcome, reasons, priority, entryId, value, candidates, notes);
    }

    /** The same decision at {@code other} priority when that is the more urgent (a handoff already waiting at it). */
    public Decision atLeast(Priority other) {
        return new Decision(outcome, reasons, priority.max(other), entryId, confidence, candidates, notes);
    }

    public Decision withCandidates(List<String> entries) {
        return new Decision(outcome, reasons, priority, entryId, confidence, entries, notes);
    }

    /** The reasons' English keys, then the notes: the readable form kept in transcripts and logs. */
    public List<String> keys() {
        return Stream.concat(reasons.stream().map(Reason::key), notes.stream()).toList();
    }

    /** The reasons' Indonesian labels, for officers. */
    public List<String> labels() {
        return reasons.stream().map(Reason::label).toList();
    }

    public enum Outcome {
        /** answered from the knowledge base */
        ANSWER,
        /** offered a choice of entries ("Apakah maksud Anda: …") instead of an answer */
        CHOICES,
        /** told the citizen, politely, that the question is outside the office's remit */
        OUT_OF_SCOPE,
        /** greeting, thanks or small talk, answered without retrieval */
        SMALL_TALK,
        /** the message could not be read as a question (keyboard mash, a lone "?"): asked to rephrase */
        REPHRASE,
        /** a bot command such as /start */
        COMMAND,
        /** handed to humas staff */
        HANDOFF,
        /** a threat to life or safety: the emergency numbers at once, and staff at the highest priority */
        EMERGENCY,
        /** content the bot cannot read (sticker, voice...) answered with an explanation */
        UNSUPPORTED,
        /** deliberately not answered (channel posts, other groups, service messages) */
        IGNORED,
        /** the bot could not answer yet and said so */
        FALLBACK
    }
}
