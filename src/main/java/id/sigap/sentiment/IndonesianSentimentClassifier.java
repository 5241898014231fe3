package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offline classifier: normalise, score with the team's lexicon and rules, score with the model
 * trained on SmSA, combine both, then split negative into negatif and berpotensi negatif by how strong
 * it is (anger, insults, accusations, despair against mild complaints, worry, doubt and sarcasm).
 */
final class IndonesianSentimentClassifier implements SentimentClassifier {

    /** How much the lexicon's evidence counts against the model's log-probabilities. */
    static final double LEXICON_WEIGHT = tune("lex", 1.0);
    /** How much the model's log-probabilities count. */
    static final double MODEL_WEIGHT = tune("model", 0.7);
    /** The prior of neutral when neither lexicon nor model has much to say (questions, reports). */
    static final double NEUTRAL_BASE = tune("neutral", 0.3);
    static final double QUESTION_BONUS = tune("question", 0.8);
    /** Negative strength at which a negative message is negatif rather than berpotensi negatif. */
    static final double STRONG_NEGATIVE = tune("strong", 2.5);
    /** What an implied complaint (a wait with no news, "kenapa ... padahal") adds to the negative strength. */
    static final double IMPLIED_STRENGTH = tune("implied", 0.5);
    /** Positive lexicon evidence below this is a mild word ("lengkap", "baik"), not praise or thanks. */
    static final double CLEAR_PRAISE = 1.5;
    /** The signal of a danger named only inside a message pasted in quotes ({@link PastedMessage}). */
    static final String PASTED = "pasted-message";


    static final double CALIBRATION_EXPONENT = 0.7;

    private static double tune(String name, double fallback) {
        return Double.parseDouble(System.getProperty("sigap.tune." + name, Double.toString(fallback)));
    }

    private final Lexicon lexicon;
    private final TextNormaliser normaliser;
    private final LexiconScorer scorer;
    private final FeatureExtractor extractor;
    private final LinearModel model;
    private final EmergencyDetector emergencies;
    private final HumanRequestDetector humanRequests;

    IndonesianSentimentClassifier(Lexicon lexicon, LinearModel model) {
        this.lexicon = lexicon;
        this.normaliser = new TextNormaliser(lexicon.slang(), lexicon::knows);
        this.scorer = new LexiconScorer(lexicon);
        this.extractor = new FeatureExtractor(lexicon.negators());
        this.model = model;
        this.emergencies = new EmergencyDetector();
        this.humanRequests = new HumanRequestDetector();
    }

    static IndonesianSentimentClassifier load() {
        return new IndonesianSentimentClassifier(Lexicon.load(), LinearModel.load());
    }

    /** The same reading with the words of degree after state words left out of a question ("macet parah gk?"). */
    private boolean plainWithoutDegree(NormalisedText normalised, List<String> emergency) {
        NormalisedText without = ServiceStateReading.withoutDegree(normalised);
        return without != normalised && ServiceStateReading.isPlainServiceReport(without, scorer.score(without), emergency);
    }

    @Override
    public List<String> dangersNamed(String text) {
        NormalisedText normalised = normaliser.normalise(text == null ? "" : text);
        return normalised.tokens().isEmpty() ? List.of() : emergencies.named(normalised);
    }

