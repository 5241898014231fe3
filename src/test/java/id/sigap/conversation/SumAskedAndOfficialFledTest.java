package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batches M36-P36, read): a sum asked by an officer or a teacher with no word for money between, an
 * official said to have fled abroad and favours hinted got choices of shelters or a person at the normal priority (an
 * office's name shared with an entry's free sentence: {@link MoneyAskedByAnEmployeeTest}). The attacks keep the writer's own
 * request for a sum and others fleeing.
 */
class SumAskedAndOfficialFledTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "wali kelas anak sy di SMAN 3 batu sari minta sumbangan 1,5jt buat 'uang gedung', katanya wajib. bukannya sma negeri gratis ya?",
            "Saya mau mengadukan petugas di Puskesmas Sangkara Barat yang minta biaya Rp75.000 untuk tes kolera anak saya.",
            "petugas dishub di terminal Batu Sari narik 20rb ke sopir angkot tiap hari katanya uang keamanan. ini resmi apa gk??",
            "guru les di sekolah minta 50k per anak buat fotokopi soal",
            "bener gk sih gubernur kabur ke luar negeri pas kebakaran? ada video di tiktok katanya lagi di singapur",
            "rumah pejabat pdam airnya lancar jaya, kita rakyat kecil kering kerontang. ini ada main apa gimana",
            // batches Q36-T36, read after their measurement
            "di puskesmas karang selira petugasnya minta bayar 50rb buat vaksin campak anak sy, bukannya gratis?",
            "ptsl itu gratis kan min? kok di desa kami ditarik 750rb per bidang sm panitia desa",
            "Min, sertifikat tanah saya yang tanda tangan kepala kantor yang sekarang ditahan itu. Apakah masih sah?",
            "genset bantuan dr provinsi yg harusnya buat posko di balai desa malah dipasang di rumah adik pak kades",
            "Relawan di posko GOR Batu Sari kok JUALAN lampu solar sm lilin yg katanya bantuan??",
            "ini gmn sih, bantuan buat korban malah dijual",
            "min ada relawan di posko GOR yg jual sembako bantuan ke warung2 sekitar",
            "Saya ingin menyampaikan dugaan penyimpangan. Warga curiga kualitas material dikurangi oleh kontraktor.",
            // batches U36-W36, read
            "bantuan sembako buat keluarga korban di desa sy dipotong sm kades. harusnya dapet 2 karung, yg nyampe cuma 1",
            "dana PIP anak sy dipotong 200rb sama operator sekolah katanya buat biaya admin sama fotokopi",
            "min sy mau lapor, ijazah anak sy ditahan sama pihak SMK Bina Karya, katanya hrs lunasin uang komite",
            "mau komplain min, wali kelas anak sy maksa semua siswa ikut study tour perpisahan ke bali 3,8 juta",
            "oknum di loket pelabuhan tanjung sangkara jual tiket kapal di atas harga, 150rb padahal harga resmi 85rb",
            // batches X36-Z36 and A37-D37, read
            "petugas dishub di terminal sangkara minta duit ke sopir angkot tiap hari 20rb, gk ada karcis",
            "sy mau lapor, kepala desa kami pake dana desa buat beli mobil pribadi, mobilnya dipake anaknya",
            "min bener gk sih katanya yg di video viral itu ponakan pak gubernur? mknya gk diapa2in sampe skrg",
            "min pejabat yg di video itu sbnrnya dr dinas apa? sy mau kirim surat langsung ke kepala dinasnya",
            "dengar2 pejabat di video itu malah dimutasi ke jabatan lebih tinggi?? serius??",
            "gw udh liat videonya 10x. pejabat kok kelakuan kaya preman pasar. gaji dr pajak kita",
            "Lapor, Kepala Desa Sumberjati menarik tiket masuk pantai desa tanpa Perdes dan uangnya gk jelas kemana",
            "pak kades nahan surat pengantar sy buat bikin kk, katanya sy blm bayar iuran desa 500rb",
            "pangkalan gas di desa kami tiap dtg gas yg dpt cuma org2 deket pak kades",
            // batches S37-Z37, read after the final measurement
            "katanya SMA negeri skrg gratis tp kok sekolah anak sy narik sumbangan 'sukarela' tp nominalnya ditentuin 2jt?",
            "yg keterima malah anak yg rumahnya 3 km. ini gimana sistemnya??? pasti ada main",
            "denger2 kuota jalur prestasi udh 'dibeli' duluan sama anak2 pejabat ya min?"})
    void aSumAskedOrAnOfficialFledIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        Decision decision = ShippedAnswers.decideAsServed(message);
        assertThat(decision.priority()).as(message).isEqualTo(Priority.SENSITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy mau minta bantuan 2 juta buat modal usaha ke pemprov bisa?",
            "kami ingin minta dana 5 juta ke dinas buat kegiatan karang taruna, caranya gimana",
            "warga kabur dari pengungsian krn takut, petugas kewalahan", "guru anak sy bilang ujian diundur minggu depan",
            "wali kelas anak sy nanya kapan rapor dibagi", "sembako murah dijual di operasi pasar mana aja min",
            "mau jual barang, ada bantuan modal gk?", "bantuan modal usaha buat yg jualan online ada gk?",
            "min rambut anak sy dipotong sama gurunya tanpa izin", "ijazah sy hilang, cara minta salinan ke sekolah gmn?",
            "harga tiket kapal resmi brp min? takut dijual di atas harga",
            "sy mau minta uang ganti rugi ke pemprov buat rumah sy yg rusak bisa gk",
            "kepala sekolah bilang anak sy blm diproses berkasnya", "guru anak sy dimutasi ke sekolah lain ya min?",
            "surat pengantar sy ditahan di kelurahan krn blm lengkap syaratnya ya min?",
            "sekolah minta uang gedung brp sih biasanya buat sma negeri?", "anak sy ada main bola di sekolah, jadwal gor kapan",
            "sy mau daftar kuota jalur prestasi, dibuka kapan"})
    void theWritersOwnRequestOrOthersFleeingIsNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
