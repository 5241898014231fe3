package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-eighth session (batches U39 and Z39, read): a derby's winner guessed got choices of unrelated entries; a public
 * car handing out goods under a candidate's sticker, and a village fund short while its head buys a new car, got
 * unrelated entries instead of the sensitive queue, as did free uniforms sold by a headmaster (batch V39)
 * and a firm said to be owned by an official's in-law (batches W39, X39). Beating a flood and a budget for an ambulance are neither.
 */
class DerbyStickerAndVillageFundTest {

    @ParameterizedTest
    @ValueSource(strings = {"min menurut km persisa sangkara bakal menang gk lawan batu sari fc minggu ini? ⚽"})
    void aDerbyIsOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "min sy liat mobil dinas plat merah dipake buat bagi2 sembako pake stiker salah satu calon bupati di pesisir barat. itu boleh emang?",
            "dana desa buat jalan tahun lalu 800jt tapi jalan nya cuma dicor 200 meter, itu pun udh retak. kepala desa malah beli mobil baru",
            "min ada info kepala sekolah SD negeri di kec. lembah timur jual seragam gratis dr pemprov ke toko seragam di pasar",
            "proyek perbaikan pipa PDAM itu dikerjakan CV Karya Sentosa yg pemiliknya ipar pak wali kota",
            "Beredar informasi bahwa perusahaan tersebut milik ipar salah satu pejabat Diskominfo"})
    void aCandidatesStickerOrAFundSpentOnACarIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warga yang kebanjiran sudah menang lawan banjir, semangat",
            "anggaran dinas buat beli mobil ambulans baru kapan dicairkan?",
            "toko di depan kantor dinas jual seragam sekolah murah, gratis ongkir"})
    void beatingAFloodOrABudgetForAnAmbulanceIsNeither(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
