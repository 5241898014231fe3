package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fourth session (batches S48-Z48, read): a question closed with thanks ("Saya ingin menanyakan jadwal pengumuman
 * hasil seleksi SPMB ... Terima kasih.") and a trouble told beside thanks ("ktp sy hilang. makasih min") were answered
 * "Sama-sama"; "wkwk becanda min, tp beneran kapan nyala" as banter. The attacks keep thanks for what was asked before
 * and for a trouble now over, and a joke alone, small talk.
 */
class AskingBesideThanksTest {

    @ParameterizedTest
    @ValueSource(strings = {"Saya ingin menanyakan syarat membuat akta kelahiran. Terima kasih.",
            "Selamat siang. Saya ingin menanyakan jadwal pengumuman hasil seleksi SPMB jenjang SMA tahap 1 di Provinsi "
                    + "Tirta Raya serta jadwal daftar ulang bagi peserta yang dinyatakan diterima. Terima kasih.",
            "mau tanya syarat akta kelahiran. makasih", "pengen nanya jadwal posyandu, makasih min",
            "Hi, I would like to ask about the flood shelters in Sangkara. Thank you.",
            "ktp sy hilang. makasih min", "motor sy terendam banjir, makasih min",
            "wkwk becanda min, tp beneran kapan nyala",
            "matur nuwun sanget bantuane pun dugi, nanging endhoge akeh sing bosok min, meh separo",
            "makasih min, beras bantuannya busuk semua"})
    void aQuestionOrATroubleBesideThanksOrAJokeIsNoSmallTalk(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isEmpty();
        assertThat(SmallTalk.thanksStory(message)).as(message).isFalse();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih min, tadi sy tanya soal ktp udh beres 🙏",
            "alhamdulillah air udh ngalir lg di rumah. makasih min udh diterusin laporannya 🙏🙏",
            "makasih ya min tim sar kemarin udh nolongin kampung kami 🙏🙏",
            "makasih min, ktp sy yg hilang akhirnya jadi lg", "Terima kasih atas informasinya.", "canda min wkwk"})
    void thanksForWhatWasAskedOrATroubleOverAndAJokeAloneStaySmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Outcome.SMALL_TALK);
    }
}
