package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-second session (batches Y58, Z58, A59, read): a person swept away told in Banjar, a grandmother alone who cannot get
 * out told in Sundanese, waters broken ("ketubannya pecah"), and a cable touching the water "dari kemarin" beside children
 * playing in it are emergencies. The attacks: the same words told of the past, of a document, or repaired.
 */
class RegionalRiversLabourAndLiveCablesTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "tulung!!! ada urang tahanyut di sungai dakat jembatan Sungai Tabuk",
            "di lembur Garut cai na tos ngagedean. nini abdi nyalira di bumi teu tiasa kaluar",
            "istri sy hamil 9 bln, kami di posko, ketubannya pecah barusan",
            "haha lucu ya tiang listrik depan rumah miring dr kemarin, kabelnya nyentuh air genangan. anak2 malah main air di situ"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "dulu tahun 2019 ada urang tahanyut di sungai dakat jembatan, pagarnya udah dipasang belum?",
            "KTP saya terhanyut waktu banjir, gimana cara buat lagi?",
            "kemarin kabelnya nyentuh air genangan, tapi sudah diperbaiki PLN",
            "syarat akta kelahiran kalau lahiran di rumah setelah ketuban pecah di jalan apa aja ya, anaknya udah 2 bulan"})
    void thePastOrPapersAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
