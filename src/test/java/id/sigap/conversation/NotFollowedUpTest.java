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
}
