package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fifth session (batches N35-R35, read): money with its sum asked by an office's employee, figures kept from the
 * public, aid unloaded at a politician's warehouse, a vendor owned by an official's kin, an official car carrying
 * merchandise and a holiday abroad named by its place got a ticket at the normal priority, or choices. The attacks keep
 * praise of an employee, a document asked for, a fee asked about, one's own holiday, a data error and a relative's shop.
 */
class MoneyAskedByAnEmployeeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "min pegawai di samsat sangkara minta uang 200rb biar cepet balik nama, katanya 'uang lelah'",
            "pak lurah di kelurahan sy minta 'uang administrasi' 150rb buat surat pengantar nikah. katanya emang segitu tarifnya",
            "saya mau lapor, kepala puskesmas tanjung di pesisir barat minta uang 150rb per anak buat vaksin dengue padahal katanya program gratis dari provinsi",
            "min, sy kerja di dinkes kab. (gk usah sebut nama). data kasus DBD yg diumumin ke publik itu dikurangin, aslinya hampir 3x lipat. atasan nyuruh gitu",
            "kok bisa sih vendor makanan yg bikin keracunan itu lolos seleksi? denger2 itu punya saudaranya pak kadis pariwisata",
            "sy liat sendiri mobil dinas plat merah dipake buat angkut barang dagangan ke stand bazar festival, itu boleh?",
            "gubernur kemana aja? rakyat pada kena DBD dia malah jalan2. di IG istrinya posting lg liburan di eropa",
            "Saya melihat sendiri truk bantuan berlogo pemprov dibongkar di gudang milik salah satu anggota DPRD di Lembah Hijau, bukan di posko. Ini jelas penyalahgunaan.",
            // batches T35-W35, read after their measurement
            "kepsek SMPN 2 Pesisir Barat nyuruh semua ortu beli LKS sama buku paket dr dia sendiri, katanya wajib. tiap anak 650rb. itu pungli kan",
            "Saya ingin melaporkan oknum pegawai dinas pendidikan yang menawarkan kursi di SMA negeri favorit dengan bayaran 15 juta rupiah.",
            "Saya pegawai honorer di salah satu dinas. THR kami katanya dipotong 30% untuk 'uang kebersamaan' oleh kepala bidang.",
            "Saya pegawai honorer di BPBD. Saya diminta tanda tangan kwitansi pembelian terpal yang jumlahnya jauh lebih banyak dari yang datang."})
    void anAllegationGoesToAPerson(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pegawai samsat ramah bgt tadi, makasih", "petugas kelurahan minta fotokopi kk 2 lembar ya?",
            "biaya pembuatan paspor berapa ribu", "kami sekeluarga mau liburan ke jepang, visa gimana",
            "data bansos saya salah, nama ibu diubah", "warung punya adik sy kebanjiran",
            "kepsek sd anak sy ramah bgt", "kursi di ruang tunggu dinas kurang, banyak yang berdiri",
            "gaji pegawai honorer kapan naik ya", "kwitansi pembayaran pajak motor hilang, gimana"})
    void noAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    /**
     * Money asked for a service whose approved entry says it costs nothing: the person takes it at the sensitive
     * priority and the entry goes out meanwhile (the golden set's "ada oknum minta duit 200rb buat pendataan rumah rusak,
     * itu bener?" expects the house-repair entry, which says the registration is free).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ada oknum minta duit 200rb buat pendataan rumah rusak, itu bener?",
            "petugas minta uang 100rb buat pendataan bantuan perbaikan rumah rusak"})
    void moneyAskedForAFreeServiceGetsItsEntryBesideThePerson(String message) {
        Decision decision = ShippedAnswers.decideAsServed(message);

        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
        assertThat(decision.priority()).as(message).isEqualTo(Priority.SENSITIVE);
        assertThat(decision.entryId()).as(message).isEqualTo("banjir-bantuan-rumah-rusak");
        assertThat(decision.reasons()).as(message).contains(Reason.FREE_OF_CHARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pak lurah korupsi dana perbaikan rumah rusak", "bantuan rumah rusak dipotong camat"})
    void anAllegationOfAnotherKindGetsNoEntry(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).entryId()).as(message).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pendataan tidak dipungut biaya; laporkan jika ada yang meminta uang. | minta duit 200rb buat pendataan rumah rusak",
            "Layanan ini gratis untuk pemohon baru. | petugas minta uang 100rb buat layanan pemohon baru"})
    void anEntryThatSaysTheServiceAskedOfIsFreeIsRead(String entry, String message) {
        assertThat(SensitiveQuestion.saysFreeOf(entry, message)).as(entry).isTrue();
    }

    /**
     * Batch B36 (read after its measurement): fodder free is no answer to a referral letter paid for. Batch M36 (read): an
     * office's name is no service ("oknum dinas perikanan" and "Dinas Pertanian ... gratis").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pemeriksaan dokter hewan dan pakan ternak darurat tersedia gratis di kedua lokasi. | kepala puskesmas minta uang 50rb buat tanda tangan surat rujukan",
            "Pendataan tidak dipungut biaya. | minta uang 50rb buat surat pindah",
            "Dinas Pertanian menyediakan benih padi dan pupuk gratis untuk tanam ulang. | mau lapor ada oknum dinas perikanan minta 300rb buat ngurus kartu kusuka nelayan",
            "Layanan di kantor kecamatan gratis. | petugas kecamatan minta 100rb buat surat pindah"})
    void anEntryThatSaysSomethingElseIsFreeIsNot(String entry, String message) {
        assertThat(SensitiveQuestion.saysFreeOf(entry, message)).as(entry).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kepala puskesmas di kec. tanjung (pesisir barat) minta uang 50rb buat tanda tangan surat rujukan"})
    void moneyAskedForAServiceNoEntrySaysIsFreeGetsNoEntry(String message) {
        Decision decision = ShippedAnswers.decideAsServed(message);

        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
        assertThat(decision.entryId()).as(message).isNull();
    }
}
