package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-first session (batches A45-J45, read): a parent's wish to follow a child who died "minggu lalu" was dismissed as
 * a loss long over (condolences and a person at the normal priority); a house buried by a landslide with someone thought
 * inside was only the learnt model's possible emergency. Not emergencies: a neighbour who no longer lets the writer fetch
 * water from the well ("ambil air" read as water in danger), a Sundanese hour of waiting ("tos diantosan sajam", read as
 * "sajam", a sharp weapon), a pregnant woman's fear of giving birth in the shelter. The attacks: a loss with a relative
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
            "tolong air sungai naik, tetangga sy masih di rumah"})
    void aWishToDieAfterALossAndABuriedHouseWithSomeoneInsideAreEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak sy meninggal bulan lalu, kakak mau nyusul dari jakarta buat 40 harian",
            "rumah sy ketimbun longsor kmrn, tidak ada org di dalam, mau lapor kerusakan kemana",
            "tetangga sy gk ngebolehin lg ambil air di sumurnya padahal dulu boleh, min bisa bantu tegur gk?",
            "min, naha OTP teu kakirim wae ka email abdi? tos diantosan sajam",
            "sy lg hamil 8 bulan, di posko pengungsian lereng kidul ada bidan gk ya? takut lahiran disini"})
    void fetchingWaterAnHourOfWaitingAndAFearOfLabourAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
