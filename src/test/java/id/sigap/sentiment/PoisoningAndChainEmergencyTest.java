package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirtieth session (batches S30, T30, U30, read: a mass food poisoning after free school meals, a gas shortage, a
 * bridge collapse; then X30, a tsunami warning, read after its measurement): twelve false alarms, each an emergency
 * reply and an EMERGENCY ticket in the week the staff queue fills. Each guard keeps the attack that would turn it into
 * a missed emergency.
 */
class PoisoningAndChainEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            // a poisoning named as a case, its "still" the care's, the programme's, the news' or a question tag's
            "min anak sy kmrn ikut keracunan mbg di SD Batu Sari 3, skrg dirawat di RSUD. biaya nya ditanggung pemerintah "
                    + "gk ya? sy gk pny bpjs",
            "selamat pagi kak, anak saya sekolah di SMP 2 Batu Sari, besok makan gratisnya masih jalan ga? saya takut bgt "
                    + "sama berita keracunan itu",
            "sy mau ngomong sama petugas asli bukan robot. soal anak sy yg jd korban keracunan, blm dpt kabar apa2 dr sekolah",
            "min kasus keracunan di Jawa Tengah kemaren itu udh ditangkep blm pelakunya?",
            // chain messages passed on in the third person
            "[Diteruskan] INFO PENTING!!! Hari ini 40 siswa SDN Lembah Hijau 1 keracunan lagi, jgn kasih anak makan di "
                    + "sekolah, sebarkan!!!",
            "[Diteruskan] BREAKING: Ledakan tabung LPG di rumah makan, 3 orang luka bakar. Hati2 cek selang gas anda!!! "
                    + "sebarkan!!",
            "[Diteruskan] ‼️BREAKING‼️ Setelah jembatan Lirang ambruk, bendungan di hulu dikabarkan JEBOL. Warga Lembah "
                    + "Hijau diminta MENGUNGSI SEKARANG. Sebarkan ke grup keluarga!!!",
            // a school task's topic; a collapse as what a hardship came of; a lasting illness beside papers
            "kak aku lagi bikin tugas sekolah tentang bahaya kebocoran gas, ada data brp kasus kebakaran krn gas di "
                    + "provinsi tirta raya tahun lalu gk?",
            "selamat siang. anak sy sekolah di SMAN 2 Lembah Hijau tp kami tinggal di Kota Sangkara. sejak jembatan putus "
                    + "anak sy hrs berangkat jam 5 pagi. apa ada kebijakan dr dinas pendidikan spt belajar daring atau "
                    + "dispensasi telat?",
            "bapak cuma mau tanya ibu (istri bapak) KTP nya sudah jadi katanya tapi ibu sedang sakit stroke tidak bisa "
                    + "jalan apalagi harus muter jauh, apa boleh bapak atau anak bapak yang ambilkan",
            // batch X30 (read after its measurement): the smoke of a distant fire asked about; a birth beside its papers
            "anak sy batuk2 terus seminggu ini, tiap sore bau asap. ini asap kebakaran dr mana ya? ada info kualitas udara "
                    + "di batu sari gk?",
            "istri sy lahiran di posko pengungsian dibantu bidan desa. akte lahirnya bisa diurus gk kalo gk ada surat dr RS?"})
    void aPoisoningCaseAChainMessageASchoolTaskOrAHardshipIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[diteruskan] tolong warga desa karangan terjebak banjir di atap, butuh perahu, sebarkan!!",
            "sebarkan!! anak hilang di pasar sangkara umur 5 tahun baju merah",
            "[Diteruskan] kebakaran besar di pasar batu sari, api sudah sampai rumah saya, sebarkan",
            "aku lagi ngerjain tugas sekolah tentang kebakaran tp rumah sebelah beneran kebakaran sekarang",
            "lagi bikin pr tentang banjir, tiba2 air masuk rumah sampe dada, tolong",
            "sejak jembatan putus anak saya terjebak di seberang, air naik terus",
            "ibu saya sakit stroke, barusan jatuh tidak sadarkan diri, ktp nya di mana ya",
            "anak sy keracunan mbg, sekarang dirawat di rsud tapi makin lemas dan sesak napas",
            "anak saya keracunan katering sekolah, masih muntah terus dari tadi",
            "murid2 keracunan katering, banyak yang pingsan",
            "asap kebakaran masuk rumah, anak saya sesak napas, asapnya dari mana ya?",
            "asap kebakaran dari rumah sebelah makin tebal, api sudah besar!! ini dari mana?",
            "istri saya mau melahirkan sekarang di posko, pendarahan, bidan tidak ada, akta nanti aja",
            "istri sy mau melahirkan, ketuban pecah, tolong, ktp nya ketinggalan"})
    void theAttacksStayEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }
}
