package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matter reported, asked or promised and not followed up needs a person: batches B28 and E28 offered a choice of
 * entries under "SUDAH 3 KALI SAYA LAPOR NIK SALAH TDK ADA TANGGAPAN" and "hotline yg kalian kasih gk pernah
 * diangkat!!!", one more brush-off. A worried question without such a complaint still gets its choices. Over the
 * approved knowledge base as shipped.
 */
class NotFollowedUpTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "SUDAH 3 KALI SAYA LAPOR NIK SALAH TDK ADA TANGGAPAN SAMA SEKALI!!! buat apa ada nomor pengaduan kalau tdk pernah diangkat",
            "nomer hotline yg kalian kasih gk pernah diangkat!!! sy telp 10x"})
    void aComplaintOfNoFollowUpGetsAPersonNotChoices(String text) {
        Decision decision = ShippedAnswers.decide(text);

        assertThat(decision.outcome()).as(text).isEqualTo(Outcome.HANDOFF);
        assertThat(decision.reasons()).as(text).doesNotContain(Reason.CHOICES_OFFERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kartu kks sy ilang kebawa banjir, gmn cara gantinya", "nomor pengaduan bansos provinsi brp"})
    void aQuestionWithoutSuchAComplaintKeepsItsChoices(String text) {
        assertThat(ShippedAnswers.decide(text).outcome()).as(text).isEqualTo(Outcome.CHOICES);
    }

    /**
     * Thirty-eighth session (batch F40, read): "sy udh 3 kali lapor nomor penipu lewat sini tapi gk ada tindak lanjut ...
     * kerja gk sih" got the emergency numbers surely. Reports made again and again in vain get a person even beside a
     * sure entry; a plain question, and a wait told beside a question the entry answers, keep their answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "sy udh 3 kali lapor nomor penipu lewat sini tapi gk ada tindak lanjut. nomornya masih aktif nelpon org2. kerja gk sih"})
    void reportsMadeAgainInVainGetAPersonEvenBesideASureEntry(String text) {
        Decision decision = ShippedAnswers.decide(text);

        assertThat(decision.outcome()).as(text).isEqualTo(Outcome.HANDOFF);
        assertThat(decision.reasons()).as(text).containsExactly(Reason.NOT_FOLLOWED_UP);
        assertThat(decision.candidates()).as(text).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cara bikin akta kelahiran gmn", "perpanjang sim c yg udh mati 2 minggu bisa gk?"})
    void aSureAnswerToAPlainQuestionStays(String text) {
        assertThat(ShippedAnswers.decide(text).outcome()).as(text).isEqualTo(Outcome.ANSWER);
    }
}
