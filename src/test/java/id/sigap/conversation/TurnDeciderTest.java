package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.TurnFacts.Found;
import id.sigap.conversation.TurnFacts.Reading;
import id.sigap.sentiment.Classification;
import id.sigap.sentiment.EscalationSettings;
import id.sigap.sentiment.Sentiment;
import id.sigap.sentiment.SentimentClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The policy of one turn, as a table (docs/decision.md shows the same table). */
class TurnDeciderTest {

    private final TurnDecider decider = new TurnDecider(EscalationSettings.defaults());

    // what retrieval may find
    static final Found CONFIDENT = new Found(true, 0.92, "ktp-hilang", false, false, List.of(),
            List.of("ktp-hilang", "kk-baru", "sim"), null);
    static final Found UNSURE = new Found(false, 0.3, "ktp-hilang", false, false, List.of("ktp-hilang", "kk-baru"),
            List.of("ktp-hilang", "kk-baru", "sim"), null);
    static final Found WEAK = new Found(false, 0.05, "sim", false, true, List.of(), List.of("sim", "kk-baru"), null);
    static final Found FAINT = new Found(false, 0.04, "sim", false, false, List.of("sim", "kk-baru"),
            List.of("sim", "kk-baru", "ktp-hilang"), null, true, null);
    static final Found NOTHING = Found.NOTHING;
    static final Found UNRELATED = new Found(true, 0.9, "bantuan-rumah", false, false, List.of(),
            List.of("bantuan-rumah"), null);
    static final Found UNRELATED_FAIR = new Found(true, 0.84, "lampu-jalan", false, false, List.of(),
            List.of("lampu-jalan"), null);
    static final Found CLARIFIED = new Found(false, 0.4, "bantuan-rumah", false, false, List.of(),
            List.of("bantuan-rumah", "klarifikasi-dana-banjir"), "klarifikasi-dana-banjir");

    // what the classifier may read
    static final Classification CALM = mood(Sentiment.NETRAL, false, false, false);
    static final Classification CONCERNED = mood(Sentiment.BERPOTENSI_NEGATIF, false, false, false);
    static final Classification ANGRY = mood(Sentiment.NEGATIF, false, false, false);
    static final Classification HOSTILE = mood(Sentiment.NEGATIF, false, false, true);
    static final Classification DESPAIRING = new Classification("x", Sentiment.NEGATIF, 0.9, false, false, false,
            List.of(Classification.DISTRESS));
    static final Classification ASKS = mood(Sentiment.NETRAL, false, true, false);
    /** Praise read as mockery in a message that names a topic ("wah hebat ya pemkot, beras naik terus ... 👏👏"). */
    static final Classification MOCKING = new Classification("x", Sentiment.BERPOTENSI_NEGATIF, 0.6, false, false, false,
            List.of(Classification.SARCASM));
    static final Classification IN_DANGER = mood(Sentiment.BERPOTENSI_NEGATIF, true, false, false);
    /** The learnt model alone reads danger (its second opinion among the signals). */
    static final Classification MAYBE_IN_DANGER = new Classification("perahu kami terapung", Sentiment.BERPOTENSI_NEGATIF,
            0.6, false, false, false, List.of(Classification.LEARNT_EMERGENCY + "0.95"));

