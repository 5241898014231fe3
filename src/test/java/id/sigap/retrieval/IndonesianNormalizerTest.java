package id.sigap.retrieval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianNormalizerTest {

    @Test
    void rewritesInformalSpellings() {
        assertThat(IndonesianNormalizer.normalize("Gmn klo KTP sy ilang, gak bs ngurus?"))
                .isEqualTo("bagaimana kalau ktp saya hilang, tidak bisa urus?");
        assertThat(IndonesianNormalizer.normalize("posko dmn yg udh buka, blm tau kpn"))
                .isEqualTo("posko di mana yang sudah buka, belum tahu kapan");
        assertThat(IndonesianNormalizer.normalize("nggak tdk ga gk")).isEqualTo("tidak tidak tidak tidak");
        assertThat(IndonesianNormalizer.normalize("brp utk dgn krn")).isEqualTo("berapa untuk dengan karena");
    }

    @Test
    void rewritesEverydayChatSpellingsButLeavesThanksAlone() {
        assertThat(IndonesianNormalizer.normalize("rumah kerendem abis banjir, msh blm dapet bantuan"))
                .isEqualTo("rumah terendam habis banjir, masih belum dapat bantuan");
        assertThat(IndonesianNormalizer.normalize("tgl brp taun ini hrs daftar")).isEqualTo(
                "tanggal berapa tahun ini harus daftar");
        assertThat(IndonesianNormalizer.normalize("terima kasih")).isEqualTo("terima kasih");
    }

    @Test
    void squeezesRepeatedLettersAndExpandsReduplication() {
        assertThat(IndonesianNormalizer.normalize("tolooong banjiiir")).isEqualTo("tolong banjir");
        assertThat(IndonesianNormalizer.normalize("anak2 di posko")).isEqualTo("anak anak di posko");
    }

    @Test
    void turnsInformalAffixesIntoFormalOnes() {
        assertThat(IndonesianNormalizer.normalize("ngungsi")).isEqualTo("mengungsi");
        assertThat(IndonesianNormalizer.normalize("bersihin")).isEqualTo("bersihkan");
        assertThat(IndonesianNormalizer.normalize("ingin mesin nyamuk")).isEqualTo("ingin mesin nyamuk");
    }

    @Test
    void analysisKeepsNegationsAndQuestionWordsButDropsChatParticles() {
        assertThat(IndonesianAnalysis.terms(IndonesianNormalizer.normalize("kapan ktp sy blm jadi min?")))
                .containsExactly("kapan", "ktp", "belum", "jadi");
        assertThat(IndonesianAnalysis.terms("pelayanan")).containsExactly("layan");
    }
}
