package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches U33 to X33, read after their measurement: a hospital fire, a storm, a poisoning after
 * a village celebration, a road closure): "that poisoning" asked about, a fire's cause, a car that was hit, a request
 * to check a name and angry passengers got the emergency reply, and a wish to follow a mother who "did not survive" was
 * only a possible emergency. Each keeps the attacks that would turn it into a missed emergency or a false alarm.
 */
class PoisoningCaseAndAngerEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "anak sy gk masuk sekolah 3 hari krn keracunan itu, perlu surat keterangan dr puskesmas gk? trs bayar gk bikinnya",
            "air pdam di sangkara aman gk buat diminum? takut ada hubungannya sm yg keracunan itu",
            "min tolong cek nama sy udh kedata sbg korban keracunan blm. nik sy 3209154708880003",
            "penyebab kebakaran rsud batu sari apa ya? korsleting ato apa",
            "min ibu sy dirawat di rsud batu sari ruang melati, td mlm kebakaran trs skrg gk tau dipindah kemana",
            "apa sy kena denda? trus siapa yg tanggung kerusakan mobil yg ketiban?",
            "kang, saya teh supir travel sangkara-pesisir, penumpang pada ngamuk telat 3 jam"})
    void aCaseAskedAboutOrAngerIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ibu sy gk selamat. sy udh gk kuat lg mau nyusul aja", "anak sy keracunan di sekolah, skrg lemes bgt",
            "ada org ngamuk bawa parang di pasar", "pohon tumbang, tetangga sy yg tertimpa blm bisa keluar",
            "ada korslet di tiang listrik depan rumah, keluar api kecil",
            "tolong cek anak sy gk napas"})
    void despairPoisonedChildrenAndArmedRageAreAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
