package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (batches T51 and U51, read): "Great, could you share a contact person or phone number?" got the
 * privacy notice ("contact" is normalised to "hubungi", which the list of someone else's contact lacked); "Apakah di
 * upacara dan konser nanti ada juru bahasa isyarat? Saya tuli, ..." was told to ask a ticket site. The attacks keep a
 * question about what Sigap keeps and a concert ticket elsewhere as they were.
 */
class ContactAskedAndAccessAtTheCeremonyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Great, could you share a contact person or phone number?",
            "could you share the contact of the coordinator?"})
    void someoneElsesContactIsNoQuestionAboutSigapsData(String message) {
        assertThat(AboutSigap.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bot ini nyimpen nomor hp saya ga?", "is my phone number stored by this bot?"})
    void whatSigapKeepsIsStillAsked(String message) {
        assertThat(AboutSigap.recognise(message)).as(message).contains(SmallTalk.Kind.ABOUT_DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Apakah di upacara dan konser nanti ada juru bahasa isyarat? Saya tuli, ingin ikut tapi takut "
            + "tidak paham apa yang disampaikan."})
    void accessAtTheProvincesOwnCeremonyIsInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"harga tiket konser dewa 19 di jakarta berapa min"})
    void aConcertTicketElsewhereStaysOutside(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }

    /** Batch Z51 (read): money asked in the office's name for a contract-staff selection was told to ask the national portal. */
    @ParameterizedTest
    @ValueSource(strings = {"min sy dpt wa dr nomor 0812xxx ngaku dr BKD provinsi, katanya sy lulus PPPK tahap 2 dan hrs "
            + "transfer 2,5jt utk biaya pemberkasan & seragam ke rek BRI atas nama pribadi. bener gk sih?"})
    void moneyAskedInTheOfficesNameIsInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"passing grade skd cpns brp min? twk tiu tkp", "min fresh graduate bisa daftar pppk gk? atau hrs honorer dulu"})
    void aNationalExamsPassMarkStaysOutside(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }
}
