package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A short message that starts like a follow-up, and what is left of it to search. */
class FollowUpTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kalo mahasiswa? | mahasiswa",
            "Terus ongkosnya brp? | ongkosnya berapa",
            "lalu di mana? | di mana",
            "gimana kalau disabilitas | disabilitas",
            "How about seniors? | seniors"})
    void aShortMessageStartingLikeAFollowUpIsOneAndItsStartIsNotSearched(String text, String rest) {
        assertThat(FollowUp.marked(text)).as(text).isTrue();
        assertThat(FollowUp.rest(text)).as(text).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "syaratnya apa? | syaratnya apa",
            "biayanya brp | biayanya berapa",
            "ada parkirannya? | ada parkirannya",
            "jam bukanya | jam bukanya"})
    void aShortMessageWhoseWordEndingInNyaPointsBackIsAFollowUpSearchedWhole(String text, String rest) {
        assertThat(FollowUp.marked(text)).as(text).isTrue();
        assertThat(FollowUp.rest(text)).as(text).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hanya tanya", "katanya banjir lagi?", "sebenarnya gimana", "punya siapa", "kknya",
            "syaratnya apa kalau ktp hilang di jalan"})
    void aNyaThatDoesNotPointBackOrALongMessageIsNoFollowUp(String text) {
        assertThat(FollowUp.marked(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kalau ktp hilang di jalan harus lapor ke mana", "kalau?", "terus", "mahasiswa bayar berapa",
            "kalaupun bisa", "", "   "})
    void aLongMessageALoneStartOrAnotherStartIsNoMarkedFollowUp(String text) {
        assertThat(FollowUp.marked(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lalu lintas macet?", "terus menerus hujan", "terus terang bingung"})
    void aCompoundThatBeginsWithAStartWordIsNoMarkedFollowUp(String text) {
        assertThat(FollowUp.marked(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lalu syaratnya? | syaratnya", "terus lintasnya lewat mana | lintasnya lewat mana",
            "lalu lintasnya gimana | lalu lintasnya bagaimana"})
    void aStartWordBeforeAnyOtherWordStillMarksOne(String text, String rest) {
        assertThat(FollowUp.rest(text)).as(text).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yaudah kalo gk bisa, yg matematika aja, 3/4 + 2/5 brp", "lalu jelasinnya ke anak gmn biar ngerti",
            "trus gmn cara ngomongnya biar ga berantem, dia orangnya galak", "oh kalo beli tiket online bisa ga?",
            "plis min bentar aja", "tolong dong kak", "please just this once"})
    void aMessageGoingOnFromTheOneBeforeContinuesIt(String text) {
        assertThat(FollowUp.continues(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rumah sy yg kebanjiran dapat bantuan gk", "posko pengungsian terdekat di mana",
            "ktp sy hilang kalau mau bikin lagi gimana", "lalu lintas di jalan ahmad yani macet?",
            "caranya bikin ktp gimana", "kalau ktp hilang harus lapor ke mana", "ktpnya hilang harus lapor ke mana",
            "tolong ktp sy hilang", "min bentar aja", "tolong sambungkan ke petugas"})
    void aNewQuestionDoesNotContinue(String text) {
        assertThat(FollowUp.continues(text)).as(text).isFalse();
    }
}
