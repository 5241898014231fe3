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
    void jobsSlangIsVacancies() {
        assertThat(IndonesianNormalizer.normalize("info loker dong")).isEqualTo("info lowongan kerja dong");
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

    @Test
    void readsWebAddressesAsTheirWords() {
        assertThat(IndonesianNormalizer.normalize("cek di https://cekbansos.kemensos.go.id/ ya"))
                .isEqualTo("cek di cekbansos kemensos/ ya");
        assertThat(IndonesianNormalizer.normalize("lapor.go.id itu apa")).isEqualTo("lapor itu apa");
        assertThat(IndonesianNormalizer.normalize("email ppid@tirtaraya.go.id")).isEqualTo("email ppid@tirtaraya");
        assertThat(IndonesianNormalizer.normalize("link bansos-cair.xyz resmi?")).isEqualTo("link bansos cair xyz resmi?");
        // Numbers, times and abbreviations with a dot are not addresses.
        assertThat(IndonesianNormalizer.normalize("Rp600.000 jam 08.00, Jl. Sudirman No.1"))
                .isEqualTo("rp600.000 jam 08.00, jl. sudirman no.1");
        assertThat(IndonesianAnalysis.terms(IndonesianNormalizer.normalize("daftar lewat oss.go.id")))
                .containsExactly("daftar", "lewat", "oss");
    }

    @Test
    void theRedactorsMarksAreNoPartOfTheQuestion() {
        // A question is searched redacted; "[TELEPON]" read as "telepon" led to the entries about phone numbers.
        assertThat(IndonesianNormalizer.normalize("cek bansos nik [NIK] hp [TELEPON], email [EMAIL] [KARTU]"))
                .isEqualTo("cek bansos nik hp , email");
        assertThat(IndonesianAnalysis.terms(IndonesianNormalizer.normalize("kirim ke [EMAIL] ya"))).containsExactly("kirim");
    }

    @Test
    void wordsWhoseStemMeansSomethingElseAreNotStemmed() {
        // "listrik mati" shares nothing with "akta kematian"; "kepanjangan SIM" nothing with "perpanjangan SIM".
        assertThat(IndonesianAnalysis.terms("listrik mati")).doesNotContainAnyElementsOf(
                IndonesianAnalysis.terms("akta kematian"));
        assertThat(IndonesianAnalysis.terms("apa kepanjangan sim")).containsExactly("kepanjangan", "sim");
        assertThat(IndonesianAnalysis.terms("perpanjangan sim")).doesNotContain("kepanjangan");
    }

    @Test
    void thePowerCutSaidTheEverydayWayIsSearchedAsThePowerCutAndAStreetLightStaysOne() {
        // batch K29 (read): "lampu kok mati terus" found the entry on reporting a broken street light surely
        assertThat(IndonesianNormalizer.normalize("lampu kok mati terus to nak")).isEqualTo("listrik kok padam terus to nak");
        assertThat(IndonesianNormalizer.normalize("mati lampu dari kemarin")).startsWith("listrik padam");
        assertThat(IndonesianNormalizer.normalize("lampu jalan depan rumah mati")).contains("lampu");
        assertThat(IndonesianNormalizer.normalize("lampu di gang kami mati tiap malam")).contains("lampu");
        assertThat(IndonesianNormalizer.normalize("lampu pju padam")).contains("lampu");
    }

    @Test
    void theEnglishArticleIsNoSearchTermButTheLetterOfALicenceClassStays() {
        // batch T51 (read): "Is there a fee?" found the driving-licence entry ("SIM A") surely
        assertThat(IndonesianNormalizer.normalize("Is there a fee?")).doesNotContain(" a ").doesNotEndWith(" a");
        assertThat(IndonesianNormalizer.normalize("how do i get a new id card")).doesNotContain(" a ");
        assertThat(IndonesianNormalizer.normalize("perpanjang sim a di mana")).contains("sim a");
        assertThat(IndonesianNormalizer.normalize("golongan a itu apa")).contains("golongan a");
    }
}
