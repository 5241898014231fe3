package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fiftieth session (batches Q56, B57, read): a gas cylinder hissing now and a venomous snake in the house with a child
 * are emergencies; a shock of last year whose socket is still not repaired, falls counted over this month, a father who
 * fainted yesterday and "untung masih selamat", cattle dying with people only feared for are not. The attacks keep a
 * snake caught, a cylinder already replaced, a writer sick beside the cattle.
 */
class GasSnakeAndCountedPastTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "min tolong tabung gas 3kg di dapur bunyi ssssss terus bau bgt, sy hrs gmn ini anak2 lg tidur 😭",
            "ada ular kobra masuk ke bawah lemari min!! anak sy di ruang tengah, damkar nomor brp",
            "min ada ular kobra masuk dapur kebawa banjir, skrg ngumpet di balik lemari, anak2 sy di rumah. damkar nomernya brp",
            "sapi sy mati mendadak, sy jg demam tinggi kejang2",
            // batches C57, E57 (held out, read after their measurement)
            "My friend went diving at Gili Batu this morning and hasn't come back since the earthquake. The boat operator isn't answering. Please help, who do I call?",
            "min sy tinggal di kaki bukit di Desa Gunung Sari. dr kmrn ujan gak brenti. td sore ada retakan tanah di kebun atas rumah, skrg sy cek lagi makin lebar, ada suara gemuruh kecil juga. kami sekeluarga masih di rumah. perlu ngungsi gak sih atau lebay?",
            "skrg kabelnya ngejuntai di genangan air, anak2 pada main ujan2an di situ", "tolong telpon ambulans, kenapa lama",
            "rakyat sesak napas, tolong kirim ambulans ke rumah pak rt, dia pingsan",
            // batches I57, J57 (held out, read after their measurement)
            "tiang listrik roboh ke jalan depan SD Negeri 2 Tegalsari, kabelnya masih nyambung dan percik2 api, anak2 bentar lg pulang sekolah",
            "td malem tanah di belakang rumah retak2 panjang, barusan bunyi krek krek lagi. anak2 masih tidur di kamar belakang. ini lapornya kmn ya min",
            "ada kecelakaan barusan, korbannya harus ditolong dulu baru difoto, tolong kirim ambulans",
            "tadi malam anak sy belum pulang sampai sekarang",
            // batch M57 (the last wave, read after its measurement); the attack keeps "now" before what cannot be done
            "min truk evakuasi udh jalan semua, mbah sy gak bisa jalan msh di rumah dusun Kalitengah atas, deket bgt sm gunung. sy di kota gak bisa jemput. tolong 🙏🙏",
            "sekarang tidak bisa napas tolong", "gempanya udh berhenti tp rumah tetangga roboh, neneknya masih di dalam"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "taun lalu anak sy kesetrum di kelas gara2 stop kontak copot nempel di tembok. sampe skrg blm dibenerin, udh lapor ke sekolah katanya nunggu dana BOS. gmn nih, nunggu ada korban lg?",
            "keren pemprov, lubang di jl raya Cikalong km 12 udh bikin 3 org jatoh motor bulan ini. nunggu 10 org dulu ya baru ditambal? 👏👏",
            "Saya kecewa sekali. Kemarin ayah saya pingsan, ambulans baru datang 2 jam kemudian padahal jarak puskesmas cuma 5 km. Untung masih selamat. Tolong ini dievaluasi, jangan cuma jawab template.",
            "min sapi di kampung sy 4 ekor mati mendadak 2 hari ini, mulutnya keluar busa. takut nular ke org. lapor ke mana?",
            "kemarin ada ular kobra masuk dapur, udh ditangkap damkar. aman skrg", "tabung gas sy kemarin bocor, udh diganti agen",
            // batches E57, F57 (held out, read after their measurement)
            "min sy baru lahiran anak kedua 3 minggu lalu. akta lahir anak pertama dulu ngurusnya ribet bgt, bolak balik. skrg katanya bisa online ya? linknya apa? sekalian KIA bisa gak",
            "tiap taun sama aja. PT Sawit Rimba Makmur bakar lahan, rakyat yg sesak napas, pemerintah cuma bikin rapat. kapan perusahaannya ditindak??",
            "sy dengar kepala dinas lingkungan hidup malah liburan ke luar negeri pas asap lagi parah2nya. apa itu pantas? mohon dijelaskan, rakyat di sini sesak napas tiap hari.",
            "my son came back home last night after the quake, he is fine", "tolong hubungi dokter gigi buat jadwal kontrol",
            // batches I57, J57 (held out, read after their measurement)
            "Sudah TIGA bulan lampu jalan di Desa Mekarsari mati. Tiga bulan. Sudah lapor ke desa, ke kecamatan, gak ada yang gerak. Apa harus ada yg kecelakaan dulu baru diperbaiki?",
            "gempa td malem kerasa bgt di sini, dinding rumah retak2. skrg udh gak ada gempa lg, tp anak2 takut tidur di dalem. aman gak ya?",
            "semalem kyk nyium bau gas nyengat di sekitar SPBU Jl. Diponegoro, tp pagi ini udh gak kecium. perlu dilaporin gak ya? takutnya ada bocor",
            // batch K57 (the last wave, read after its measurement): a smell of yesterday, "now not"; an evacuation planned
            "min regulator gas sy kyknya udh jelek, kmrn sempet kecium bau dikit tp skrg gk. takut meledak kyk di berita. ada pemeriksaan gratis gk dr pemerintah?",
            "kalau nanti evakuasi, mbah sy gak bisa jalan masih di rumah, ada bantuan jemput gk?"})
    void pastOrFearedIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
