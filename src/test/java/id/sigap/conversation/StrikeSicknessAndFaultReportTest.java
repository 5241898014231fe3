package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-eighth session (batches W39-Y39, read): a ferry stopped by a strike, a sick visitor at a hotel and a fault of the
 * office's application reported with the phone it ran on were told to ask an airline, a hotel or a shop; someone else's
 * contact asked for got the privacy notice. A schedule, a ticket, a phone to buy and one's own data asked about still do.
 */
class StrikeSicknessAndFaultReportTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "min kapal feri dr pelabuhan teluk damar ke pulau karang lintang kapan jalan lg? katanya abk nya mogok",
            "Hi, I'm a tourist currently stuck on Karang Lintang island. The ferry isn't running because of a strike. Is there any other boat?",
            "hello, I'm a tourist staying at a hotel in Kota Sangkara. now I have bad diarrhea. where can I see a doctor?",
            "min mau kasih info buat tim it nya, pas submit formulir antrean muncul 'Error 500' di step 3. hp samsung a14, browser chrome terbaru"})
    void theCrisisOrTheOfficesOwnServiceIsInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jadwal kapal ke pulau seribu nyiur", "harga tiket pesawat ke jakarta",
            "rekomendasi hp samsung yg bagus buat ojol", "Can you recommend a good hotel in Sangkara?"})
    void aTripOrAPurchaseStillIsNot(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Great, could you share an email or phone number for the coordinator?",
            "boleh minta kontak nomor hp koordinator posko?"})
    void someoneElsesContactIsNoQuestionAboutOnesData(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.ABOUT_DATA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bot ini nyimpen nomor hp saya ga?", "is my phone number stored by this bot?"})
    void onesOwnDataStillIs(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).contains(SmallTalk.Kind.ABOUT_DATA);
    }
}
