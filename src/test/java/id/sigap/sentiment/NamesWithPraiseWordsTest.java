package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-second session (batches A32 and C32, read): names that hold a word of praise ("tanggap darurat", a place
 * called "Pantai Indah", a candidate's "tim sukses") made a shouted complaint and an accusation read positif; a
 * request for another agency's number, or which of several stories is true, read as a request for a person.
 */
class NamesWithPraiseWordsTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "PUSKESMAS KEC. PANTAI INDAH TUTUP JAM 12 SIANG, ANAK SY DEMAM GAK DILAYANI!!! INI KATANYA TANGGAP DARURAT???",
            "tangki air cuma muter2 di rumah keluarganya pak camat sm tim sukses bupati, warga biasa dilewatin"})
    void aComplaintNamingAPraiseWordIsNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"terima kasih petugas tanggap darurat yg sigap", "pantai indah bgt, makasih pemprov udh dibersihin"})
    void praiseBesideTheNamesIsStillPraise(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomor PLN yg bisa dihubungi apa ya",
            "min yg bener yg mana sih, ada video katanya dr tabung gas, ada yg bilang korsleting listrik. bingung",
            // batches M32-R32 (read after their measurement): an answer that makes no sense, an admin fee
            "jawabannya gk nyambung min, sy nanya jalur bis kota yg dialihkan",
            "sy dapet WA dr nomor yg pake foto pak gubernur, katanya ada bantuan UMKM tp hrs transfer biaya admin 250rb dulu. "
                    + "bener gk sih min?"})
    void anotherAgencysNumberOrWhichStoryIsTrueAsksForNoPerson(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomor wa yg bisa dihubungi min?", "kontak petugas humas yg bisa dihubungi",
            "admin yang benar dong jangan bot", "masih gk jelas jg. ada petugas yg bisa jelasin gk",
            "Apakah ada nomor telepon yang bisa saya hubungi saja? Saya kesulitan mengetik.", "tolong sambungkan sy ke admin"})
    void theOfficesOwnNumberOrARealOfficerStillAsksForAPerson(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isTrue();
    }
}
