package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch R34, read after its measurement): "min pilih siapa ya buat pilkada nanti" got choices of
 * unrelated entries. Whom to vote for is outside the remit; beside an official it is a sensitive question, and choosing a
 * teacher is no election.
 */
class WhomToVoteForTest {

    @ParameterizedTest
    @ValueSource(strings = {"min pilih siapa ya buat pilkada nanti", "menurut min mending pilih siapa wkwk",
            "who should i vote for in the regional election?"})
    void whomToVoteForIsOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gubernur dukung siapa di pilkada?", "sy mau pilih sekolah negeri, bagusnya pilih siapa wali kelasnya"})
    void anOfficialsSideOrAChoiceOfTeacherIsNot(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }
}
