package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batches M54, N54, O54 and P54, read). An office or a favour held by an official's kin ("ketua satgas
 * DBD ... keponakan walikota?") got choices of shelters or a person at the normal priority; congratulations on a server that
 * "lasted five minutes" and thanks after a neighbour died were small talk; cooking and a partner's anger told beside the power
 * cut that caused them went to a person. The attacks keep the writer's own kin, a thanks without sarcasm and a need told beside
 * the power cut where they were.
 */
class KinOfOfficialsAndMockedThanksTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kok ketua satgas DBD Batu Sari keponakan walikota? Emang gak ada orang dinkes yang lebih kompeten?",
            "Min, benar tidak kepala dinas pendidikan yang baru itu adik iparnya pak gubernur? Pantes aja ppdb kacau",
            "beredar info di tiktok keponakan gubernur masuk sman unggulan lewat jalur zonasi padahal rumahnya di luar kota",
            "min mau tanya serius. Kontraktor yg dulu bangun jalan Lembah Hijau yg sekarang longsor itu katanya adiknya Kadis PU ya?",
            "min proyek jalan di lembah hijau anggarannya 12M tp aspalnya 2 bulan udh ngelupas. ini kontraktornya katanya punya hubungan "
            + "sama wakil ketua dprd. ada audit gk?"})
    void anOfficialsKinNamedByTheOfficialIsAnAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy keponakan pak lurah sukamaju mau bikin ktp", "mertua sy mantan camat, skrg mau urus pensiun",
            "pt itu kantornya dekat kantor gubernur ya?"})
    void theWritersOwnKinIsNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"selamat ya min, server ppdb nya hebat bgt bisa tahan 5 menit sebelum tumbang 👏👏",
            "lapor dari 2 minggu lalu, hari ini tetangga sy meninggal. makasih lho"})
    void mockingThanksAreNoSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih min infonya, listrik di rumah sy udh nyala lg 🙏", "terima kasih banyak min, semoga sehat selalu 🙏"})
    void plainThanksStaySmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min ada resep masak nasi tanpa rice cooker gk? listrik mati sy gk bisa masak 😅 pake panci gmn caranya",
            "min curhat dikit boleh? pacar sy marah krn sy gk bales chat 2 hari, pdhl hp mati krn listrik padam 😭 gmn cara baikannya"})
    void cookingOrAPartnerBesideThePowerCutIsOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"listrik mati, bantuan masak nasi buat pengungsi di posko kapan datang?"})
    void aNeedBesideThePowerCutStaysIn(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    /** Batch R54 (held out, read after its measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"pertamini di kampung sy jual pertalite 15rb seliter. itu legal gk sih? kok dibiarin"})
    void oneWordOfAnEntryAmongWordsNoEntryHasAnswersNothingSurely(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bayar pajak motor bisa lewat aplikasi apa min?", "Bikin akta kelahiran bisa online gak sekarang?",
            "min ngurus PBG buat rumah tinggal di Kota Sangkara berapa lama? dan syaratnya apa aja"})
    void aQuestionInTheEntrysOwnWordsIsStillAnswered(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.ANSWER);
    }

    /**
     * Batch W54 (held out, read after its measurement): words of two letters no entry has ("rs", "jd", "up" of "pick up")
     * are no topic of their own; the volunteers' entry still goes out beside the person asked for.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sy punya mobil pick up, kalo ada keluarga korban yg butuh antar jemput ke rs bisa hubungi sy. gmn cara "
            + "daftarnya jd relawan?"})
    void abbreviationsNoEntryHasAreNoTopic(String message) {
        assertThat(ShippedAnswers.decide(message).entryId()).as(message).isEqualTo("banjir-relawan");
    }

    /** Batch X54 (read): a schedule asked in slang beside a word of praise is a question. */
    @ParameterizedTest
    @ValueSource(strings = {"min spill dong jadwal pasar murah minggu ini, gercep nih sebelum abis 🏃‍♀️"})
    void aScheduleAskedInSlangIsNoPraise(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih min udh share infonya, gercep bgt", "mantap min gercep bgt"})
    void thanksForSharingStaySmallTalk(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isPresent();
    }
}
