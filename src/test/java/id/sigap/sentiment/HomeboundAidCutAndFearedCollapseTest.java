package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (batches A51-C51, read): four messages with no one in danger got the emergency reply. A lasting
 * condition named to ask for a service at home ("Disdukcapil bisa datang ke rumah untuk rekam e-KTP? Ibu saya stroke,
 * tidak bisa keluar rumah."), aid alleged cut ("kades sukareja potong bantuan banjir!! ..."), a collapse feared beside a
 * question about aid ("... dinding retak2 parah, takut roboh"), Sundanese "aya nu ngamuk" among waiting passengers. The
 * attacks keep a stroke now, a plea, people in danger beside the allegation, someone still inside the cracked house, a
 * machete carried in Sundanese, emergencies.
 */
class HomeboundAidCutAndFearedCollapseTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "Apakah Disdukcapil bisa datang ke rumah untuk rekam e-KTP? Ibu saya stroke, tidak bisa keluar rumah. Tanpa "
                    + "e-KTP beliau tidak bisa didaftarkan bansos.",
            "bapak sy lumpuh gk bisa keluar rumah, perekaman ktp bisa di rumah gk min?",
            "kades sukareja potong bantuan banjir!! sembako dr provinsi harusnya 1 paket isi beras 10kg, yg nyampe ke warga "
                    + "cm 5kg. sisanya kmn?? yg dpt jg keluarganya sm tim suksesnya doang",
            "korban longsor dpt bantuan apa aja ya min? rumah sy gk ketimbun tp dinding retak2 parah, takut roboh",
            "Min, abdi supir travel Sangkara-Pesisir. Kumaha ieu jalan teh? Panumpang abdi tos ngantosan ti kamari, aya nu "
                    + "ngamuk"})
    void noOneInDangerIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOLONG ibu saya stroke, tidak bisa bangun, ktp nya di mana ya",
            "ibu saya stroke barusan, mulutnya mencong, tidak bisa jalan. petugas bisa ke rumah?",
            "bantuan banjir dipotong kades!! warga di atap belum dievakuasi",
            "bantuan banjir dipotong!! warga hanyut blm ketemu",
            "dinding retak parah, takut roboh, anak sy masih di dalam. bantuan kapan?",
            "aya nu ngamuk mawa bedog di pasar, ngancam rek maehan jalma, jalma-jalma lalumpatan",
            "ada yang ngamuk bawa golok di pasar"})
    void dangerBesideThemStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kades sukareja potong bantuan banjir!! sembako dr provinsi harusnya 1 paket isi beras 10kg, yg "
            + "nyampe ke warga cm 5kg. sisanya kmn??", "wah hebat ya pemprov, beras bansos nya dapet bonus kutu. makasih loh "
            + "perhatiannya"})
    void aidCutOrSpoiledIsAComplaint(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message)
                .isIn(Sentiment.BERPOTENSI_NEGATIF, Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy ada kutu rambut, ada obat gratis di puskesmas?", "petani bawa arit ke sawah tiap pagi"})
    void headLiceAndASickleAreNoComplaintAndNoDanger(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }
}
