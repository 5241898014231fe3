package id.sigap.privacy;

import id.sigap.privacy.Redactor.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "3171012304900001", "3171 0123 0490 0001", "3171.0123.0490.0001", "3171-0123-0490-0001",
            "32.01.01.120390.0001", "NIK saya 3275014107850003", "KK:3201010101200011"})
    void replacesNikAndKkNumbersWrittenAnyWay(String nik) {
        String redacted = Redactor.redact("data: " + nik + " mohon dicek");
        assertThat(redacted).contains("[NIK]").doesNotContainPattern("\\d{4}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "081234567890", "0812-3456-7890", "0812 3456 7890", "0812.3456.789", "+6281234567890",
            "+62 812 3456 7890", "+62-812-3456-7890", "62 812 3456 7890", "6281234567890", "(+62) 812-3456-7890",
            "0857 1234 567"})
    void replacesIndonesianPhoneNumbers(String phone) {
        String redacted = Redactor.redact("hubungi saya di " + phone + " ya");
        assertThat(redacted).contains("[TELEPON]").doesNotContainPattern("\\d{3}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi.santoso@gmail.com", "warga+banjir@kantor.go.id", "a_b-c@sub.domain.co.id"})
    void replacesEmailAddresses(String email) {
        assertThat(Redactor.redact("email saya " + email + ", terima kasih"))
                .isEqualTo("email saya [EMAIL], terima kasih");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "5500000000000004", "378282246310005",
            "6011 0009 9013 9424"})
    void replacesLuhnValidCardNumbers(String card) {
        assertThat(Redactor.redact("kartu " + card + " terpotong")).isEqualTo("kartu [KARTU] terpotong");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Banjir tanggal 12-03-2025 pukul 14.30 di RT 05 RW 03",
            "Bantuan Rp 1.500.000 per keluarga untuk 2.345 KK",
            "Info di https://bpbd.example.go.id/berita/2025/03/12345",
            "Nomor darurat 112 dan 113, posko buka 24 jam",
            "Kode pos 40115, jalan nomor 17",
            "nomor pengaduan 1234567890123"})
    void leavesOrdinaryNumbersAlone(String text) {
        assertThat(Redactor.redact(text)).isEqualTo(text);
        assertThat(Redactor.containsPersonalData(text)).isFalse();
    }

    @Test
    void findsEachNumberWhenTwoAreWrittenTogether() {
        Redactor.Redacted redacted = Redactor.redactDetailed("0812 3456 7890 3171 0123 0490 0001");
        assertThat(redacted.text()).isEqualTo("[TELEPON] [NIK]");
        assertThat(redacted.kinds()).containsExactlyInAnyOrder(Kind.TELEPON, Kind.NIK);
    }

    @Test
    void reportsEveryKindFoundInAMessage() {
        Redactor.Redacted redacted = Redactor.redactDetailed(
                "Saya Budi, NIK 3171012304900001, HP 0812-3456-7890, email budi@mail.com, kartu 4111111111111111");
        assertThat(redacted.text()).isEqualTo(
                "Saya Budi, NIK [NIK], HP [TELEPON], email [EMAIL], kartu [KARTU]");
        assertThat(redacted.kinds()).containsExactlyInAnyOrder(Kind.NIK, Kind.TELEPON, Kind.EMAIL, Kind.KARTU);
    }

    @Test
    void keepsNullAndEmptyAsTheyAre() {
        assertThat(Redactor.redact(null)).isNull();
        assertThat(Redactor.redact("")).isEmpty();
        assertThat(Redactor.redact("posko pengungsian di mana?")).isEqualTo("posko pengungsian di mana?");
    }
}
