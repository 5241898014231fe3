package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-first session (batches A45-J45, read): a parent's wish to follow a child who died "minggu lalu" was dismissed as
 * a loss long over (condolences and a person at the normal priority); a house buried by a landslide with someone thought
 * inside was only the learnt model's possible emergency, and so was a motorbike buried with someone maybe on it (batch R45,
 * read after its measurement). Not emergencies: a neighbour who no longer lets the writer fetch
 * water from the well ("ambil air" read as water in danger), a Sundanese hour of waiting ("tos diantosan sajam", read as
 * "sajam", a sharp weapon), a pregnant woman's fear of giving birth in the shelter, a clinic without a doctor on most days (R45). The attacks: a loss with a relative
 * travelling to the family ("kakak mau nyusul dari jakarta"), a buried house with no one inside, a weapon carried, labour
 * now in the shelter, water rising with a neighbour still at home, stay as they were.
 */
class WishToDieAfterALossAndDroughtWordsTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"sy udh gk kuat lg. anak sy meninggal krn DBD minggu lalu, rasanya pengen nyusul aja",
            "anak sy meninggal bulan lalu. sy udh gk kuat lg, pengen nyusul aja",
            "min longsor di desa Cikaret kec. Gunung Halimun lembah hijau, ada rumah ketimbun, kyknya ada org di dalem",
            "preman bawa sajam ngamuk di depan rumah sy", "istri sy mau lahiran sekarang di posko, bidan gk ada",
            "tolong air sungai naik, tetangga sy masih di rumah",
            "min longsor di jalan poros pesisir barat km 14, ada motor ketimbun kyknya ada orgnya",
            "mobil ketimpa pohon tumbang, kayaknya ada org di dalem", "tolong ada yg pingsan di pasar, gk ada dokter"})
    void aWishToDieAfterALossAndABuriedHouseWithSomeoneInsideAreEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak sy meninggal bulan lalu, kakak mau nyusul dari jakarta buat 40 harian",
            "rumah sy ketimbun longsor kmrn, tidak ada org di dalam, mau lapor kerusakan kemana",
            "tetangga sy gk ngebolehin lg ambil air di sumurnya padahal dulu boleh, min bisa bantu tegur gk?",
            "min, naha OTP teu kakirim wae ka email abdi? tos diantosan sajam",
            "sy lg hamil 8 bulan, di posko pengungsian lereng kidul ada bidan gk ya? takut lahiran disini",
            "motor sy ketimbun longsor, gk ada orgnya, bisa klaim asuransi?",
            "mobil sy ketiban pohon, ada yg tau klaimnya kemana?",
            "puskesmas di desa sy gk ada dokter tiap hari, cuma bidan doang"})
    void fetchingWaterAnHourOfWaitingAndAFearOfLabourAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
