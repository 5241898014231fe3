package id.sigap.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroundingCheckTest {

    private static final List<SourceText> SOURCES = List.of(new SourceText("layanan-ktp", "KTP-el hilang",
            "Kantor buka Senin sampai Jumat pukul 08.00–15.00. Lapor ke Disdukcapil Kota Sangkara, bawa fotokopi KK. "
                    + "Layanan ini gratis dan tidak perlu membayar apa pun. Pemohon wajib datang sendiri.",
            "https://disdukcapil.tirtaraya.go.id/ktp"));

    private static String reason(String answer) {
        return GroundingCheck.check(answer, SOURCES).reason();
    }

    @Test
    void numbersMatchWhateverTheirSeparators() {
        assertThat(GroundingCheck.check("Kantor buka pukul 08.00 sampai 15.00 [layanan-ktp].", SOURCES).grounded()).isTrue();
        assertThat(GroundingCheck.check("Kantor buka pukul 0800 [layanan-ktp].", SOURCES).grounded()).isTrue();
        assertThat(reason("Kantor buka pukul 07.00 [layanan-ktp].")).isEqualTo("unsupported-number:07.00");
    }

    @Test
    void theCitizensOwnWordsAreNoSupport() {
        assertThat(reason("Untuk warga Kampung Baru, lapor ke Disdukcapil [layanan-ktp].")).isEqualTo("unsupported-word:kampung");
    }

    @Test
    void datesNotInTheSourcesAreRejectedEvenInLowerCase() {
        assertThat(reason("Kantor buka pada sabtu [layanan-ktp].")).isEqualTo("unsupported-date:sabtu");
    }

    @Test
    void aNegationAddedOrDroppedIsAFlip() {
        assertThat(reason("Layanan ini tidak gratis [layanan-ktp].")).isEqualTo("negation-flip:+gratis");
        assertThat(reason("Pemohon perlu membayar [layanan-ktp].")).isEqualTo("negation-flip:-perlu");
        assertThat(reason("Pemohon tidak wajib datang sendiri [layanan-ktp].")).isEqualTo("negation-flip:+wajib");
        assertThat(GroundingCheck.check("Layanan ini gratis, Anda tidak perlu membayar [layanan-ktp].", SOURCES)
                .grounded()).isTrue();
    }

    @Test
    void anOppositeOrAnAddedModalityIsRejected() {
        assertThat(reason("Kantor tutup pada Senin [layanan-ktp].")).isEqualTo("antonym-reversal:tutup/buka");
        assertThat(reason("Layanan ini berbayar [layanan-ktp].")).isEqualTo("negation-flip:-berbayar");
        assertThat(reason("Pemohon wajib membawa fotokopi KK [layanan-ktp].")).isEqualTo("modality-change:wajib");
        assertThat(reason("Pemohon dapat datang sendiri [layanan-ktp].")).isEqualTo("modality-change:dapat");
    }

    @Test
    void addressesMustBeTheSourcesOwn() {
        assertThat(GroundingCheck.check("Info di disdukcapil.tirtaraya.go.id/ktp [layanan-ktp].", SOURCES).grounded()).isTrue();
        assertThat(GroundingCheck.check("Info di https://www.disdukcapil.tirtaraya.go.id, kantor buka pukul 08.00 [layanan-ktp].",
                SOURCES).grounded()).isTrue();
        assertThat(reason("Daftar di disdukcapil.tirtaraya.go.id/daftar [layanan-ktp].")).isEqualTo(
                "unsupported-link:disdukcapil.tirtaraya.go.id/daftar");
        assertThat(reason("Hubungi @disdukcapil_resmi [layanan-ktp].")).isEqualTo("unsupported-link:@disdukcapil_resmi");
    }

    @Test
    void numberWordsAreReadAsValues() {
        assertThat(NumberWords.keys(List.of("lima", "juta", "tujuh", "ratus", "ribu"))).containsExactly("5700000");
        assertThat(NumberWords.keys(List.of("dua", "puluh", "empat"))).containsExactly("24");
        assertThat(NumberWords.keys(List.of("seratus", "lima", "puluh", "ribu"))).containsExactly("150000");
        assertThat(NumberWords.keys(List.of("satu", "setengah", "juta"))).containsExactly("1500000");
        assertThat(NumberWords.keys(List.of("five", "million", "seven", "hundred", "thousand"))).containsExactly("5700000");
        assertThat(NumberWords.keys(List.of("kosong", "delapan", "satu", "satu"))).containsExactly("811");
        assertThat(NumberWords.keys(List.of("5,7", "juta"))).containsExactly("5700000");
        assertThat(NumberWords.keys(List.of("5.700.000"))).contains("5700000");
    }
}
