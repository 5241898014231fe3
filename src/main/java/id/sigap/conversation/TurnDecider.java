package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.TurnFacts.Found;
import id.sigap.conversation.TurnFacts.Reading;
import id.sigap.sentiment.Classification;
import id.sigap.sentiment.EscalationSettings;
import id.sigap.sentiment.Sentiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The one place that decides how a citizen's message ends: answer, choices, out of scope, small talk,
 * a request to rephrase, a handoff (with its reasons and priority) or an emergency. The rules, first
 * match wins (docs/decision.md shows the same table, {@code TurnDeciderTest} states it):
 * <ol>
 *   <li>emergency: the emergency numbers and staff at {@link Priority#EMERGENCY} (condolences first when the message
 *       tells of a death in the writer's family);</li>
 *   <li>hostile: staff at {@link Priority#HIGH}, no argument;</li>
 *   <li>asked for a person, negatif, or a possible emergency (the learnt model alone reads danger): staff
 *       (negatif and a possible emergency at {@link Priority#HIGH}, never the emergency reply), with the approved answer
 *       when the knowledge base answers confidently; but a negatif message out of scope (a quarrel with a partner)
 *       that asks for no person gets the out-of-scope reply; a bereaved message gets condolences first and at least
 *       {@link Priority#HIGH};</li>
 *   <li>noise: a request to rephrase (a link alone: what should be checked; "that's not what I asked": an apology
 *       too, and the way to an officer); small talk: its reply, but praise read as a concern (sarcasm) is
 *       answered only by a confident entry, else staff take it (never choices);</li>
 *   <li>sensitive (an allegation about officials): a matching approved clarification, else staff at
 *       {@link Priority#SENSITIVE}; never another entry;</li>
 *   <li>a confident entry: the answer (a concern, even repeated, does not hand an answered chat off); with an
 *       out-of-scope phrase only when very confident;</li>
 *   <li>out of scope: a polite reply saying so, no staff;</li>
 *   <li>one or two words sharing no word with any entry: a request to rephrase;</li>
 *   <li>plausible candidates: a choice of them plus "Bukan, hubungi petugas"; when they are too weak to ask about
 *       ({@link ChoicePolicy#personBelow()}), staff take it at once and they are suggested beside the handoff;</li>
 *   <li>otherwise: staff, with the best entries as suggestions (a repeated concern named first).</li>
 * </ol>
 */
@org.springframework.stereotype.Component
final class TurnDecider {

    /**
     * A confident entry answers a question with an out-of-scope phrase only above this confidence: "siapa
     * penemu lampu" shares a word with the street-light entry, a free homecoming bus shares many with its own.
     */
    static final double IN_REMIT_DESPITE_PHRASE = 0.9;

    private final EscalationSettings settings;

    @org.springframework.beans.factory.annotation.Autowired
    public TurnDecider(EscalationSettings settings) {
        this.settings = settings == null ? EscalationSettings.defaults() : settings;
    }

    public TurnDecider() {
        this(EscalationSettings.defaults());
    }

    public Decision decide(TurnFacts facts) {
        Classification mood = facts.mood();
        if (mood != null && mood.emergency()) {
            List<Reason> reasons = moodReasons(mood, Reason.EMERGENCY);
            if (facts.reading() == Reading.BEREAVED) {
                reasons.add(Reason.BEREAVED); // "orang tua kami meninggal" read as an emergency: condolences too
            }
            return new Decision(Outcome.EMERGENCY, reasons, Priority.EMERGENCY, null, Double.NaN, List.of(), List.of());
        }
        if (mood != null && mood.hostile()) {
            return Decision.handoff(Priority.HIGH, moodReasons(mood, Reason.HOSTILE));
        }
        if (mood != null && !mood.wantsHuman() && mood.sentiment() == Sentiment.NEGATIF && !mood.distress()
                && facts.reading() == Reading.OUT_OF_SCOPE) {
            // Heartache over a partner or anger at a neighbour reads negatif, but no officer can take it up: the
            // out-of-scope reply says where to go (danger was row 1, a request for a person row 3). Despair is not
            // pointed elsewhere ("utang ke bank blm lunas ... sy gk tau lagi mau gmn"): a person, row 4.
            Found found = facts.retrieval().get();
            if (!inRemitDespitePhrase(found)) {
                return outOfScope(found);
            }
        }
        // "Are you a bot or a real person?" names a person but asks about Sigap: its honest reply (small talk, below)
        // says how to reach an officer; a request beside it ("ini bot ya? sambungkan ke orang dong") is no question
        // about Sigap.
        boolean onlyAsksAboutSigap = facts.reading() == Reading.ABOUT_SIGAP && mood != null
                && mood.sentiment() != Sentiment.NEGATIF && !mood.possibleEmergency();
        if (mood != null && !onlyAsksAboutSigap
                && (mood.wantsHuman() || mood.sentiment() == Sentiment.NEGATIF || mood.possibleEmergency())) {
            List<Reason> reasons = new ArrayList<>();
            Priority priority = Priority.NORMAL;
            if (mood.possibleEmergency()) {
                // the learnt model alone reads danger: a person at HIGH, the approved answer meanwhile, not the emergency reply
                reasons.add(Reason.POSSIBLE_EMERGENCY);
                priority = Priority.HIGH;
            }
            if (mood.wantsHuman()) {
                reasons.add(Reason.ASKED_FOR_HUMAN);
            }
            if (mood.sentiment() == Sentiment.NEGATIF) {
                reasons.add(Reason.NEGATIVE);
                priority = Priority.HIGH;
            }
            if (facts.reading() == Reading.SENSITIVE) {
                reasons.add(Reason.SENSITIVE);
                priority = priority.max(Priority.SENSITIVE);
            }
            if (facts.reading() == Reading.BEREAVED) {
                reasons.add(Reason.BEREAVED); // grief often reads negatif: condolences before the person takes it
                priority = priority.max(Priority.HIGH);
            }
            Found found = facts.retrieval().get();
            Decision handoff = Decision.handoff(priority, reasons).withConfidence(found.confidence())
                    .withCandidates(found.retrieved());
            // An approved answer goes out while the citizen waits for the person: for a sensitive question
            // only a matching clarification, never whatever entry shares its other words.
            if (facts.reading() == Reading.SENSITIVE) {
                return found.clarification() != null
                        ? handoff.withEntry(found.clarification()).with(Reason.CLARIFICATION)
                        : withFreeOfCharge(handoff, found);
            }
            return found.confident() ? handoff.withEntry(found.best()).with(Reason.CONFIDENT_MATCH) : handoff;
        }
        switch (facts.reading()) {
            case NOISE -> {
                return Decision.because(Outcome.REPHRASE, Reason.NOISE);
            }
            case PLEA -> {
                return Decision.because(Outcome.REPHRASE, Reason.PLEA);
            }
            case LINK -> {
                return Decision.because(Outcome.REPHRASE, Reason.LINK_ONLY);
            }
            case ANSWER_MISSED -> {
                if (!facts.rejectedOffer().isEmpty()) {
                    return secondMiss(facts.rejectedOffer(), Found.NOTHING);
                }
                return Decision.because(Outcome.REPHRASE, Reason.ANSWER_MISSED);
            }
            case ABOUT_SIGAP -> {
                return Decision.because(Outcome.SMALL_TALK, Reason.SMALL_TALK);
            }
            case SMALL_TALK -> {
                if (mood == null || !mood.sentiment().isNegative() && !mood.sarcastic()) {
                    return Decision.because(Outcome.SMALL_TALK, Reason.SMALL_TALK);
                }
                // "hebat ya pemkot, tiap tahun banjir tiap tahun kaget 👏👏👏": praise words read as a concern are
                // sarcasm, no thanks to return; so are thanks read as sarcasm however calm ("lapor dari 2 minggu lalu,
                // hari ini tetangga sy meninggal. makasih lho", batch O54). A sure entry still answers it (below); else a
                // person takes it, not a choice of entries sharing its words (they read as a brush-off).
                Found found = facts.retrieval().get();
                if (!found.confident()) {
                    return Decision.handoff(Priority.NORMAL, List.of(concern(facts),
                            found.unanswerable() ? Reason.UNANSWERABLE : Reason.LOW_CONFIDENCE))
                            .withConfidence(found.confidence()).withCandidates(found.retrieved());
                }
            }
            case BEREAVED -> {
                // Condolences first (the wording adds them); a sure answer still goes out, otherwise a person at
                // once: never a choice of entries, never "outside our remit" to someone who lost family.
                Found found = facts.retrieval().get();
                if (found.confident()) {
                    return Decision.answer(found.best(), found.confidence(),
                            List.of(Reason.BEREAVED, Reason.CONFIDENT_MATCH));
                }
                return Decision.handoff(Priority.HIGH, List.of(Reason.BEREAVED,
                                found.unanswerable() ? Reason.UNANSWERABLE : Reason.LOW_CONFIDENCE))
                        .withConfidence(found.confidence()).withCandidates(found.retrieved());
            }
            case SENSITIVE -> {
                Found found = facts.retrieval().get();
                if (found.clarification() != null) {
                    return Decision.answer(found.clarification(), found.confidence(),
                            List.of(Reason.SENSITIVE, Reason.CLARIFICATION));
                }
                return withFreeOfCharge(Decision.handoff(Priority.SENSITIVE, List.of(Reason.SENSITIVE))
                        .withConfidence(found.confidence()), found);
            }
            default -> {
            }
        }
        Found found = facts.retrieval().get();
        boolean outOfScope = facts.reading() == Reading.OUT_OF_SCOPE;
        if (found.confident() && (!outOfScope || inRemitDespitePhrase(found))) {
            if (mood != null && mood.sentiment().isNegative() && (mood.reportedAgainInVain() || mood.reportPending())) {
                // "sy udh 3 kali lapor nomor penipu lewat sini tapi gk ada tindak lanjut ... kerja gk sih" got the
                // emergency numbers surely (batch F40): reports never followed up need a person, and an entry that shares
                // a word with them reads as one more brush-off (as under choices, below); so does a report whose
                // follow-up is asked after ("laporan sy ... soal lampu jalan mati blm ada tindak lanjut" got the entry on
                // how to report a street light, batch W47)
                return Decision.handoff(Priority.NORMAL, List.of(Reason.NOT_FOLLOWED_UP))
                        .withConfidence(found.confidence()).withCandidates(List.of(found.best()));
            }
            return Decision.answer(found.best(), found.confidence(), List.of(Reason.CONFIDENT_MATCH));
        }
        if (!facts.rejectedOffer().isEmpty()) {
            // The choices missed and what the citizen says instead finds no sure answer either: a second miss.
            return secondMiss(facts.rejectedOffer(), found);
        }
        if (outOfScope) {
            return outOfScope(found);
        }
        if (facts.reading() == Reading.FRAGMENT && found.unanswerable()) {
            // One or two words that share nothing with any entry ("p", "hmm", "suwun"): no question to pass on.
            return Decision.because(Outcome.REPHRASE, Reason.NOISE).withConfidence(found.confidence());
        }
        List<Reason> unsure = new ArrayList<>();
        unsure.add(found.unanswerable() ? Reason.UNANSWERABLE : Reason.LOW_CONFIDENCE);
        if (found.ambiguous()) {
            unsure.add(Reason.AMBIGUOUS);
        }
        // "wah hebat ya pemkot, beras naik terus ... makasih lho atas kerja kerasnya 👏👏" names a topic an entry has, but
        // mocks: a choice of entries under it reads as a brush-off, as under the sarcasm that asks nothing (above).
        boolean mocking = mood != null && mood.sentiment().isNegative() && mood.sarcastic();
        // "SUDAH 3 KALI SAYA LAPOR NIK SALAH TDK ADA TANGGAPAN" (batch B28): a matter not followed up needs a person, and
        // a choice of entries under it reads as one more brush-off.
        boolean ignored = mood != null && mood.sentiment().isNegative() && mood.notFollowedUp();
        // "... anak2 udh mulai diare. Toilet cuma 2 buat ratusan orang. Mohon dinas kesehatan turun tangan" (batch M54): a
        // worry that asks the office to act needs a person, as one not followed up does.
        boolean actionAsked = mood != null && mood.sentiment().isNegative() && ActionAsked.is(mood.text());
        if (!found.plausible().isEmpty() && !found.weak() && !mocking && !ignored && !actionAsked) {
            unsure.add(Reason.CHOICES_OFFERED);
            return new Decision(Outcome.CHOICES, unsure, Priority.NORMAL, null, found.confidence(), found.plausible(),
                    List.of());
        }
        boolean concern = mood != null && mood.sentiment() == Sentiment.BERPOTENSI_NEGATIF;
        if (concern) {
            unsure.addFirst(concern(facts));
        }
        if (found.weak() && !concern) {
            // Too weak to ask "did you mean": a person takes it now, and the entries stay one tap away beside it (not
            // beside a complaint or a worry: unrelated titles under "PDAM kalian ini kerjaannya apa" read as a brush-off).
            unsure.add(Reason.SUGGESTED_BESIDE_PERSON);
            return Decision.handoff(Priority.NORMAL, unsure).withConfidence(found.confidence())
                    .withCandidates(found.plausible());
        }
        return Decision.handoff(Priority.NORMAL, unsure).withConfidence(found.confidence())
                .withCandidates(found.retrieved());
    }

    /** The offered choices missed and nothing sure replaces them: a person, with what was offered and found. */
    private static Decision secondMiss(List<String> offered, Found found) {
        LinkedHashSet<String> candidates = new LinkedHashSet<>(offered);
        candidates.addAll(found.plausible());
        return Decision.handoff(Priority.NORMAL, List.of(Reason.CHOICE_REJECTED, Reason.ANSWER_MISSED))
                .withConfidence(found.confidence()).withCandidates(List.copyOf(candidates));
    }

    /** The decision when the composer could not word an answer the decision chose: staff take it. */
    public Decision composerDeclined(Decision decided, Found found) {
        List<Reason> reasons = new ArrayList<>(decided.reasons());
        reasons.remove(Reason.CONFIDENT_MATCH);
        reasons.add(Reason.COMPOSER_DECLINED);
        return Decision.handoff(decided.priority(), reasons).withConfidence(decided.confidence())
                .withCandidates(found.retrieved());
    }

    private static List<Reason> moodReasons(Classification mood, Reason first) {
        List<Reason> reasons = new ArrayList<>(List.of(first));
        if (mood.hostile()) {
            reasons.add(Reason.HOSTILE);
        }
        if (mood.wantsHuman()) {
            reasons.add(Reason.ASKED_FOR_HUMAN);
        }
        if (mood.sentiment() == Sentiment.NEGATIF) {
            reasons.add(Reason.NEGATIVE);
        }
        return reasons;
    }

    /** A concern with no sure answer: repeated when enough of the chat's recent messages were concerns too. */
    private Reason concern(TurnFacts facts) {
        return concernsInWindow(facts.earlier()) + 1 >= settings.repeatCount() ? Reason.REPEATED_CONCERN
                : Reason.CONCERN_UNSURE;
    }

    private int concernsInWindow(List<Sentiment> recent) {
        int from = Math.max(0, recent.size() - (settings.repeatWindow() - 1));
        int count = 0;
        for (Sentiment earlier : recent.subList(from, recent.size())) {
            if (earlier != null && earlier.isNegative()) {
                count++;
            }
        }
        return count;
    }

    /** A very confident entry wins over an out-of-scope phrase (a free homecoming bus is in the remit despite "tiket"). */
    private static boolean inRemitDespitePhrase(Found found) {
        return found.confident() && found.confidence() >= IN_REMIT_DESPITE_PHRASE;
    }

    private static Decision outOfScope(Found found) {
        return Decision.because(Outcome.OUT_OF_SCOPE, Reason.OUT_OF_SCOPE).withConfidence(found.confidence());
    }

    /**
     * The handoff of an allegation of money asked, with the approved entry that says that very service is free going out
     * while the person comes ({@link Found#freeOfCharge()}); the handoff alone when there is none.
     */
    private static Decision withFreeOfCharge(Decision person, Found found) {
        return found.freeOfCharge() == null ? person
                : person.withEntry(found.freeOfCharge()).with(Reason.FREE_OF_CHARGE);
    }
}
