package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches A33 and E33, read: a blackout, a ferry that sank): a tourist without power at a hotel
 * was told to ask airlines and hotels, and a donor who feared a scam was read as alleging one of the office. Each keeps
 * the attacks that would let a hotel booking in, or a real allegation out.
 */
class BlackoutAndScamFearTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Hi, I'm a tourist staying in Sangkara. My hotel has no power since yesterday. Is there any place where I can charge my phone?",
            "hotel sy listrik padam dr kemarin, ada tempat ngecas hp gk?"})
    void noPowerAtAStayIsInTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can you recommend a good hotel in Sangkara?", "rekomendasi hotel yang murah di batu sari dong"})
    void aHotelAskedForStaysOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mau donasi buat keluarga korban kapal, rekening resmi pemprov apa ya? bnyk bgt yg open donasi di ig takut penipuan",
            "hati hati penipuan atas nama dinas sosial ya min, rekening resminya yg mana?"})
    void aScamFearedByTheWriterIsNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"takut lapor, pejabat dinas itu menipu warga soal dana bantuan",
            "bupati melakukan penipuan dana hibah, takut penipuan lagi"})
    void anOfficialAccusedBesideTheFearStaysSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }
}
