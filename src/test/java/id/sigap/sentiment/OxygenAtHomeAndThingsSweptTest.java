package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-sixth session (batches H53, I53, J53, read). Missed: a father on an oxygen concentrator with the power out and
 * the backup tank nearly empty. Read as emergencies by mistake: a shock feared while moving a tree off the lines, a bag
 * swept away with a passport, a Javanese birth certificate lost ("akta lair anakku ilang"), a mother recorded as dead by
 * the registry while alive, a plea that an official mind his words. The attacks keep a shock now, a child swept away and
 * a death now as emergencies, and an oxygen question supposed out.
 */
class OxygenAtHomeAndThingsSweptTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"Please help. My father uses an oxygen concentrator at home and the power has been out for 5 hours in "
            + "Kampung Baru, Kota Batu Sari. The backup tank is almost empty.",
            "bapak sy pakai konsentrator oksigen di rumah, listrik mati 5 jam, tabung cadangan hampir habis",
            // attacks that must stay emergencies
            "tolong tetangga sy kesetrum kabel di depan rumah, gk sadar",
            "my son was swept away by the river, please help",
            "tolong ibu sy barusan meninggal di rumah, tidak bernapas"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nganti saiki durung ono petugas teko. warga wes nyoba nyingkirke wite tapi wedi kesetrum",
            "Hi, I'm an Australian tourist in Pesisir Barat. My bag was swept away during the storm yesterday with my passport "
                    + "inside. Can your office issue me a replacement or tell me where to go?",
            "Min, akta lair anakku ilang kena banjir wingi. Saiki arep daftar SD butuh akta. Iso dicetak maneh ora yo?",
            "Min tolong, data ibu sy tiba2 nonaktif di dukcapil, katanya dianggap udh meninggal. Padahal masih sehat. Pensiunnya jd "
                    + "gk bisa dicairin bulan ini. Gmn ini?",
            "kami tinggal disitu dr jaman kakek, dulu gk pernah banjir sebelum ada perumahan elit di hulu. tolong pejabatnya dijaga "
                    + "omongannya",
            "kalau listrik mati, pasien yang pakai oksigen di rumah harus ke mana ya?"})
    void noDangerNowIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