    static Stream<Arguments> policy() {
        List<Sentiment> none = List.of();
        List<Sentiment> oneConcern = List.of(Sentiment.NETRAL, Sentiment.BERPOTENSI_NEGATIF);
        return Stream.of(
                // rule                                   mood       earlier     reading             found      outcome              priority            first reason                entry
                arguments("emergency, even with an answer", IN_DANGER, none, Reading.QUESTION, CONFIDENT, Outcome.EMERGENCY, Priority.EMERGENCY, Reason.EMERGENCY, null),
                arguments("emergency beats small talk", IN_DANGER, none, Reading.SMALL_TALK, NOTHING, Outcome.EMERGENCY, Priority.EMERGENCY, Reason.EMERGENCY, null),
                arguments("hostile: no argument", HOSTILE, none, Reading.QUESTION, CONFIDENT, Outcome.HANDOFF, Priority.HIGH, Reason.HOSTILE, null),
                arguments("asked for a person, answered meanwhile", ASKS, none, Reading.QUESTION, CONFIDENT, Outcome.HANDOFF, Priority.NORMAL, Reason.ASKED_FOR_HUMAN, "ktp-hilang"),
                arguments("asked for a person, never choices", ASKS, none, Reading.QUESTION, UNSURE, Outcome.HANDOFF, Priority.NORMAL, Reason.ASKED_FOR_HUMAN, null),
                arguments("negatif: high priority, answered meanwhile", ANGRY, none, Reading.QUESTION, CONFIDENT, Outcome.HANDOFF, Priority.HIGH, Reason.NEGATIVE, "ktp-hilang"),
                arguments("negatif and unsure: high priority, no choices", ANGRY, none, Reading.QUESTION, UNSURE, Outcome.HANDOFF, Priority.HIGH, Reason.NEGATIVE, null),
                arguments("possible emergency (the learnt model alone): a person at high priority, answered meanwhile, not the emergency reply", MAYBE_IN_DANGER, none, Reading.QUESTION, CONFIDENT, Outcome.HANDOFF, Priority.HIGH, Reason.POSSIBLE_EMERGENCY, "ktp-hilang"),
                arguments("possible emergency and unsure: a person, never choices", MAYBE_IN_DANGER, none, Reading.QUESTION, UNSURE, Outcome.HANDOFF, Priority.HIGH, Reason.POSSIBLE_EMERGENCY, null),
                arguments("possible emergency beats small talk", MAYBE_IN_DANGER, none, Reading.SMALL_TALK, NOTHING, Outcome.HANDOFF, Priority.HIGH, Reason.POSSIBLE_EMERGENCY, null),
                arguments("negatif out of scope (heartache, a quarrel): the out-of-scope reply, no staff", ANGRY, none, Reading.OUT_OF_SCOPE, UNSURE, Outcome.OUT_OF_SCOPE, Priority.NORMAL, Reason.OUT_OF_SCOPE, null),
                arguments("despair out of scope (debts, \"sy gk tau lagi mau gmn\"): staff, never pointed elsewhere", DESPAIRING, none, Reading.OUT_OF_SCOPE, UNSURE, Outcome.HANDOFF, Priority.HIGH, Reason.NEGATIVE, null),
                arguments("negatif out of scope but very confident: staff, answered meanwhile", ANGRY, none, Reading.OUT_OF_SCOPE, CONFIDENT, Outcome.HANDOFF, Priority.HIGH, Reason.NEGATIVE, "ktp-hilang"),
                arguments("negatif out of scope asking for a person: staff", mood(Sentiment.NEGATIF, false, true, false), none, Reading.OUT_OF_SCOPE, UNSURE, Outcome.HANDOFF, Priority.HIGH, Reason.ASKED_FOR_HUMAN, null),
                arguments("hostile out of scope: staff", HOSTILE, none, Reading.OUT_OF_SCOPE, UNSURE, Outcome.HANDOFF, Priority.HIGH, Reason.HOSTILE, null),
                arguments("an angry allegation: staff, with a matching clarification meanwhile", ANGRY, none, Reading.SENSITIVE, CLARIFIED, Outcome.HANDOFF, Priority.HIGH, Reason.NEGATIVE, "klarifikasi-dana-banjir"),
                arguments("an angry allegation: never an unrelated entry", ANGRY, none, Reading.SENSITIVE, UNRELATED, Outcome.HANDOFF, Priority.HIGH, Reason.NEGATIVE, null),
                arguments("bereaved and sure of an answer: condolences and the answer", CALM, none, Reading.BEREAVED, CONFIDENT, Outcome.ANSWER, Priority.NORMAL, Reason.BEREAVED, "ktp-hilang"),
                arguments("bereaved and unsure: a person at once, high priority, never choices", CALM, none, Reading.BEREAVED, UNSURE, Outcome.HANDOFF, Priority.HIGH, Reason.BEREAVED, null),
                arguments("bereaved and nothing found: a person", CALM, none, Reading.BEREAVED, NOTHING, Outcome.HANDOFF, Priority.HIGH, Reason.BEREAVED, null),
                arguments("noise: rephrase, never an entry", CALM, none, Reading.NOISE, CONFIDENT, Outcome.REPHRASE, Priority.NORMAL, Reason.NOISE, null),
                arguments("small talk", CALM, none, Reading.SMALL_TALK, CONFIDENT, Outcome.SMALL_TALK, Priority.NORMAL, Reason.SMALL_TALK, null),
                arguments("praise read as a concern (sarcasm) is no small talk: unsure, a person, never choices", CONCERNED, none, Reading.SMALL_TALK, UNSURE, Outcome.HANDOFF, Priority.NORMAL, Reason.CONCERN_UNSURE, null),
                arguments("praise read as a concern (sarcasm): a confident entry still answers it", CONCERNED, none, Reading.SMALL_TALK, CONFIDENT, Outcome.ANSWER, Priority.NORMAL, Reason.CONFIDENT_MATCH, "ktp-hilang"),
                arguments("sarcasm naming a topic an entry has: unsure, a person, never choices", MOCKING, none, Reading.QUESTION, UNSURE, Outcome.HANDOFF, Priority.NORMAL, Reason.CONCERN_UNSURE, null),
                arguments("sarcasm naming a topic: a confident entry still answers it", MOCKING, none, Reading.QUESTION, CONFIDENT, Outcome.ANSWER, Priority.NORMAL, Reason.CONFIDENT_MATCH, "ktp-hilang"),
                arguments("sarcasm after another concern: a repeated concern", CONCERNED, oneConcern, Reading.SMALL_TALK, WEAK, Outcome.HANDOFF, Priority.NORMAL, Reason.REPEATED_CONCERN, null),
                arguments("a question about Sigap itself read as a request for a person: its honest reply", ASKS, none, Reading.ABOUT_SIGAP, NOTHING, Outcome.SMALL_TALK, Priority.NORMAL, Reason.SMALL_TALK, null),
                arguments("a question about Sigap itself in anger: a person", ANGRY, none, Reading.ABOUT_SIGAP, NOTHING, Outcome.HANDOFF, Priority.HIGH, Reason.NEGATIVE, null),
                arguments("a question about Sigap itself gets its honest reply even read as a concern", CONCERNED, none, Reading.ABOUT_SIGAP, UNSURE, Outcome.SMALL_TALK, Priority.NORMAL, Reason.SMALL_TALK, null),
                arguments("sensitive: never an unrelated entry", CALM, none, Reading.SENSITIVE, UNRELATED, Outcome.HANDOFF, Priority.SENSITIVE, Reason.SENSITIVE, null),
                arguments("sensitive: a matching clarification", CALM, none, Reading.SENSITIVE, CLARIFIED, Outcome.ANSWER, Priority.NORMAL, Reason.SENSITIVE, "klarifikasi-dana-banjir"),
                arguments("confident: the answer", CALM, none, Reading.QUESTION, CONFIDENT, Outcome.ANSWER, Priority.NORMAL, Reason.CONFIDENT_MATCH, "ktp-hilang"),
                arguments("a concern repeated in an answered chat stays answered", CONCERNED, oneConcern, Reading.QUESTION, CONFIDENT, Outcome.ANSWER, Priority.NORMAL, Reason.CONFIDENT_MATCH, "ktp-hilang"),
                arguments("very confident beats an out-of-scope phrase", CALM, none, Reading.OUT_OF_SCOPE, CONFIDENT, Outcome.ANSWER, Priority.NORMAL, Reason.CONFIDENT_MATCH, "ktp-hilang"),
                arguments("an out-of-scope phrase beats a merely confident entry", CALM, none, Reading.OUT_OF_SCOPE, UNRELATED_FAIR, Outcome.OUT_OF_SCOPE, Priority.NORMAL, Reason.OUT_OF_SCOPE, null),
                arguments("out of scope: no staff", CALM, none, Reading.OUT_OF_SCOPE, UNSURE, Outcome.OUT_OF_SCOPE, Priority.NORMAL, Reason.OUT_OF_SCOPE, null),
                arguments("a repeated concern may still choose (plain service questions are no complaint)", CONCERNED, oneConcern, Reading.QUESTION, UNSURE, Outcome.CHOICES, Priority.NORMAL, Reason.LOW_CONFIDENCE, null),
                arguments("a repeated concern and nothing plausible: staff", CONCERNED, oneConcern, Reading.QUESTION, WEAK, Outcome.HANDOFF, Priority.NORMAL, Reason.REPEATED_CONCERN, null),
                arguments("unsure with plausible entries: choices", CALM, none, Reading.QUESTION, UNSURE, Outcome.CHOICES, Priority.NORMAL, Reason.LOW_CONFIDENCE, null),
                arguments("a single concern may still choose", CONCERNED, none, Reading.QUESTION, UNSURE, Outcome.CHOICES, Priority.NORMAL, Reason.LOW_CONFIDENCE, null),
                arguments("nothing plausible: staff", CALM, none, Reading.QUESTION, WEAK, Outcome.HANDOFF, Priority.NORMAL, Reason.LOW_CONFIDENCE, null),
                arguments("plausible but too weak to ask about: staff, the entries suggested beside", CALM, none, Reading.QUESTION, FAINT, Outcome.HANDOFF, Priority.NORMAL, Reason.LOW_CONFIDENCE, null),
                arguments("a concern and nothing plausible: staff", CONCERNED, none, Reading.QUESTION, WEAK, Outcome.HANDOFF, Priority.NORMAL, Reason.CONCERN_UNSURE, null),
                arguments("nothing in the knowledge base: staff", CALM, none, Reading.QUESTION, NOTHING, Outcome.HANDOFF, Priority.NORMAL, Reason.UNANSWERABLE, null),
                arguments("a fragment sharing no word with any entry: rephrase, no staff", CALM, none, Reading.FRAGMENT, NOTHING, Outcome.REPHRASE, Priority.NORMAL, Reason.NOISE, null),
                arguments("a fragment that retrieval reads: as any question", CALM, none, Reading.FRAGMENT, UNSURE, Outcome.CHOICES, Priority.NORMAL, Reason.LOW_CONFIDENCE, null),
                arguments("a fragment asking for a person: staff", ASKS, none, Reading.FRAGMENT, NOTHING, Outcome.HANDOFF, Priority.NORMAL, Reason.ASKED_FOR_HUMAN, null),
                arguments("no classifier (evaluation): retrieval decides", null, none, Reading.QUESTION, UNSURE, Outcome.CHOICES, Priority.NORMAL, Reason.LOW_CONFIDENCE, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policy")
    void thePolicyOfOneTurn(String rule, Classification mood, List<Sentiment> earlier, Reading reading, Found found,
                            Outcome outcome, Priority priority, Reason first, String entry) {
        Decision decision = decider.decide(new TurnFacts(mood, earlier, reading, () -> found));
        assertThat(decision.outcome()).as(rule).isEqualTo(outcome);
        assertThat(decision.priority()).as(rule).isEqualTo(priority);
        assertThat(decision.reasons()).as(rule).first().isEqualTo(first);
        assertThat(decision.entryId()).as(rule).isEqualTo(entry);
    }

    @Test
    void aBereavedMessageReadAsAnEmergencyOrNegatifOrAskingForAPersonStillGetsCondolences() {
        Decision emergency = decider.decide(new TurnFacts(IN_DANGER, List.of(), Reading.BEREAVED, () -> CONFIDENT));
        assertThat(emergency.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(emergency.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(emergency.reasons()).startsWith(Reason.EMERGENCY).contains(Reason.BEREAVED);
        Decision negatif = decider.decide(new TurnFacts(ANGRY, List.of(), Reading.BEREAVED, () -> UNSURE));
        assertThat(negatif.outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(negatif.priority()).isEqualTo(Priority.HIGH);
        assertThat(negatif.reasons()).contains(Reason.NEGATIVE, Reason.BEREAVED);
        Decision asks = decider.decide(new TurnFacts(ASKS, List.of(), Reading.BEREAVED, () -> CONFIDENT));
        assertThat(asks.priority()).isEqualTo(Priority.HIGH);
        assertThat(asks.reasons()).contains(Reason.ASKED_FOR_HUMAN, Reason.BEREAVED);
        assertThat(asks.entryId()).isEqualTo("ktp-hilang");
        Decision question = decider.decide(new TurnFacts(IN_DANGER, List.of(), Reading.QUESTION, () -> CONFIDENT));
        assertThat(question.reasons()).doesNotContain(Reason.BEREAVED);
    }

    @Test
    void choicesCarryThePlausibleEntriesAndAHandoffTheBestRetrievedOnes() {
        Decision choices = decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> UNSURE));
        assertThat(choices.candidates()).containsExactly("ktp-hilang", "kk-baru");
        Decision handoff = decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> WEAK));
        assertThat(handoff.candidates()).containsExactly("sim", "kk-baru");
        assertThat(handoff.reasons()).contains(Reason.AMBIGUOUS);
    }

    @Test
    void entriesTooWeakToAskAboutGoToAPersonAndAreSuggestedBesideTheHandoff() {
        Decision calm = decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> FAINT));
        assertThat(calm.outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(calm.priority()).isEqualTo(Priority.NORMAL);
        assertThat(calm.reasons()).containsExactly(Reason.LOW_CONFIDENCE, Reason.SUGGESTED_BESIDE_PERSON);
        assertThat(calm.offered()).containsExactly("sim", "kk-baru");
        // Beside a complaint or a worry, no suggestions: the entries go on the staff card only.
        Decision concerned = decider.decide(new TurnFacts(CONCERNED, List.of(), Reading.QUESTION, () -> FAINT));
        assertThat(concerned.outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(concerned.reasons()).first().isEqualTo(Reason.CONCERN_UNSURE);
        assertThat(concerned.offered()).isEmpty();
        assertThat(concerned.candidates()).containsExactly("sim", "kk-baru", "ktp-hilang");
        // A staff card's suggestions are not offered to the citizen; the rows before this one still win.
        assertThat(decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> WEAK)).offered()).isEmpty();
        assertThat(decider.decide(new TurnFacts(CALM, List.of(), Reading.OUT_OF_SCOPE, () -> FAINT)).outcome())
                .isEqualTo(Outcome.OUT_OF_SCOPE);
        assertThat(decider.decide(new TurnFacts(ANGRY, List.of(), Reading.QUESTION, () -> FAINT)).offered()).isEmpty();
    }

