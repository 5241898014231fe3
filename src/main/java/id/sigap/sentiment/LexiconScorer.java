package id.sigap.sentiment;

import id.sigap.sentiment.Lexicon.Kind;
import id.sigap.sentiment.Lexicon.Match;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a normalised message with the lexicon: negation scope ("gak bagus" is a complaint,
 * "ga jelek" is praise), intensifiers ("banget", "!!!", capitals), contrast ("..., tapi ...") and sarcasm
 * ("hebat ya ... 🙃", "makasih lho" with a complaint).
 */
final class LexiconScorer {

    private static final int NEGATION_SCOPE = 4;
    /**
     * The strength of mockery (praise opening a complaint): more than other sarcasm (1.0), so that mockery aimed at
     * officials (blame, 0.8) or with a second complaint word is negatif; alone it stays berpotensi negatif, as the team
     * and dev sets label sarcasm.
     */
    static final double MOCKING = 1.7;
    private static final SentimentWords WORDS = SentimentWords.shipped();

    private final Lexicon lexicon;

    LexiconScorer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final class Hit {
        Kind kind;
        final int position;
        String phrase;
        double weight;
        boolean negated;
        boolean intensified;

        Hit(Kind kind, double weight, int position) {
            this.kind = kind;
            this.weight = weight;
            this.position = position;
        }
    }

    LexiconEvidence score(NormalisedText text) {
        List<String> tokens = text.tokens();
        List<Hit> hits = new ArrayList<>();
        List<String> signals = new ArrayList<>();
        int negScope = 0;
        double negatorFallback = 0;
        double pendingIntensity = 1;
        int contrastAt = -1;
        int negations = 0;
        boolean particleAfterPraise = false;
        boolean hoping = false;
        boolean prohibition = false;
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (token.equals(NormalisedText.BREAK)) {
                if (negScope > 0) {
                    addFallback(hits, negatorFallback, i);
                }
                negScope = 0;
                pendingIntensity = 1;
                hoping = false;
                i++;
                continue;
            }
            if (WORDS.is(SentimentWords.Kind.HOPE, token)) {
                hoping = true;
            }
            Match match = lexicon.longestMatch(tokens, i);
            if (match == null) {
                if (negScope > 0 && --negScope == 0) {
                    addFallback(hits, negatorFallback, i);
                }
                i++;
                continue;
            }
            Lexicon.Entry entry = match.entry();
            switch (entry.kind()) {
                case NEGATOR -> {
                    negScope = NEGATION_SCOPE;
                    negatorFallback = entry.weight();
                    prohibition = entry.phrase().equals("jangan");
                }
                case INTENS, DIMIN -> {
                    Hit previous = hits.isEmpty() ? null : hits.getLast();
                    if (previous != null && !previous.intensified && i - previous.position <= 2 && negScope == 0) {
                        previous.weight *= entry.weight();
                        previous.intensified = true;
                    } else {
                        pendingIntensity = entry.weight();
                    }
                }
                case CONTRAST -> contrastAt = hits.size();
                case NEUTRAL -> negScope = 0;
                case POS, NEG, ABUSE -> {
                    Kind kind = entry.kind();
                    if (kind == Kind.POS && urged(tokens, i, entry.phrase())) {
                        // "nomor sar brp cepet", "ambulans dmn min cepet", "tolong dijawab cepet": speed asked for,
                        // not praised (batches L38, P38; read positif)
                        pendingIntensity = 1;
                        break;
                    }
                    if (kind == Kind.NEG && helpedSince(tokens, i, entry.phrase())) {
                        // "makasih udh nemenin warga dr kmrn": how long someone has helped, not waited
                        pendingIntensity = 1;
                        break;
                    }
                    double weight = entry.weight() * pendingIntensity;
                    if (kind == Kind.ABUSE && WORDS.is(SentimentWords.Kind.SOFT_ABUSE, entry.phrase()) && !aimed(tokens, i)) {
                        kind = Kind.NEG;
                        weight = 0.5;
                    }
                    Hit hit = new Hit(kind, weight, i);
                    hit.phrase = entry.phrase();
                    hit.intensified = pendingIntensity != 1;
                    pendingIntensity = 1;
                    if (negScope > 0 && kind != Kind.ABUSE) {
                        negScope = 0;
                        hit.negated = true;
                        negations++;
                        if (kind == Kind.POS) {
                            hit.weight = Math.max(0.8, weight * 0.7);
                            hit.kind = Kind.NEG;
                        } else if (prohibition) {
                            // "jangan bohongi rakyat": forbidding it says it is happening
                            hit.weight = weight * 0.8;
                            hit.kind = Kind.NEG;
                        } else if (hoping) {
                            hit.weight = 0.8;
                            signals.add("worry");
                        } else {
                            hit.weight = Math.min(1.0, weight * 0.5);
                            hit.kind = Kind.POS;
                        }
                    }
                    if (kind == Kind.POS && !hit.negated && i + match.length() < tokens.size()
                            && WORDS.is(SentimentWords.Kind.SARCASM_PARTICLE, tokens.get(i + match.length()))) {
                        particleAfterPraise = true;
                    }
                    hits.add(hit);
                }
            }
            i += match.length();
        }
        if (negScope > 0) {
            addFallback(hits, negatorFallback, tokens.size());
        }
        if (contrastAt > 0 && contrastAt < hits.size()) {
            for (int h = 0; h < hits.size(); h++) {
                hits.get(h).weight *= h < contrastAt ? 0.6 : 1.3;
            }
            signals.add("contrast");
        }

