package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fiftieth session (batches Q56, B57, read): a gas cylinder hissing now and a venomous snake in the house with a child
 * are emergencies; a shock of last year whose socket is still not repaired, falls counted over this month, a father who
 * fainted yesterday and "untung masih selamat", cattle dying with people only feared for are not. The attacks keep a
 * snake caught, a cylinder already replaced, a writer sick beside the cattle.
 */
class GasSnakeAndCountedPastTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "min tolong tabung gas 3kg di dapur bunyi ssssss terus bau bgt, sy hrs gmn ini anak2 lg tidur 😭",
            "ada ular kobra masuk ke bawah lemari min!! anak sy di ruang tengah, damkar nomor brp",
            "min ada ular kobra masuk dapur kebawa banjir, skrg ngumpet di balik lemari, anak2 sy di rumah. damkar nomernya brp",
            "sapi sy mati mendadak, sy jg demam tinggi kejang2"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "taun lalu anak sy kesetrum di kelas gara2 stop kontak copot nempel di tembok. sampe skrg blm dibenerin, udh lapor ke sekolah katanya nunggu dana BOS. gmn nih, nunggu ada korban lg?",
            "keren pemprov, lubang di jl raya Cikalong km 12 udh bikin 3 org jatoh motor bulan ini. nunggu 10 org dulu ya baru ditambal? 👏👏",
            "Saya kecewa sekali. Kemarin ayah saya pingsan, ambulans baru datang 2 jam kemudian padahal jarak puskesmas cuma 5 km. Untung masih selamat. Tolong ini dievaluasi, jangan cuma jawab template.",
            "min sapi di kampung sy 4 ekor mati mendadak 2 hari ini, mulutnya keluar busa. takut nular ke org. lapor ke mana?",
            "kemarin ada ular kobra masuk dapur, udh ditangkap damkar. aman skrg", "tabung gas sy kemarin bocor, udh diganti agen"})
    void pastOrFearedIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