    @Override
    public Classification classify(String text) {
        String original = text == null ? "" : text;
        NormalisedText normalised = normaliser.normalise(original);
        if (normalised.tokens().isEmpty()) {
            return new Classification(original, Sentiment.NETRAL, 1.0, false, false, false, List.of("empty"));
        }
        NormalisedText scored = TagQuestion.untagged(normalised, lexicon);
        LexiconEvidence evidence = scorer.score(scored);
        NormalisedText rhetorical = TagQuestion.rhetorical(normalised, lexicon);
        if (rhetorical != normalised) {
            // "kalian becus gak sih": the tag says they are not
            scored = rhetorical;
            evidence = scorer.score(rhetorical);
        } else if (scored != normalised && (evidence.negative() - evidence.topic() > 0 || TagQuestion.aimedAtTheOffice(normalised)
                || evidence.topic() > 0 && TopicQuestion.complains(scored, evidence, lexicon))) {
            // "kalian peduli gak", "bantuan tidak datang, ... gak?": a rhetorical tag in a complaint stays in;
            // a topic word ("rusak", "korban") is what the question asks about
            scored = normalised;
            evidence = scorer.score(normalised);
        }
        Map<String, Double> features = extractor.features(scored, evidence);
        double[] modelP = model.probabilities(features);

        List<String> signals = new ArrayList<>(evidence.signals());
        EmergencyDetector.Findings findings = emergencies.read(normalised);
        if (!findings.signals().isEmpty() && PastedMessage.quotes(original)) {
            // a message pasted in quotes, the writer's own words naming no danger ("min sy baru dpt pesan ini dr grup wali
            // murid, merinding bacanya 😰 'Hati2 ada penculikan anak ... Sudah 3 anak hilang minggu ini.'"): the danger is
            // the pasted message's, a rumour to check (wave A58-D58, read after its measurement)
            NormalisedText own = normaliser.normalise(PastedMessage.own(original));
            if (!own.tokens().isEmpty() && emergencies.read(own).signals().isEmpty()) {
                findings = new EmergencyDetector.Findings(List.of(), null);
                signals.add(PASTED);
            }
        }
        List<String> emergency = findings.signals();
        signals.addAll(emergency);
        if (findings.secondOpinion() != null) {
            signals.add(findings.secondOpinion());
        }
        String besidesRequest = humanRequests.remainder(normalised);
        boolean wantsHuman = besidesRequest != null;
        if (wantsHuman) {
            signals.add("asked-for-human");
        }

        double question = scored.questions() > 0 || startsAsQuestion(normalised) ? QUESTION_BONUS : 0;
        double report = WORDS.is(SentimentWords.Kind.REPORT, normalised.tokens().getFirst()) ? QUESTION_BONUS : 0;
        double modelWeight = MODEL_WEIGHT;
        double[] z = {
                modelWeight * Math.log(modelP[0] + 1e-6) + LEXICON_WEIGHT * evidence.positive(),
                modelWeight * Math.log(modelP[1] + 1e-6) + NEUTRAL_BASE + question + report,
                modelWeight * Math.log(modelP[2] + 1e-6) + LEXICON_WEIGHT * evidence.negative()};
        double[] p = LinearModel.softmax(z);
        int polarity = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
        boolean hostile = evidence.hostile();
        Sentiment sentiment;
        double confidence;
        if (hostile) {
            sentiment = Sentiment.NEGATIF;
            confidence = Math.max(0.8, p[2]);
        } else if (polarity == 0) {
            sentiment = Sentiment.POSITIF;
            confidence = p[0];
        } else if (polarity == 1) {
            sentiment = Sentiment.NETRAL;
            confidence = p[1];
        } else {
            double strong = 1 / (1 + Math.exp(-2.5 * (evidence.strength() - STRONG_NEGATIVE)));
            sentiment = strong >= 0.5 ? Sentiment.NEGATIF : Sentiment.BERPOTENSI_NEGATIF;
            confidence = p[2] * Math.max(strong, 1 - strong);
        }
        if (Emoji.onlyDistress(normalised.tokens())) {
            // "🌋🌋😭" alone (batch J29, read) got "Baik." as if acknowledged: crying or fear with no word is a concern,
            // kept when small talk's wariness is dropped (a person asks what happened)
            sentiment = sentiment.isNegative() ? sentiment : Sentiment.BERPOTENSI_NEGATIF;
            signals.add(Emoji.DISTRESS);
            signals.add(Classification.DISTRESS);
        }
        // "sudah 3 minggu belum ada kabar", "kenapa ... padahal ...": a complaint without a complaint word
        List<String> implied = emergency.isEmpty() ? ImpliedComplaint.detect(normalised) : List.of();
        signals.addAll(implied);
        if (!implied.isEmpty()) {
            // netral, or positive by the model's reading or a mild word ("berkas sudah lengkap, tapi ..."): the
            // complaint decides; one that also blames or is angry is negatif
            boolean strong = evidence.strength() + IMPLIED_STRENGTH >= STRONG_NEGATIVE && !evidence.sarcasm();
            // praise alone opening it ("wah keren, tiap hujan langsung banjir") or applause for it mocks
            // praise aimed at the office beside it mocks too, however warm: "Terima kasih Pak Gubernur atas program 'Layanan
            // Cepat'. Ternyata cepatnya cuma di baliho ya pak" (batch K52, read); a restaurant's review praises its own
            boolean mocking = SarcasticOpener.openerEnd(normalised.tokens()) >= 0 || normalised.tokens().contains(Emoji.CLAP)
                    || normalised.tokens().stream().anyMatch(SentimentWords.shipped()::praisedAt)
                    || MockingManner.praisesIronically(normalised.tokens());
            if (sentiment == Sentiment.NETRAL || sentiment == Sentiment.POSITIF && (evidence.positive() < CLEAR_PRAISE || mocking)) {
                if (sentiment == Sentiment.POSITIF && mocking) {
                    signals.add(Classification.SARCASM);
                }
                sentiment = strong ? Sentiment.NEGATIF : Sentiment.BERPOTENSI_NEGATIF;
                confidence = Math.max(0.5, p[2]);
            } else if (sentiment == Sentiment.BERPOTENSI_NEGATIF && strong) {
                sentiment = Sentiment.NEGATIF;
            }
            if (ImpliedComplaint.distress(implied) && !signals.contains(Classification.SARCASM)) {
                // (the lexicon's sarcasm and the mocking opener above both leave the signal "sarcasm")
                // "anak anak di pengungsian kelaparan", "tidak tahu harus bagaimana lagi": a person now
                sentiment = Sentiment.NEGATIF;
                confidence = Math.max(confidence, 0.7);
                signals.add(Classification.DISTRESS);
            }
        } else if (sentiment.isNegative() && (ServiceStateReading.isPlainServiceReport(normalised, evidence, emergency)
                || plainWithoutDegree(normalised, emergency))) {
            sentiment = Sentiment.NETRAL;
            confidence = Math.max(p[1], 0.5);
            signals.add("service-state");
        } else if (sentiment.isNegative() && TopicQuestion.isPlainTopicQuestion(scored, evidence, emergency, lexicon)) {
            sentiment = Sentiment.NETRAL;
            confidence = Math.max(p[1], 0.5);
            signals.add("topic-question");
        } else if (sentiment == Sentiment.BERPOTENSI_NEGATIF && TopicQuestion.isRemedyQuestion(scored, evidence, emergency)) {
            sentiment = Sentiment.NETRAL;
            confidence = Math.max(p[1], 0.5);
            signals.add("remedy-question");
        } else if (sentiment == Sentiment.POSITIF && emergency.isEmpty() && TopicQuestion.isPlainQualityQuestion(original,
                scored, evidence, scorer)) {
            // "penginapan yang bersih dekat terminal ada rekomendasi?": asks about something good, praises nothing
            sentiment = Sentiment.NETRAL;
            confidence = Math.max(p[1], 0.5);
            signals.add("quality-question");
        }
        if (emergency.isEmpty() && !hostile && implied.isEmpty() && sentiment.isNegative() && PersonalMatter.isPrivate(normalised)) {
            // "pacar saya marah terus": not anger at the office; asking what to do is a plain question
            sentiment = PersonalMatter.asksAdvice(normalised) ? Sentiment.NETRAL : Sentiment.BERPOTENSI_NEGATIF;
            signals.add("personal");
        }
        if (!emergency.isEmpty()) {
            // A plea for help in danger is distress even without complaint words; despair is negatif.
            if (emergency.contains("emergency:suicide") && sentiment != Sentiment.NEGATIF) {
                sentiment = Sentiment.NEGATIF;
                confidence = Math.max(confidence, 0.7);
            } else if (!sentiment.isNegative() && (normalised.tokens().stream().anyMatch(WORDS.of(SentimentWords.Kind.PLEA)::contains)
                    || normalised.exclamations() >= 2 || ownPeople(normalised))) {
                sentiment = Sentiment.BERPOTENSI_NEGATIF;
                confidence = Math.max(0.5, p[2]);
                signals.add(Classification.DISTRESS);
            }
        }
        signals.add(0, "sentiment:" + sentiment.label());
        signals.add(String.format(java.util.Locale.ROOT, "model:%.2f/%.2f/%.2f", modelP[0], modelP[1], modelP[2]));
        return new Classification(original, sentiment, round(confidence), !emergency.isEmpty(), wantsHuman, hostile, signals,
                besidesRequest);
    }