        double positive = 0;
        double negative = 0;
        double complaintWeight = 0;
        double topicWeight = 0;
        for (Hit hit : hits) {
            if (hit.kind == Kind.POS) {
                positive += hit.weight;
            } else {
                negative += hit.weight;
                if (hit.kind == Kind.NEG && namesATopic(hit, tokens)) {
                    topicWeight += hit.weight;
                }
                if (hit.phrase != null && (hit.negated || hit.intensified
                        || !WORDS.is(SentimentWords.Kind.STATE, hit.phrase))) {
                    complaintWeight += hit.weight;
                }
            }
        }
        boolean sarcasm = false;
        // praise opening a complaint mocks ("bagus banget ya, 3 hari gak ada bantuan sama sekali", "selamat ya dinas pu, ...")
        boolean mocking = mocksAfterPraise(text, hits);
        // applause and laughter at the office with no word of praise jeer all the same (MockingManner.jeers)
        boolean jeering = positive == 0 && MockingManner.jeers(tokens);
        if (positive > 0 || mocking || jeering) {
            boolean sarcasticEmoji = tokens.contains("emo_sarc");
            boolean complaint = negative >= 0.5 || tokens.stream().anyMatch(this::complaintCue);
            boolean clapWithComplaint = tokens.contains(Emoji.CLAP) && negative >= 0.5;
            if (sarcasticEmoji || mocking || jeering || clapWithComplaint
                    || (particleAfterPraise && complaint && negative >= 0.3)
                    || MockingManner.mocks(tokens, hits.stream().filter(h -> h.kind == Kind.POS).map(h -> h.phrase).toList())) {
                sarcasm = true;
                negative += Math.max(1.5, Math.min(2.5, positive));
                complaintWeight += Math.max(1.5, Math.min(2.5, positive));
                positive = 0;
                signals.add(Classification.SARCASM);
            }
        }
        boolean hostile = false;
        double strongest = 0;
        double rest = 0;
        for (Hit hit : hits) {
            if (hit.kind == Kind.ABUSE) {
                hostile = true;
            }
            if (hit.kind != Kind.POS) {
                if (hit.weight > strongest) {
                    rest += strongest;
                    strongest = hit.weight;
                } else {
                    rest += hit.weight;
                }
            }
        }
        if (sarcasm) {
            strongest = Math.max(strongest, mocking || jeering ? MOCKING : 1.0);
        }
        double strength = strongest + 0.35 * rest;
        if (negative > 0) {
            if (text.shouting()) {
                strength += 1.0;
                signals.add("shouting");
            }
            if (text.exclamations() >= 2 || text.questions() >= 2 || text.exclamations() >= 1 && text.questions() >= 1) {
                strength += 0.5;
                signals.add("exclamations");
            }
            if (negative >= 1 && tokens.stream().anyMatch(WORDS.of(SentimentWords.Kind.BLAMED)::contains)) {
                // a complaint aimed at the office or officials reads as an accusation
                strength += 0.8;
                signals.add("blame");
            }
        }
        if (negations > 0) {
            signals.add("negation");
        }
        if (hostile) {
            signals.add("lex:abuse");
        }
        return new LexiconEvidence(positive, negative, complaintWeight, topicWeight, strength, hostile, sarcasm, negations, hits.size(), signals);
    }

    /**
     * A plain negative word that can name what a question is about ("jalan rusak", "vaksin anjing"): not negated,
     * not intensified, not the writer's own plight ("anak saya sakit"), and a word that is also a swearword only
     * inside a clause, not thrown in ("anjing, ..."), in a message that asks with a question word.
     */
    private static boolean namesATopic(Hit hit, List<String> tokens) {
        if (hit.phrase == null || hit.negated || hit.intensified || !SentimentWords.shipped().topics().contains(hit.phrase)
                || TopicQuestion.ownPlight(tokens, hit.position)) {
            return false;
        }
        if (!WORDS.is(SentimentWords.Kind.SOFT_ABUSE, hit.phrase)) {
            return true;
        }
        // "pdi anjing ...?" insults; "vaksin anjing di mana" asks with a question word
        int at = hit.position;
        return at > 0 && !tokens.get(at - 1).equals(NormalisedText.BREAK)
                && at + 1 < tokens.size() && !tokens.get(at + 1).equals(NormalisedText.BREAK)
                && tokens.stream().anyMatch(SentimentWords.shipped().asking()::contains);
    }

    /** "bagus banget ya, 3 hari gak ada bantuan": {@link SarcasticOpener}, with the lexicon weights after the opener. */
    private boolean mocksAfterPraise(NormalisedText text, List<Hit> hits) {
        List<String> tokens = text.tokens();
        int end = SarcasticOpener.openerEnd(tokens);
        if (end < 0) {
            return false;
        }
        double restPositive = 0;
        double restNegative = 0;
        for (Hit hit : hits) {
            if (hit.position > end) {
                if (hit.kind == Kind.POS) {
                    restPositive += hit.weight;
                } else {
                    restNegative += hit.weight;
                }
            }
        }
        return SarcasticOpener.mocks(text, end, restPositive, restNegative, this::contrast, lexicon.negators()::contains);
    }

    private boolean contrast(String token) {
        Match match = lexicon.longestMatch(List.of(token), 0);
        return match != null && match.entry().kind() == Kind.CONTRAST;
    }

    /** After praise, a sign of a complaint: a negator, a complaint word, "masih", "tetap", "lagi". */
    private boolean complaintCue(String token) {
        return lexicon.negators().contains(token) || WORDS.complaints().contains(token)
                || WORDS.is(SentimentWords.Kind.STILL, token) || WORDS.is(SentimentWords.Kind.AGAIN, token);
    }

    private static void addFallback(List<Hit> hits, double weight, int position) {
        if (weight > 0) {
            hits.add(new Hit(Kind.NEG, weight, position));
        }
    }

    /** A literal word stands near (±2) and no one is addressed there: the animal or the thing, not an insult. */
    private static boolean literal(List<String> tokens, int at) {
        int from = Math.max(0, at - 2);
        int to = Math.min(tokens.size(), at + 3);
        boolean literal = false;
        boolean addressed = false;
        for (int j = from; j < to; j++) {
            literal |= j != at && WORDS.is(SentimentWords.Kind.LITERAL_CUE, tokens.get(j));
            addressed |= j != at && WORDS.is(SentimentWords.Kind.SECOND_PERSON, tokens.get(j));
        }
        return literal && !addressed;
    }

    /**
     * A plea word with a praise weight ("cepat") urging speed: the message asks something ({@code URGED_BY}) or pleads
     * besides it. "Pelayanannya cepet bgt makasih" and "respon adminnya cepet, saya jadi ngerti cara urus bpjs" praise.
     */
    private static boolean urged(List<String> tokens, int at, String phrase) {
        if (!WORDS.is(SentimentWords.Kind.PLEA, phrase)) {
            return false;
        }
        for (int j = 0; j < tokens.size(); j++) {
            String t = tokens.get(j);
            if (j != at && (WORDS.is(SentimentWords.Kind.URGED_BY, t) || WORDS.is(SentimentWords.Kind.PLEA, t))) {
                return true;
            }
        }
        return false;
    }

    /** Time gone by ("dari kemarin") up to three words after someone helping ("udh bantu warga dr kmrn"). */
    private static boolean helpedSince(List<String> tokens, int at, String phrase) {
        if (!WORDS.is(SentimentWords.Kind.TIME_GONE, phrase)) {
            return false;
        }
        for (int j = Math.max(0, at - 3); j < at; j++) {
            if (WORDS.is(SentimentWords.Kind.HELPING, tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean aimed(List<String> tokens, int at) {
        if (literal(tokens, at)) {
            return false; // "anjing saya", "digigit anjing liar": the animal ("anjing lu, liar": still at someone)
        }
        int from = Math.max(0, at - 2);
        int to = Math.min(tokens.size(), at + 3);
        for (int j = from; j < to; j++) {
            if (j != at && (WORDS.aimedAt(tokens.get(j)) || WORDS.is(SentimentWords.Kind.INSULT_TARGET, tokens.get(j)))) {
                return true;
            }
        }
        long words = tokens.stream().filter(t -> !t.equals(NormalisedText.BREAK)).count();
        return words <= 2;
    }
}
