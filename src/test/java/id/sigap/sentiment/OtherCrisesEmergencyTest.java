package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dangers of crises other than a flood, told through a detail (twenty-fourth session: a helper's held-out set about
 * drought, outbreaks, heat, riots and animals caught 41 of its 60 dangers), and the messages that share their words
 * without any danger now: each rule of that round with the attack that would make it a false alarm.
 */
class OtherCrisesEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "tukang parkir di depan toko jatuh pas siang bolong, diajak bicara cuma bengong",
            "pemotor nabrak pembatas jalan, orangnya sudah ga gerak min",
            "asap dari dapur masuk ke ruang tengah, pintu depan macet ga bisa dibuka, ada bayi",
            "apinya turun dari lereng ke arah permukiman, angin kencang",
            "air di rumah udah sak dodo, mbah masih di dalam",
            "there is a crack in the dam wall and water is gushing out toward the houses",
            "anak tetangga masuk ke sumur tua di kebun, suaranya makin kecil",
            "adik aku pegang silet di pergelangan, katanya ini terakhir kali",
            "dia bilang ini terakhir kali jadi beban buat keluarga",
            "I don't want to live anymore, sorry for everything",
            "bapak mabuk bawa golok, kami sembunyi di kamar",
            "ibu di sebelah dikurung suaminya dari pagi, tadi ada suara teriak",
            "a man with a knife is at our door, he says he will kill us",
            "temen saya main di pantai, tadi keliatan, sekarang tidak kelihatan lagi",
            "my brother was pulled out by a rip current, we cannot find him",
            "buaya menyambar petani di pinggir rawa, tolong",
            "ada ular besar di kamar, persis di samping kepala bayi saya",
            "jembatan bambu udah retak, warga masih lewat bawa motor",
            "kakek sy ngorok keras dari tadi, tidak bisa dibangunin",
            "Anak saya, Raka 6 tahun, belum pulang dari main bola, sudah magrib",
            // a poisoning now, beside a case word: fainting, a plea, "!!", a word of now
            "murid2 keracunan katering, banyak yang pingsan",
            "tolong satu kelas keracunan menu mbg",
            "keracunan mbg lagi!! anak2 dibawa ke puskesmas",
            "anak sy keracunan makanan sekolah, sekarang muntah terus",
            // a death with a plea, "!!", "barusan", a second danger, or wished for
            "ada yang tewas tertimpa pohon di jalan, tolong",
            "tetangga barusan meninggal kesetrum, kabelnya masih di genangan",
            "dua orang meninggal!! masih ada yang di dalam rumah",
            "adik saya bilang sudah tidak kuat hidup, pengen meninggal aja, hpnya mati",
            // batch X (in-sample): a fire spreading with people inside in English; wishing oneself gone from the world;
            // a danger reported before that is at the door now
            "the fire is spreading to the next house and my grandparents are still inside",
            "aku capek banget, mending aku hilang aja dari dunia ini",
            "sudah tiga kali lapor tanggul rembes tidak ada tindak lanjut, sekarang air sudah selutut di rumah, tolong",
            "sudah dua kali lapor kabel putus tidak ada tindak lanjut, anak tetangga kesetrum di genangan"})
    void aDangerToldThroughADetailIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // an accident or a fall, nobody hurt; a queue or traffic that does not move
            "antrean di samsat sudah tidak bergerak dari tadi pagi, kapan dilayani",
            "kemarin mobil mogok di jalan, macet total dan jalannya tidak bergerak",
            // smoke from burning rubbish, a door that sticks
            "asap bakar sampah tetangga masuk kamar tiap sore, bisa ditegur?",
            "pintu kantor kelurahan tidak bisa dibuka, tutup ya hari ini?",
            // a fire over, a fire named as a figure of speech
            "api sudah padam, warga sudah kembali ke rumah, kapan bantuan datang",
            "pelatihnya sampai kebakaran jenggot lihat timnya kalah",
            // a stung hand, a snake outside with the children indoors, an animal report
            "kemaren sy disengat tawon, bengkak dikit di tangan, skrg udh kempes. perlu salep apa ya?",
            "ada ular di selokan depan rumah, anak-anak sudah kami suruh masuk, bisa minta tolong ditangkap besok?",
            "buaya sering muncul di muara, bisa dipasang papan peringatan?",
            // a well, a bridge, a tree: hazards to fix, nobody on them now
            "sumur di kebun sudah kering, bisa minta bantuan air bersih",
            "jembatan gantung di desa kami miring, tolong diperbaiki sebelum ada korban",
            // a death long ago, a past fright; a drill; a rumour; a wish for speed
            "setahun lalu bapak saya meninggal tenggelam, sekarang saya mau urus santunannya",
            "tahun lalu kakek meninggal karena serangan jantung, sampai sekarang nenek masih sedih",
            "berita kemarin soal tabrakan bus itu benar di wilayah kita?",
            "anak saya sempat hilang di pasar, sudah ketemu, saran aja pengumumannya bisa lebih cepat",
            "tadi ada tawuran di depan sekolah tapi sudah dibubarkan polisi",
            // figures of speech and wishes
            "panas banget hari ini rasanya mau pingsan haha",
            "jalan depan rumah rawan kecelakaan, lampunya mati, tolong diperbaiki",
            "provinsi ini sudah darurat korupsi, tolong ditindak",
            "mobil saya ketimpa dahan waktu parkir, tidak ada orang di dalam, bisa klaim?",
            // supposing, asking how to help; a child slow to wake; English that only shares words
            "kalau ada anak kejang karena demam, pertolongan pertamanya apa? cuma mau belajar",
            "anak sy susah dibangunin buat sekolah, gimana ya",
            "nenek sy ketiduran di kursi dari tadi, ga bisa dibangunin soalnya tidurnya pules",
            "I don't want to be here anymore, this hotel is too noisy, any other hotel nearby?",
            "hiding in the bathroom from my kids to finish this call lol, what time does the office open?",
            "salut, pak camat nyemplung kali sambil angkut sampah",
            // a poisoning named as a case: its lab results, its count, who answers or pays for it
            "min hasil lab keracunan makanan di sdn 3 kapan keluar?",
            "berapa jumlah siswa yg keracunan mbg kemarin",
            "siapa yang tanggung jawab kasus keracunan massal itu?",
            "anak sy kemarin ikut keracunan di sekolah, sekarang udh pulang dr rs, biaya rs siapa yg nanggung?",
            // a death told and nothing else: a loss, a count, a rumour about the count
            "nenek saya meninggal tadi subuh karena difteri, mohon info santunan",
            "tiga siswa sekolah kami meninggal minggu ini, saya takut sekali",
            "angka kematian yang diumumkan dinkes itu benar? katanya tiap hari ada yang meninggal",
            // batch X (in-sample): a hazard reported before and not followed up; a rumour and a death's paperwork in
            // English; things, not people, still inside
            "saya sudah dua kali melapor soal tanggul yang jebol itu, tidak ada tindak lanjut sama sekali",
            "people are saying the dam will break tonight, is it true? is there an official order?",
            "my father passed away yesterday at the hospital, who handles the death certificate and the paperwork?",
            "our documents are still inside the flooded office, can we get copies?"})
    void aMessageThatOnlySharesTheWordsIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }
}
