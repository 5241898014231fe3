package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mockery told by its manner ({@link MockingManner}): batches A28, B28 and C28 (held out) had sarcastic thanks answered
 * "Sama-sama. Semoga membantu." and praise of the province over a closed market read positif. Sincere praise with the
 * same marks stays praise.
 */
class MockingMannerTest {

    private final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "wkwk hebat ya pemda, bantuan dateng pas kita udh beli air sendiri 3 hari. makasih loh 👏👏",
            "wah hebat ya pemprov, pasar hewan ditutup pas mau idul adha, peternak disuruh makan apa? makasih lho 👏👏",
            "wkwk bansos cuma buat keluarga perangkat desa doang ya. yg beneran miskin mah nonton aja. mantap pemprov",
            "keren ya pemkot, jalan baru diaspal seminggu udah bolong lagi 👏👏",
            "mantap bgt sirinenya, bunyi pas gk ada apa2, giliran ombak beneran malah diem. kerja bagus 👏👏",
            // twenty-ninth session (batches H29, I29, J29, read): help that came too late, answers like talking to a wall
            "wah makasih ya pemprov, maskernya nyampe pas abunya udah berhenti 👏👏 cepet bgt emang",
            "makasih ya min jawabannya copas semua, berasa ngobrol sama tembok 🙂",
            // thirtieth session (batch T30, read): the office praised by its own name
            "wah hebat ya humas, gas langka 2 minggu yg diposting foto gunting pita terus 👏👏👏",
            // thirty-first session (batches D31, E31, read): help that came only after days
            "wah hebat ya pemprov, gempa 3 hari yg lalu baru skrg pak gub dateng bawa kamera 📸👏",
            "hebat ya, lapor dr senin baru dibales hari jumat. cepet bgt pelayanannya 👏👏",
            // batch I31 (read): applause and laughter at the office with no word of praise
            "wkwk pemerintah baru bangun ya? rumah warga udh tenggelam baru bikin pengumuman 👏👏👏"})
    void marksOfMockeryMakeSarcasm(String text) {
        Classification c = classifier.classify(text);

        assertThat(c.sarcastic()).as(text).isTrue();
        assertThat(c.sentiment().isNegative()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "wkwk mantap min makasih 👏👏",
            "hebat ya pemprov, bantuan cepet sampai 👏👏",
            "makasih lho min infonya, sangat membantu",
            "terima kasih pemprov 👏👏",
            "mantap min, makasih ya infonya",
            "mantap, jalan desa sekarang udah mulus, makasih pemkab",
            "mantap min, jalan rusak depan rumah udah diperbaiki, makasih",
            // twenty-ninth session: good news with applause was read as mockery
            "wah hebat banget, bantuan udah sampai, makasih pemprov 👏👏",
            "makasih pemprov, listrik udah nyala lagi 👏👏 mantap",
            // the attack on the office's own name: sincere praise of it with applause
            "makasih humas infonya membantu 👏👏",
            "hebat ya humas, infonya cepet sampai 👏👏",
            // the attack on "only now": sincere relief that something is at last possible
            "alhamdulillah baru sekarang bisa daftar, makasih min 👏",
            "mantap min, baru sekarang ngerti caranya, makasih ya",
            "wah mantap, dari senin daftar, baru rabu udah cair 👍 makasih pemprov"})
    void sincerePraiseWithTheSameMarksStaysPraise(String text) {
        Classification c = classifier.classify(text);

        assertThat(c.sarcastic()).as(text).isFalse();
        assertThat(c.sentiment()).as(text).isEqualTo(Sentiment.POSITIF);
    }

    @Test
    void applauseAndLaughterAtTheOfficeIsNegatifMockery() {
        // batch I31 (read): with berpotensi negatif the message kept a sure answer, the building permit for "bangun"
        String text = "wkwk pemerintah baru bangun ya? rumah warga udh tenggelam baru bikin pengumuman 👏👏👏";
        assertThat(classifier.classify(text).sentiment()).isEqualTo(Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wkwk anak sy juara lomba mewarnai 👏👏👏", "haha akhirnya lulus juga 👏👏"})
    void applauseAndLaughterForOnesOwnNewsIsNoMockery(String text) {
        assertThat(classifier.classify(text).sarcastic()).as(text).isFalse();
    }
}
