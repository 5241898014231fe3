package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-sixth session (batches Q52, S52, U52 and W52, read). After a ferry sank, questions about its dead got the
 * emergency reply: where unidentified bodies are checked, the list of the identified asked to be shared, a body to be
 * taken home, the body count alleged hidden, bodies photographed, a past accident's compensation "compared with now".
 * So did a dengue question about the "fase kritis", water asked to be sent to elderly parents, a tourist stuck at a
 * bus terminal in a strike and hotels tripling prices for "orang stranded". The attacks keep someone critical now, a body
 * found now, people on a roof, children in a burning hotel and an unconscious child as emergencies.
 */
class FerryVictimsAndStrandedTravellersTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"min kalau demam hari ke 3 trus turun itu justru bahaya ya? denger2 itu fase kritis",
            "min jenazah yg blm teridentifikasi itu bs dicek di mana? kata org harus bawa dokumen apa aja buat tes dna",
            "udh ada daftar nama korban meninggal yg udh diidentifikasi? tolong dishare dong min, dr desa sungai rambai ada 6 org "
                    + "yg ikut kapal itu",
            "Saya mau bertanya, kecelakaan kapal di perairan Pesisir Barat tahun 2019 dulu apakah keluarga korban mendapat santunan "
                    + "dari pemerintah? Saya ingin membandingkan dengan kejadian sekarang.",
            "Saya relawan di lapangan. Jumlah kantong jenazah yang kami hitung di dermaga jauh lebih banyak dari angka resmi yang "
                    + "diumumkan. Kenapa pemerintah menyembunyikan jumlah korban sebenarnya?",
            "tolong wartawan jgn foto2 jenazah di posko, keluarga kami gk terima liat foto almarhum kesebar. pemprov bisa atur gk sih",
            "skrg kami mau bawa jenazah ke kabupaten lembah hijau, ada bantuan ambulans atau biaya gk?",
            "sy mau minta tolong min, di rumah cm ada bapak ibu sy yg udh sepuh, sumur kering, sy kerja di luar kota. bisa gk "
                    + "dikirim air kesana",
            "Hi, I'm a tourist stuck at Batu Sari bus terminal. No buses are running because of some strike?",
            "Min, I'm a traveler from Malaysia. Hotel dekat terminal Sangkara naikin harga jadi 3x lipat karena banyak orang stranded"})
    void questionsAboutTheDeadAndTheStrandedAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy kritis di RS, butuh darah O sekarang",
            "ada jenazah mengapung di sungai dekat jembatan barusan",
            "ada orang stranded di atap rumah, air naik terus",
            "my kids are stuck in the hotel, the fire alarm is going and there's smoke everywhere",
            "tolong kirim air, anak saya dehidrasi parah tidak sadar",
            "barusan kecelakaan di jalan poros, korban kritis, tolong ambulans"})
    void dangerNowStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
