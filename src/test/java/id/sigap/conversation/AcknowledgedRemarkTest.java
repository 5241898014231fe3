package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-eighth session (batches V39-Y39, read): a remark of one's own after an acknowledgement, once the bot declined or
 * answered, opened staff tickets ("yaudah deh sy itung sendiri 😅" after homework was declined). It is small talk when
 * it waits, tells what the writer does next, answers thanks or closes resigned; a report or a question after "ok" is not.
 */
class AcknowledgedRemarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"yaudah deh sy itung sendiri 😅", "yah ga bisa ya wkwk yaudah deh",
            "okee ditunggu update nya di ig ya min", "sama2 min, semoga membantu. sy juga programmer jd ngerti lah ribetnya hehe",
            "ok sy tunggu info lanjutnya", "oke sy kirim ke email pengaduan yg min kasih ya",
            "ok sy coba lewat lapor.go.id atau yg sapa tirta itu ya", "sip, nanti sy lapor ke rt", "ya udh lah"})
    void anAcknowledgedRemarkIsSmallTalk(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message)
                .isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok min, pohon tumbang di jl merdeka nutup jalan", "ok, rumah sy retak2 abis gempa",
            "oke sy mau tanya soal ktp", "sama2, tp bansos sy blm cair", "yaudah, anak sy hilang di pasar",
            "oke min, jalan ahmad yani ditutup", "oke, syarat bikin akta kelahiran", "ok sy tunggu, kapan bansos cair?"})
    void aReportOrAQuestionAfterAnAcknowledgementIsNot(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message)
                .isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    /** Fiftieth session (batch S56, read): relief that something is set right is small talk; a trouble beside it is not. */
    @ParameterizedTest
    @ValueSource(strings = {"alhamdulillah jalan udh dibuka lagi", "syukurlah listrik udah nyala lagi min",
            "alhamdulillah bantuan sudah sampai", "bansos ibu sy udh cair td pagi alhamdulillah 🙏",
            // fifty-first session: an address before the relief no longer needs the knowledge base unsure
            "min alhamdulillah listrik udah nyala lagi", "kak syukurlah air udh ngalir lagi"})
    void reliefAtWhatIsSetRightIsSmallTalk(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message)
                .isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alhamdulillah listrik udh nyala tp air masih mati", "alhamdulillah jalan udah dibuka, kapan jembatan diperbaiki",
            "alhamdulillah kami selamat, rumah kebanjiran", "alhamdulillah bansos sy belum cair juga",
            "bansos ibu sy udh cair td pagi alhamdulillah, tp punya sy belum"})
    void reliefBesideATroubleOrAQuestionIsNot(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message)
                .isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    /** Fiftieth session (batches R56, V56, read): a suggestion told with thanks is feedback for a person, not thanks. */
    @ParameterizedTest
    @ValueSource(strings = {
            "min, cuma mau nyampein aja, antrean di posko kesehatan pasar kemarin lama bgt, petugasnya cuma 2. mungkin bisa ditambah. makasih",
            "mau kasih masukan aja, kmrn ngurus surat pengantar di kantor kecamatan Sidomulyo nunggu 3 jam pdhl cuma tanda tangan. mungkin bisa diperbaiki sistemnya. trims"})
    void aSuggestionWithThanksIsNoSmallTalk(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message)
                .isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"halo min, selamat pagi 😊 lagi sibuk gk?", "pagi kak, lagi sibuk gak?"})
    void aGreetingAskingAfterTheStaffIsSmallTalk(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).contains(SmallTalk.Kind.CARE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"halo min, kantor dukcapil lagi sibuk gk? antrian panjang?"})
    void anOfficeAskedAfterIsNot(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isEmpty();
    }

    /** Batches B40 and C40 (read): banter after the bot declined, and replies said to go round in circles. */
    @ParameterizedTest
    @ValueSource(strings = {"pelit bgt sih", "oh gk bisa ya, kirain humas tau segalanya 😂"})
    void banterAfterADeclineIsSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kirain bansos udh cair, ternyata blm", "pelit bgt pemprov bantuannya cuma 5kg"})
    void aComplaintWithTheSameWordsIsNot(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jawabannya muter2 aja min", "kok jawabannya itu itu aja"})
    void repliesGoingRoundInCirclesMissed(String message) {
        assertThat(AnswerMissed.is(message)).as(message).isTrue();
    }
}
