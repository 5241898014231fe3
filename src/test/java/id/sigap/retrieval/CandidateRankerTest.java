package id.sigap.retrieval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidateRankerTest {

    private static final int FUSED_RANK = 1;
    private static final int COVERAGE = 5;
    private static final int MISSING_TERM = 10;

    @Test
    void withoutTheSecondStageTheFusedOrderStands() {
        List<CandidateFeatures> candidates = List.of(candidate(1.0, 0.2), candidate(0.5, 0.9), candidate(1 / 3.0, 0.5));

        double[] shares = CandidateRanker.shares(candidates, CandidateRanker.NONE);

        assertThat(shares[0]).isGreaterThan(shares[1]);
        assertThat(shares[1]).isGreaterThan(shares[2]);
        assertThat(shares[0] + shares[1] + shares[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theDefaultRankerPutsTheEntryThatSaysTheQuestionAboveOneThatFusionPutFirst() {
        List<CandidateFeatures> candidates = List.of(candidate(1.0, 0.2), candidate(0.5, 0.9));

        double[] shares = CandidateRanker.shares(candidates, CandidateRanker.DEFAULT);

        assertThat(shares[1]).isGreaterThan(shares[0]);
    }

    @Test
    void fittingLearnsWhatMarksTheAnsweringCandidateAndKeepsEachWeightToItsSign() {
        Random random = new Random(3);
        List<RankerCalibration.Question> questions = new ArrayList<>();
        for (int q = 0; q < 200; q++) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> answers = new ArrayList<>();
            int answer = random.nextInt(4);
            for (int c = 0; c < 4; c++) {
                double[] v = new double[CandidateFeatures.NAMES.length];
                v[FUSED_RANK] = 1.0 / (c + 1);
                v[COVERAGE] = c == answer ? 0.6 + 0.4 * random.nextDouble() : 0.5 * random.nextDouble();
                // Noise that a free fit would give a positive weight: the sign constraint holds it at zero.
                v[MISSING_TERM] = c == answer ? 0.5 + 0.5 * random.nextDouble() : 0.4 * random.nextDouble();
                x.add(v);
                answers.add(c == answer);
            }
            questions.add(new RankerCalibration.Question(x, answers));
        }

        CandidateRanker ranker = RankerCalibration.fit(questions, 0.01);

        assertThat(ranker.weights()[COVERAGE]).isPositive();
        assertThat(ranker.weights()[MISSING_TERM]).isLessThanOrEqualTo(0);
        long first = questions.stream().filter(q -> q.rank(ranker) == 1).count();
        assertThat(first).isGreaterThan(questions.stream().filter(q -> q.rank(CandidateRanker.NONE) == 1).count());
        int[] outOfFold = RankerCalibration.crossValidatedRanks(questions, questions.size(), 0.01, 5, 7);
        assertThat(java.util.Arrays.stream(outOfFold).filter(r -> r == 1).count()).isGreaterThan(150);
    }

    @Test
    void aRankerNeedsOneWeightPerFeature() {
        assertThatThrownBy(() -> new CandidateRanker(new double[]{1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CandidateFeatures candidate(double fusedRank, double coverage) {
        return new CandidateFeatures(fusedRank, fusedRank, fusedRank, 0.5, 0, coverage, coverage, coverage, coverage,
                coverage / 2, 1 - coverage);
    }
}
