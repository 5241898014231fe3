package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (batch W50, read): a contractor said to be a council member's own ("talud sungai ... ambrol ...
 * kontraktornya punya anggota dewan, semua org tau") and a governor's visit called a photo opportunity ("gubernur dateng
 * cm buat foto2 sm bagi2 mie instan 10 dus trs pulang. mantap min, kerja nyata 👍") went to a person at the normal priority
 * with three unrelated entries beside them. Both are allegations about officials: a person, at the sensitive priority,
 * nothing suggested. The attacks keep a contractor from elsewhere, a photo for an identity card and a truck of the
 * province out of it.
 */
class OfficialsFirmAndPhotoVisitTest {

    @ParameterizedTest
    @ValueSource(strings = {"talud sungai di sukamaju yg baru dibangun taun lalu ambrol pertama kali kena banjir. "
            + "kontraktornya punya anggota dewan, semua org tau. pasirnya aja campur tanah. mau lapor kmn biar ditindak bukan "
            + "cm diliput?", "gubernur dateng cm buat foto2 sm bagi2 mie instan 10 dus trs pulang. mantap min, kerja nyata 👍",
            "proyek jalan itu kan milik keluarga bupati, makanya asal2an"})
    void anOfficialsFirmOrAPhotoVisitIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message).isEqualTo(Outcome.HANDOFF);
        assertThat(decision.priority()).as(message).isEqualTo(Priority.SENSITIVE);
        assertThat(decision.offered()).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kontraktornya dari luar kota ya min? kapan jalannya dibenerin", "mau foto buat ktp di mana min",
            "truk bantuan punya pemprov lewat mana ya", "pabrik tahu punya tetangga sy kebanjiran, ada bantuan umkm?"})
    void aFirmFromElsewhereOrAPhotoForPapersIsNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
