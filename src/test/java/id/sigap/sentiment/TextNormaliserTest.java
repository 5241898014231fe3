package id.sigap.sentiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    private final Lexicon lexicon = Lexicon.load();
    private final TextNormaliser normaliser = new TextNormaliser(lexicon.slang(), lexicon::knows);

    @Test
    void stretchedLettersAreSqueezedAndNoted() {
        NormalisedText text = normaliser.normalise("lamaaa bangettt");
        assertThat(text.tokens()).containsExactly("lama", "banget");
        assertThat(text.stretched()).isTrue();
    }

    @Test
    void slangBecomesStandardIndonesian() {
        assertThat(normaliser.normalise("gak bgt, udh tdk jelas yg ini").tokens())
                .containsExactly("tidak", "banget", "|", "sudah", "tidak", "jelas", "yang", "ini");
        assertThat(normaliser.normalise("makasih min").tokens()).containsExactly("terima", "kasih", "admin");
    }

    @Test
    void numbersBecomeOneTokenAndKeepTheirValue() {
        NormalisedText text = normaliser.normalise("kakek umur 80an, cucunya 7 thn, rt 04, no 1234567890123");
        assertThat(text.tokens()).filteredOn(TextNormaliser.NUMBER::equals).hasSize(4);
        assertThat(text.numbers()).containsExactly(80L, 7L, 4L, -1L);
        assertThat(EmergencyDetector.withAges(text)).contains("umur " + EmergencyDetector.VULNERABLE_AGE)
                .doesNotContain("rt " + EmergencyDetector.VULNERABLE_AGE);
    }

    @Test
    void theRedactorsMarksReadAsTheNumbersTheyReplacedAndAnAddressAsNothing() {
        // The conversation classifies the redacted text: read as words, "[TELEPON]" asked for a call back, and a
        // message of marks read as shouting ("NIK [NIK] HP [TELEPON] mantul min").
        NormalisedText marked = normaliser.normalise("NIK [NIK] HP [TELEPON] mantul min, email [EMAIL], kartu [KARTU]");
        NormalisedText digits = normaliser.normalise("NIK 3271011505900031 HP 081234567031 mantul min, email , kartu "
                + "4111111111111111");
        assertThat(marked.tokens()).isEqualTo(digits.tokens()).doesNotContain("telepon");
        assertThat(marked.numbers()).containsExactly(-1L, -1L, -1L);
        assertThat(marked.shouting()).isFalse();
    }

    @Test
    void aUnitOfTimeWrittenOntoANumberIsItsOwnWord() {
        assertThat(normaliser.normalise("anak sy (4th) ilang").tokens()).containsSubsequence(TextNormaliser.NUMBER, "th");
        assertThat(normaliser.normalise("udah 3hari").tokens()).containsExactly("sudah", TextNormaliser.NUMBER, "hari");
        assertThat(normaliser.normalise("blok 4b").tokens()).containsExactly("blok", TextNormaliser.NUMBER);
    }

    @Test
    void emojiBecomeTokens() {
        assertThat(normaliser.normalise("mantap 👍 tapi 😡 dan 🙃").tokens())
                .containsExactly("mantap", "emo_pos", "tapi", "emo_angry", "dan", "emo_sarc");
    }

    @Test
    void reduplicationIsFolded() {
        assertThat(normaliser.normalise("anak2 retak-retak").tokens()).containsExactly("anak", "retak");
    }

    @Test
    void surfaceCuesAreKept() {
        NormalisedText text = normaliser.normalise("PELAYANAN PARAH SEKALI!!!");
        assertThat(text.shouting()).isTrue();
        assertThat(text.exclamations()).isEqualTo(3);
    }

    @Test
    void commandsStayWhole() {
        assertThat(normaliser.normalise("/petugas").tokens()).containsExactly("/petugas");
    }

    @Test
    void aStarredOutWordIsReadAsTheWordItHidesAndBoldStarsStayMarks() {
        assertThat(normaliser.normalise("bangs*t").tokens()).containsExactly("bangsat");
        assertThat(normaliser.normalise("b*ngs*t kalian").tokens()).containsExactly("bangsat", "kalian");
        assertThat(normaliser.normalise("*INFO PENTING* posko").tokens()).containsExactly("info", "penting", "posko");
    }

    /** Forty-fifth session (batch N51, read): "rakyat jalan kaki 3 km bawa belanjaan" read "jalan kaki <num> kamu". */
    @Test
    void kmBesideANumberIsADistanceElseKamu() {
        assertThat(normaliser.normalise("rakyat jalan kaki 3 km bawa belanjaan").tokens()).contains("kilometer")
                .doesNotContain("kamu");
        assertThat(normaliser.normalise("jalan raya km 12 berlubang").tokens()).contains("kilometer").doesNotContain("kamu");
        assertThat(normaliser.normalise("macet 5km").tokens()).contains("kilometer");
        assertThat(normaliser.normalise("km udh makan blm").tokens()).contains("kamu").doesNotContain("kilometer");
    }
}
