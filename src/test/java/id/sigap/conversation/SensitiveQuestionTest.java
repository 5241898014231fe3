package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which approved clarification speaks to which allegation. */
class SensitiveQuestionTest {

    private static final String MISUSED_AID = "Klarifikasi isu penyelewengan dana bantuan banjir\\n"
            + "apakah benar dana bantuan banjir dikorupsi\\nbenarkah gubernur menyelewengkan dana bantuan banjir\\n"
            + "Seluruh dana bantuan banjir dicatat per penerima dan diperiksa Inspektorat Provinsi.";
    private static final String HOLDING = "Pernyataan resmi\\nPemprov menerima kabar yang beredar dan akan menindaklanjuti "
            + "setiap laporan warga.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "apakah benar gubernur korupsi dana bantuan banjir? | true",
            "dana bantuan banjir dikorupsi pejabat ya? | true",
            "gubernur kemana aja pas banjir, cuma foto2 doang | false",
            "petugas posko kasar sama pengungsi | false",
            "apakah benar bupati selingkuh dengan sekretarisnya? | false"})
    void aClarificationThatNamesAnAllegationAnswersOnlyThatAllegation(String message, boolean addressed) {
        assertThat(SensitiveQuestion.addresses(MISUSED_AID.replace("\\\\n", "\n"), message)).as(message).isEqualTo(addressed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gubernur kemana aja pas banjir, cuma foto2 doang",
            "apakah benar bupati selingkuh dengan sekretarisnya?"})
    void aGeneralHoldingStatementAnswersAny(String message) {
        assertThat(SensitiveQuestion.addresses(HOLDING, message)).as(message).isTrue();
    }
}
