package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-second session (batches F32, H32 and L32, read): a message that named a city and asked about something else
 * got that city's shelters as a sure answer, from the whole message or from its first sentence read alone. A message
 * that names the shelters' kind beside the city is still answered from that sentence.
 */
class PlaceNameOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello, I'm a foreign resident in Batu Sari. Can I buy the subsidized 3 kg LPG or is it only for Indonesians?",
            "Hi, we're a foreign family living in Kota Batu Sari. Our daughter is 15 months and missed her MMR shot when we "
                    + "moved. Where can we get her vaccinated during this outbreak?",
            "Lokasinya di Jl. Kenanga No. 17, Kota Batu Sari."})
    void aCityNamedBesideAnotherQuestionIsNoSureAnswerWithItsShelters(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome() == Decision.Outcome.ANSWER && "banjir-posko-batu-sari".equals(decision.entryId()))
                .as(message + " " + decision).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy tinggal di batu sari. posko pengungsian terdekat dmn ya?",
            "batu sari aman gak? ada tempat penampungan disana"})
    void theCityBesideItsSheltersKindIsStillTheAnswer(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.entryId()).as(message + " " + decision).isEqualTo("banjir-posko-batu-sari");
    }
}
