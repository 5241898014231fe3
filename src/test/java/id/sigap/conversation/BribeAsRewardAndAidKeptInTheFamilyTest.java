package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fortieth session (batch K43, read): a bribe told as a reward for playing with data, and aid that reached only an
 * official's family, got a ticket at the normal priority instead of the sensitive one. The attacks: a reward asked about
 * with no money, data worked around with no official's gain, and aid meant for a kind of family.
 */
class BribeAsRewardAndAidKeptInTheFamilyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Saya dengar ada oknum panitia PPDB di Dinas Pendidikan yang memainkan data domisili dengan imbalan uang. Ke mana saya harus melaporkan?",
            "lurah kampung baru nahan bansos BLT warga, yg dpt cm keluarganya dia",
            "bantuan di desa kami yang dapat hanya keluarga pak kades"})
    void areSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"petugas kelurahan minta data KK, sy kasih dengan imbalan apa ya?",
            "kelurahan minta update data, cara ngakalin data yg salah gmn",
            "dinas sosial: yg dapat bantuan hanya keluarga penerima PKH ya?"})
    void areNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
