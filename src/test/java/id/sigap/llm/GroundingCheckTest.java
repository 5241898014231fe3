package id.sigap.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroundingCheckTest {

    private static final List<SourceText> SOURCES = List.of(new SourceText("layanan-ktp", "KTP-el hilang",
            "Lapor ke Disdukcapil Kota Sangkara pada Senin sampai Jumat pukul 08.00–15.00, bawa fotokopi KK.", null));

    @Test
    void sentenceInitialCapitalsAreNotTakenForNames() {
        assertThat(GroundingCheck.properNames("Silakan datang. Bawa KK.\n- Lapor ke Disdukcapil Kota Sangkara"))
                .containsExactly("Disdukcapil", "Kota", "Sangkara");
    }

    @Test
    void numbersMatchWhateverTheirSeparators() {
        assertThat(GroundingCheck.check("Buka pukul 08.00 sampai 15.00 [layanan-ktp].", SOURCES, "").grounded()).isTrue();
        assertThat(GroundingCheck.check("Buka pukul 0800 [layanan-ktp].", SOURCES, "").grounded()).isTrue();
        assertThat(GroundingCheck.check("Buka pukul 07.00 [layanan-ktp].", SOURCES, "").grounded()).isFalse();
    }

    @Test
    void theCitizensOwnWordsMayBeRepeated() {
        assertThat(GroundingCheck.check("Untuk warga Kampung Baru, lapor ke Disdukcapil [layanan-ktp].", SOURCES,
                "saya di kampung baru").grounded()).isTrue();
    }

    @Test
    void datesNotInTheSourcesAreRejectedEvenInLowerCase() {
        assertThat(GroundingCheck.check("Datang hari sabtu [layanan-ktp].", SOURCES, "").reason())
                .isEqualTo("unsupported-date:sabtu");
    }
}