    @Test
    void choicesTheCitizenSaysMissedGoToAPersonUnlessWhatIsAskedInsteadFindsASureAnswer() {
        List<String> offered = List.of("posko-banjir", "ktp-hilang");
        Decision unsure = decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> UNSURE, offered));
        assertThat(unsure.outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(unsure.priority()).isEqualTo(Priority.NORMAL);
        assertThat(unsure.reasons()).containsExactly(Reason.CHOICE_REJECTED, Reason.ANSWER_MISSED);
        assertThat(unsure.candidates()).containsExactly("posko-banjir", "ktp-hilang", "kk-baru");
        Decision onlyMissed = decider.decide(new TurnFacts(CALM, List.of(), Reading.ANSWER_MISSED, () -> UNSURE, offered));
        assertThat(onlyMissed.outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(onlyMissed.candidates()).containsExactly("posko-banjir", "ktp-hilang");
        Decision outOfScope = decider.decide(new TurnFacts(CALM, List.of(), Reading.OUT_OF_SCOPE, () -> UNSURE, offered));
        assertThat(outOfScope.outcome()).isEqualTo(Outcome.HANDOFF);

        assertThat(decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> CONFIDENT, offered)).outcome())
                .isEqualTo(Outcome.ANSWER);
        assertThat(decider.decide(new TurnFacts(IN_DANGER, List.of(), Reading.QUESTION, () -> UNSURE, offered)).outcome())
                .isEqualTo(Outcome.EMERGENCY);
        // Without an offer standing, a miss is asked again and an unsure question gets choices, as before.
        assertThat(decider.decide(new TurnFacts(CALM, List.of(), Reading.ANSWER_MISSED, () -> UNSURE)).outcome())
                .isEqualTo(Outcome.REPHRASE);
        assertThat(decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> UNSURE)).outcome())
                .isEqualTo(Outcome.CHOICES);
    }

    @Test
    void anEmergencyANoiseOrAGreetingIsDecidedWithoutSearching() {
        java.util.function.Supplier<Found> never = () -> {
            throw new AssertionError("searched");
        };
        assertThat(decider.decide(new TurnFacts(IN_DANGER, List.of(), Reading.QUESTION, never)).outcome())
                .isEqualTo(Outcome.EMERGENCY);
        assertThat(decider.decide(new TurnFacts(CALM, List.of(), Reading.NOISE, never)).outcome())
                .isEqualTo(Outcome.REPHRASE);
        assertThat(decider.decide(new TurnFacts(CALM, List.of(), Reading.SMALL_TALK, never)).outcome())
                .isEqualTo(Outcome.SMALL_TALK);
    }

    @Test
    void aConcernOutsideTheWindowDoesNotCount() {
        List<Sentiment> longAgo = List.of(Sentiment.BERPOTENSI_NEGATIF, Sentiment.NETRAL, Sentiment.NETRAL, Sentiment.NETRAL);
        assertThat(decider.decide(new TurnFacts(CONCERNED, longAgo, Reading.QUESTION, () -> WEAK)).reasons())
                .first().isEqualTo(Reason.CONCERN_UNSURE);
    }

    @Test
    void aComposerThatDeclinesHandsTheAnswerToStaff() {
        Decision answer = decider.decide(new TurnFacts(CALM, List.of(), Reading.QUESTION, () -> CONFIDENT));
        Decision declined = decider.composerDeclined(answer, CONFIDENT);
        assertThat(declined.outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(declined.reasons()).containsExactly(Reason.COMPOSER_DECLINED);
        assertThat(declined.entryId()).isNull();
    }

    @Test
    void theRealClassifierRoutesAnEmergencyEndToEnd() {
        Classification c = SentimentClassifier.offline().classify("tolong!! air sudah sampai atap, kami terjebak");
        Decision decision = decider.decide(new TurnFacts(c, List.of(), Reading.QUESTION, () -> NOTHING));
        assertThat(decision.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(decision.priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void emergencyNumbersFromTheKnowledgeBaseWinOverTheConfiguredText() {
        assertThat(new EmergencyNumbers(EscalationSettings.defaults(), () -> Optional.of("Damkar 113, Basarnas 115"))
                .text()).isEqualTo("Damkar 113, Basarnas 115");
        assertThat(new EmergencyNumbers(EscalationSettings.defaults(), Optional::empty).text()).contains("112");
    }

    @Test
    void settingsFallBackToDefaults() {
        EscalationSettings settings = new EscalationSettings(0, 0, 0, " ");
        assertThat(settings.repeatCount()).isEqualTo(2);
        assertThat(settings.repeatWindow()).isEqualTo(4);
        assertThat(settings.emergencyReply()).contains("112");
    }

    @Test
    void everyReasonHasOneKeyAndOneLabelAndOldKeysStillRead() {
        assertThat(Stream.of(Reason.values()).map(Reason::key).distinct().count()).isEqualTo(Reason.values().length);
        assertThat(Reason.ofKey("sentiment:negatif")).contains(Reason.NEGATIVE);
        assertThat(Reason.ofKey("no-match")).contains(Reason.UNANSWERABLE);
        assertThat(Reason.labelOf("low-confidence")).isEqualTo("jawaban bot tidak pasti");
        assertThat(Reason.labels(List.of("low-confidence", "confidence:0.19", "candidate:ktp")))
                .containsExactly("jawaban bot tidak pasti");
    }

    private static Classification mood(Sentiment sentiment, boolean emergency, boolean wantsHuman, boolean hostile) {
        return new Classification("x", sentiment, 0.9, emergency, wantsHuman, hostile, List.of());
    }
}
