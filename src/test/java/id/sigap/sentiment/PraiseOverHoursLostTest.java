package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-sixth session (batches K52 and M52, read; the festival's line left open by the forty-fifth): praise of the office
 * or its service beside hours lost or a promise kept only on a billboard got "Baik." and "Sama-sama". Praise aimed at
 * the office beside an implied complaint mocks. The attacks keep sincere thanks and a short wait praised as they were.
 */
class PraiseOverHoursLostTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"mantap min pelayanan samsat kota sangkara 👍👍 antri dr jam 7 pagi baru dipanggil jam 2 siang. luar "
            + "biasa efisien, sampe sempet sarapan makan siang di parkiran",
            "Terima kasih Pak Gubernur atas program 'Layanan Cepat Tirta Raya'. Ternyata cepatnya cuma di baliho ya pak, di "
                    + "loketnya mah santai bgt 🙏",
            "wah hebat ya festivalnya, jalan ditutup semua, pulang kerja 3 jam. makasih pemprov 🙏🙏"})
    void praiseOverHoursLostMocks(String message) {
        Classification c = classifier.classify(message);
        assertThat(c.sentiment().isNegative()).as(message).isTrue();
        assertThat(c.sarcastic()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih min, tadi antri dari jam 8 baru dipanggil jam 9, lumayan cepat",
            "terima kasih pak gubernur, jalan desa kami sudah mulus sekarang",
            "makasih pemprov, bantuan sembako sudah sampai kemarin sore"})
    void sincerePraiseStaysPraise(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
    }
}
