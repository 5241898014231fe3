package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fortieth session (batches K43 and L43, read): a bribe told as a reward for playing with data, aid that reached only an
 * official's family, and jobs filled through insiders got a ticket at the normal priority (or the job-fair entry) instead
 * of the sensitive one. The attacks: a reward asked about with no money, data worked around with no official's gain, aid
 * meant for a kind of family, a scam asked where to report, papers left with an office, a person asked for.
 */
class BribeAsRewardAndAidKeptInTheFamilyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Saya dengar ada oknum panitia PPDB di Dinas Pendidikan yang memainkan data domisili dengan imbalan uang. Ke mana saya harus melaporkan?",
            "lurah kampung baru nahan bansos BLT warga, yg dpt cm keluarganya dia",
            "bantuan di desa kami yang dapat hanya keluarga pak kades",
            "katanya job fair itu cm formalitas doang ya min, lowongannya udh diisi orang titipan semua",
            "min sy denger yg nipu2 lowongan itu orang dalem disnaker sendiri ya?", "temen sy yg masuk pake orang dalem"})
    void areSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"petugas kelurahan minta data KK, sy kasih dengan imbalan apa ya?",
            "kelurahan minta update data, cara ngakalin data yg salah gmn",
            "dinas sosial: yg dapat bantuan hanya keluarga penerima PKH ya?",
            "kalo penipuan loker lapornya ke disnaker atau polisi?", "disdukcapil minta titipan berkas dari kelurahan",
            "min disnaker ada orang yang bisa ditanya soal kartu kuning?"})
    void areNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
