package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch J34, read after its measurement: a minibus crash): aid cut by an official with several
 * words between the aid and the cut got a person at the normal priority. The attacks keep aid cut by no official, and a
 * cake or a road cut, out of the allegations.
 */
class AidCutByAnOfficialTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "dana bansos banjir taun lalu katanya dipotong camat pesisir selatan 200rb per kk. udh bnyk warga yg ngeluh tp gk ada yg berani lapor. sy punya bukti foto",
            "bantuan beras kemarin katanya disunat pak lurah separuh"})
    void aidCutByAnOfficialIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bantuan beras dari provinsi kemarin dipotong kardusnya biar muat di motor",
            "dana bos sekolah anak sy tahun ini katanya dipotong dari pusat ya?",
            "kue ulang tahun dari pak lurah udah dipotong belum"})
    void aCutWithoutAnOfficialOrAidIsNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