    private static final SentimentWords WORDS = SentimentWords.shipped();

    /** A question word, or a word that opens a question ("di mana", "mohon info"). */
    private static boolean opensQuestion(String word) {
        return WORDS.is(SentimentWords.Kind.ASKING, word) || WORDS.is(SentimentWords.Kind.OPENS_QUESTION, word);
    }

    /** The suffix that makes a kin word the writer's own ("anakku"). */
    private static final String OWN = "ku";

    /**
     * "anak saya", "istri sy", "rumah kami", "anakku": the emergency is the writer's own, which is distress whatever the words;
     * "kami terjebak"; "saya mau lapor ..." opening a clause is a report of someone else's.
     */
    private static boolean ownPeople(NormalisedText text) {
        List<String> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.endsWith(OWN) && WORDS.is(SentimentWords.Kind.KIN, token.substring(0, token.length() - OWN.length()))) {
                return true; // "anakku", "bojoku"
            }
            if (!SentimentWords.shipped().firstPerson().contains(token)) {
                continue;
            }
            boolean opens = i == 0 || tokens.get(i - 1).equals(NormalisedText.BREAK);
            if (!opens || tokens.subList(i + 1, Math.min(tokens.size(), i + 3)).stream().noneMatch(WORDS.of(SentimentWords.Kind.REPORT)::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAsQuestion(NormalisedText text) {
        String first = text.tokens().getFirst();
        return opensQuestion(first) || (WORDS.is(SentimentWords.Kind.ADDRESS, first) && text.tokens().size() > 1
                && opensQuestion(text.tokens().get(text.tokens().get(1).equals("|") && text.tokens().size() > 2 ? 2 : 1)));
    }

    /**
     * Rounds a probability to three decimals after calibration: the combined score is underconfident in the
     * middle (on the dev set, answers at 0.5 were right 8 times in 10), so it is raised to the power 0.7.
     */
    private static double round(double value) {
        double calibrated = Math.pow(Math.min(1, Math.max(0, value)), CALIBRATION_EXPONENT);
        return Math.round(calibrated * 1000) / 1000.0;
    }
}
