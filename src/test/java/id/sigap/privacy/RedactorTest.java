package id.sigap.privacy;

import id.sigap.privacy.Redactor.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

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

    // Red-team attacks of 2026-12 (docs/privacy.md): each was stored in full everywhere before.

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cek bansos nik sy 3271 - 0115 - 0590 - 0002|cek bansos nik sy [NIK]",
            "nik 3271/0115/0590/0003|nik [NIK]",
            "nik 3271 / 0115 / 0590 / 0051, email|nik [NIK], email",
            "nik 3271–0115–0590–0007|nik [NIK]",
            "nik 3271—0115—0590—0007|nik [NIK]",
            "nik 3271,0115,0590,0010|nik [NIK]",
            "nik 3271_0115_0590_0010|nik [NIK]",
            "hp 0812 - 3456 - 7004|hp [TELEPON]",
            "wa 0812_3456_7005 cara cek bansos|wa [TELEPON] cara cek bansos",
            "kartu 4111 - 1111 - 1111 - 1111 bisa?|kartu [KARTU] bisa?",
            "nik 3271   0115   0590   0004|nik [NIK]",
            "cepat tolong, nomor suami 0857/1111/2043|cepat tolong, nomor suami [TELEPON]",
            "wa: (0812) 3456-7036 atau +62 812 3456 7037|wa: [TELEPON] atau [TELEPON]",
            "telp 0812.3456.7046 / 0812 3456 7047|telp [TELEPON] / [TELEPON]"})
    void findsNumbersGroupedWithSeparatorsNoOrdinaryNumberUses(String text, String redacted) {
        assertThat(Redactor.redact(text)).isEqualTo(redacted);
    }

    @Test
    void findsNumbersGroupedWithTabsLineBreaksAndEmoji() {
        assertThat(Redactor.redact("nik 3271\t0115\t0590\t0005")).isEqualTo("nik [NIK]");
        assertThat(Redactor.redact("nik 3271🙏0115🙏0590🙏0008 🙏")).isEqualTo("nik [NIK] 🙏");
        assertThat(Redactor.redact("🙏🙏🙏 3271–0115–0590–0063 🙏🙏🙏")).isEqualTo("🙏🙏🙏 [NIK] 🙏🙏🙏");
        assertThat(Redactor.redact("nik suami saya 3271 0115\n0590 0032")).isEqualTo("nik suami saya [NIK]");
        assertThat(Redactor.redact("hp 0812 👉 3456 👉 7890")).isEqualTo("hp [TELEPON]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nik dan hp: 3271011505900035081234567035|nik dan hp: [NIK][TELEPON]",
            "nik dan hp: 0812345670353271011505900035|nik dan hp: [TELEPON][NIK]",
            "nik 32710115059000351|nik [NIK]1",
            "hp 0062 812 3456 7034|hp [TELEPON]",
            "hp 006281234567034|hp [TELEPON]",
            "hp +62 0812 3456 7033|hp [TELEPON]",
            "hp 0812345670 atau 0812345670391|hp [TELEPON] atau [TELEPON]"})
    void findsNumbersRunTogetherAndWrittenWithAnInternationalPrefix(String text, String redacted) {
        assertThat(Redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nik ３２７１０１１５０５９００００６|nik [NIK]",
            "nik ３２７１ ０１１５ ０５９０ ０００６|nik [NIK]",
            "ورقمي ٠٨١٢٣٤٥٦٧٠٦٤|ورقمي [TELEPON]",
            "hp ۰۸۱۲۳۴۵۶۷۰۶۴|hp [TELEPON]",
            "nik 327lO115O59OOOO9|nik [NIK]",
            "hp O8l2345678go|hp O8l2345678go",
            "hp O8l23456789O|hp [TELEPON]"})
    void readsDigitsOfOtherScriptsAndLettersWrittenForDigits(String text, String redacted) {
        assertThat(Redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "email saya siti.aminah02 [at] gmail [dot] com cara daftar|email saya [EMAIL] cara daftar",
            "email saya siti.aminah02(at)gmail(dot)com|email saya [EMAIL]",
            "email saya siti.aminah02 [at] gmail.com|email saya [EMAIL]",
            "email saya rina03 @ yahoo.co.id cara daftar bansos|email saya [EMAIL] cara daftar bansos",
            "email rudi.hartono2@ gmail.com|email [EMAIL]",
            "email rudi.hartono at gmail dot com|email [EMAIL]",
            "email budi at kantor dot go dot id|email [EMAIL]",
            "email rudi_h at yahoo.co.id ya|email [EMAIL] ya",
            "email rudi.hartono@gmail dot com|email [EMAIL]",
            "email saya budi@gmail aja|email saya [EMAIL] aja",
            "email saya rina03 @ yahoo cara daftar|email saya [EMAIL] cara daftar",
            "mailto:sari.dewi43@gmail.com|mailto:[EMAIL]",
            "email: SARI.DEWI41@GMAIL.COM|email: [EMAIL]"})
    void findsEmailAddressesWrittenToEscapeMachines(String text, String redacted) {
        assertThat(Redactor.redact(text)).isEqualTo(redacted);
    }

    @Test
    void findsAMobileNumberSpeltOutDigitByDigit() {
        assertThat(Redactor.redact("hp saya nol delapan satu tiga, dua dua dua dua, tiga tiga empat empat ya"))
                .isEqualTo("hp saya [TELEPON] ya");
        assertThat(Redactor.redact("wa kosong delapan satu dua tiga empat lima enam tujuh delapan sembilan"))
                .isEqualTo("wa [TELEPON]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "libur 24/12/2026 - 02/01/2027",
            "tanggal 12-05-2026 13-05-2026",
            "12/05/2026 - 13/05/2026 - 14/05/2026",
            "acara 2026-05-12 sampai 2026-05-14, 2026-05-15 2026-05-16",
            "jam 08.00-12.00 13.00-16.00",
            "jam 08.00 - 12.00 / 13.00 - 16.00",
            "senin–jumat 08.00–16.00 WIB, sabtu 08.00-12.00",
            "pukul 14.30 0812",
            "tahun 2019 2020 2021 2022",
            "tahun 2019, 2020, 2021, 2022",
            "tahun 2019/2020/2021/2022",
            "Rp 2.500.000 - Rp 3.000.000",
            "Rp1.250.000.000,00",
            "anggaran Rp 4.500.000.000.000 untuk 2026",
            "dana 1,500,000,000,000 dan 2.000.000",
            "RT 005/RW 012 kelurahan 40115",
            "RT 05/06/07 RW 03",
            "ISBN 978-602-8519-93-9",
            "nomor antrean 1234 5678",
            "rumah no 12, 13, 14, 15, 16",
            "The form is available at lapor.go.id for everyone",
            "I will be at home at 5.30 tomorrow, meet me at the office",
            "kumpul at posko titik kumpul",
            "hubungi @sigap_bot atau @humas",
            "satu dua tiga, ayo kita mulai, dua ribu dua puluh enam"})
    void leavesDatesTimesAmountsYearsAndEnglishAlone(String text) {
        assertThat(Redactor.redact(text)).isEqualTo(text);
        assertThat(Redactor.containsPersonalData(text)).isFalse();
    }

    /** A number sent in two messages (the red team's last two hits, twenty-fourth session): each message alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nik sy 3271 0115|nik sy [NIK]",
            "NIK: 32710115059|NIK: [NIK]",
            "no kk saya 3201-0101-01|no kk saya [NIK]",
            "nomor induk kependudukan ibu 327101150590000|nomor induk kependudukan ibu [NIK]",
            "ktp suami 3271.0115.0590.00022 (kelebihan satu angka)|ktp suami [NIK] (kelebihan satu angka)",
            "0590 0002|[NIK]",
            "05900002|[NIK]",
            "  0590-0002 .|  [NIK] .",
            "0812 3456|[TELEPON]",
            "+62 812 34|[TELEPON]",
            "482913|[NIK]",
            "3271-0115-|[NIK]-",
            "my ID number is 3271 0115|my ID number is [NIK]",
            "nik saya 🪪 3271 0115|nik saya 🪪 [NIK]",
            "nik saya ３２７１ ０１１５|nik saya [NIK]",
            "no hp saya 0812 3456|no hp saya [TELEPON]",
            "wa saya +62 812|wa saya [TELEPON]",
            "kartu kredit saya 4539 1488|kartu kredit saya [KARTU]",
            "NIK dan KK 3273 0412|NIK dan KK [NIK]",
            "nik 3271\u200b0115\u200b0590\u200b0002|nik [NIK]"})
    void findsEachPartOfANumberSentInTwoMessages(String text, String redacted) {
        assertThat(Redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2", "12", "2026", "40115", "1.500.000", "12-05-2026", "2026/05/12", "Rp 150000",
            "ktp sy hilang 2 minggu lalu", "kk 3 orang, anak 2", "nik sy sudah terdaftar sejak 2019",
            "kirim ke nomor pengaduan 1500 123", "B12", "nomor antrean 1234 5678", "150000", "2500000",
            "hp 2 buah rusak", "kk 3 orang", "kakak saya kk 2019 lulus", "wa aja min", "100000", "20000000", "15052026"})
    void leavesShortNumbersAmountsDatesAndNumbersNamedOtherwiseAlone(String text) {
        assertThat(Redactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nik sy 3271 0115|NIK", "no hp saya 0812 3456|TELEPON", "nik saya:|NIK", "no hp|TELEPON",
            "kartu kredit saya|KARTU", "0590 0002|NIK", "my ID number is 3271 0115 🙏|NIK"})
    void aMessageThatEndsWithAPartOfANumberOrItsNameLeavesTheRestToTheNext(String text, Kind kind) {
        assertThat(Redactor.partAtEnd(text)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nik sy 3271011505900002", "nik sy 3271 0115, mau cek bansos", "cara cek bansos",
            "hp saya 081234567890", "jam 08.00", "2", "makasih kk"})
    void aWholeNumberOrAPartWithWordsAfterItLeavesNothing(String text) {
        assertThat(Redactor.partAtEnd(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lanjutannya 0590 0002 ya|lanjutannya [NIK] ya", "0590-0002 gimana cek bansos?|[NIK] gimana cek bansos?",
            "and the rest is 0590-0002|and the rest is [NIK]", "terus 7890 makasih|terus [NIK] makasih",
            "rt 5 rw 3|rt 5 rw 3", "posko buka jam 08.00?|posko buka jam 08.00?", "12/05/2026|12/05/2026",
            "tahun 2024|tahun 2024"})
    void theNextMessageHasEveryRunOfFourDigitsReplaced(String text, String read) {
        assertThat(Redactor.continuing(text, Kind.NIK)).isEqualTo(read);
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = Redactor.redact("nik 3271 - 0115 - 0590 - 0002, hp 0812 3456 7890, email a.b@gmail.com, "
                + "kartu 4111 1111 1111 1111, I am at home");
        assertThat(Redactor.redact(once)).isEqualTo(once);
        assertThat(Redactor.containsPersonalData(once)).isFalse();
    }

    @Test
    void aCutNeverSplitsAValueItLeavesTheValueOutWhole() {
        String before = "saya mau tanya tentang jadwal imunisasi. ".repeat(3);
        String text = before + "3271 - 0115 - 0590 - 0022 dan rahmat.hidayat@gmail.com terima kasih";
        for (int max = before.length() - 1; max <= text.length(); max++) {
            String cut = Redactor.cut(text, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            assertThat(Redactor.redact(cut)).as("cut at %d", max)
                    .doesNotContainPattern("\\d{3}").doesNotContain("rahmat", "@");
        }
        assertThat(Redactor.cut(text, text.length())).isEqualTo(text);
        assertThat(Redactor.cut(text, before.length() + 10)).isEqualTo(before);
    }

    @Test
    void aHostileTextCostsTimeInProportionToItsLength() {
        List<String> hostile = List.of("0 ".repeat(50_000), "1-".repeat(50_000), "a.".repeat(50_000) + "@",
                "a".repeat(100_000) + "@gmail.com", "x@" + "a-".repeat(50_000), "nol ".repeat(25_000) + "delapan",
                "0812 ".repeat(20_000), "1.".repeat(50_000), "l0".repeat(50_000), "a at ".repeat(20_000) + "b dot com",
                "🙏1".repeat(50_000), "[at]".repeat(25_000));
        for (String text : hostile) {
            long started = System.nanoTime();
            Redactor.redact(text);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(text.substring(0, 12))
                    .isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void keepsNullAndEmptyAsTheyAre() {
        assertThat(Redactor.redact(null)).isNull();
        assertThat(Redactor.redact("")).isEmpty();
        assertThat(Redactor.redact("posko pengungsian di mana?")).isEqualTo("posko pengungsian di mana?");
    }

    @Test
    void theMarksAreTakenOutForWhatSearchesTheText() {
        String redacted = Redactor.redact("nomornya 0821-9988-7766, nik 3271011505900031, a@b.co");

        assertThat(Redactor.withoutMarks(redacted)).isEqualTo("nomornya , nik ,").doesNotContain("[", "TELEPON");
        assertThat(Redactor.withoutMarks("syarat akta kelahiran [anak]")).isEqualTo("syarat akta kelahiran [anak]");
    }
}
