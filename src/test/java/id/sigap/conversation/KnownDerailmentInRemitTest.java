package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch M34, read after its measurement: a train derailment all heard about): a train named beside
 * its victims, a hoax about them or their compensation was told to ask the railway or the airlines, and so was a regency's
 * own food festival (batch N34). The attacks keep a ticket and a timetable outside the remit.
 */
class KnownDerailmentInRemitTest {

    @ParameterizedTest
    @ValueSource(strings = {"min ada daftar korban kereta anjlok di lembah hijau gk??",
            "bener gk min korban kereta sampe 200 org? di grup wa keluarga bilang gitu",
            "Hello, my mother was a passenger on the train that derailed near Lembah Hijau on Tuesday. She has a broken arm. Is there any compensation for passengers and who do we contact?",
            "ada hubungannya sama kereta anjlok gk? katanya kereta bbm jg lewat situ",
            "festival kuliner lembah hijau tgl brp ya? kmrn liat di ig tp lupa"})
    void theCrisisIsInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kereta sangkara - pesisir selatan udh jalan lg blm min? tiket sy tgl 14",
            "tiket kereta ke jakarta berapa", "Hi, what time is the first train from Sangkara tomorrow? train schedule please"})
    void aTicketOrATimetableStaysOutside(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }
}
