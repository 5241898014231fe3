package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fiftieth session (batch Z56, read): a danger told over two messages, the water rising in the house in one and the
 * mother who cannot walk in the next, is an emergency on the second; neither alone is. Read together, the past, a
 * service asked at home and a request for aid stay what they are.
 */
class DangerAcrossTurnsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "min air kali udh masuk rumah nih sampe lutut, makin naik kyknya|ibu sy gk bisa jalan, sy sendirian di rumah. gmn ya",
            "air udh masuk rumah sampe lutut|nenek sy lumpuh gak bisa keluar"})
    void aDangerToldOverTwoMessagesIsAnEmergency(String first, String second) {
        assertThat(ShippedAnswers.decide(second).outcome()).as(second).isNotEqualTo(Decision.Outcome.EMERGENCY);
        assertThat(ShippedAnswers.after(first, second).outcome()).as(first + " / " + second)
                .isEqualTo(Decision.Outcome.EMERGENCY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dulu rumah sy kebanjiran sampe lutut|ibu sy gk bisa jalan, ktp nya bisa direkam di rumah?",
            "banjir di jl melati kemarin|ibu sy mau ke posko, ada angkot?",
            "ibu sy gk bisa jalan, ada layanan ktp keliling?|kalau banjir masuk rumah gimana evakuasinya",
            // batches C57, E57 (held out, read after their measurement): a danger set aside by a guard in the first
            // message (a rumour asked about, a fire told as over) stays aside when the second only adds haste or "now"
            "min ini bener gk? di grup wa keluarga ada pesan katanya nanti malem jam 11 bakal ada tsunami 20 meter di teluk sembilan, dari 'orang dalam bmkg'. emak sy udh packing 😭|tolong dijawab cepet ya min biar sy bisa jelasin ke emak",
            "td subuh rumah tetangga kebakaran, api udh padam sih dibantu damkar, gak ada korban. tp tetangga sy itu janda sama anak 3, semuanya abis. sy mau bantu galang dana, boleh gak? atau ada bantuan dr pemerintah buat dia?|skrg mereka numpang di mushola"})
    void twoMessagesWithNoDangerTogetherAreNot(String first, String second) {
        assertThat(ShippedAnswers.after(first, second).outcome()).as(first + " / " + second)
                .isNotEqualTo(Decision.Outcome.EMERGENCY);
    }

    /** Batch U58 (read): the danger in three pieces, the middle one a fragment that alone says nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "air masuk rumah|udh sepinggang|ada nenek sy gk bs jalan"})
    void aDangerToldInThreePiecesIsAnEmergency(String first, String second, String third) {
        assertThat(ShippedAnswers.after(second, third).outcome()).as(second + " / " + third)
                .isNotEqualTo(Decision.Outcome.EMERGENCY);
        assertThat(ShippedAnswers.last(first, second, third).outcome()).as(first + " / " + second + " / " + third)
                .isEqualTo(Decision.Outcome.EMERGENCY);
    }

    /** The attack: three messages with no danger together, and a danger told before and over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "banjir di jl melati kemarin|ibu sy mau ke posko|ada angkot?",
            "dulu rumah sy kebanjiran sampe sepinggang|skrg udh aman kok|nenek sy gk bs jalan, ktp nya bisa direkam di rumah?",
            "air masuk rumah|udh sepinggang|tp kami semua udh di posko, nenek jg udh aman"})
    void threeMessagesWithNoDangerTogetherAreNot(String first, String second, String third) {
        assertThat(ShippedAnswers.last(first, second, third).outcome()).as(first + " / " + second + " / " + third)
                .isNotEqualTo(Decision.Outcome.EMERGENCY);
    }

    /**
     * Batch Y58 (read): pieces in which only the learnt model reads danger, none alone: a person at the high priority, 112
     * first, never the emergency reply on the model's word alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kak aku takut|mama blm pulang|air udah masuk kamar"})
    void piecesThatTheModelAloneReadsAsDangerGoToAPersonSoon(String first, String second, String third) {
        Decision alone = ShippedAnswers.decide(third);
        assertThat(alone.reasons()).doesNotContain(Reason.POSSIBLE_EMERGENCY);
        Decision decision = ShippedAnswers.last(first, second, third);
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.HANDOFF);
        assertThat(decision.reasons()).contains(Reason.POSSIBLE_EMERGENCY);
        assertThat(decision.priority()).isEqualTo(Priority.HIGH);
    }
}
