package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentClassifierTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    private static Sentiment sentimentOf(String text) {
        return classifier.classify(text).sentiment();
    }

    @Test
    void negatedPraiseIsNegative() {
        assertThat(sentimentOf("pelayanannya gak bagus").isNegative()).isTrue();
        assertThat(sentimentOf("kurang ramah petugasnya").isNegative()).isTrue();
        assertThat(classifier.classify("pelayanannya gak bagus").signals()).contains("negation");
    }

    @Test
    void cryingOrFearWithNoWordIsAConcernAndAThumbOrAPrayerIsNot() {
        // batch J29 (read): "🌋🌋😭" alone got "Baik." as if acknowledged
        assertThat(sentimentOf("🌋🌋😭")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
        assertThat(sentimentOf("😰😰")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
        assertThat(sentimentOf("👍").isNegative()).isFalse();
        assertThat(sentimentOf("🙏").isNegative()).isFalse();
    }

    @Test
    void negatedComplaintIsNotNegative() {
        assertThat(sentimentOf("ga jelek kok").isNegative()).isFalse();
        assertThat(sentimentOf("tidak mengecewakan, petugasnya sabar")).isEqualTo(Sentiment.POSITIF);
    }

    @Test
    void bukanMainIntensifiesInsteadOfNegating() {
        assertThat(sentimentOf("bukan main ramahnya petugas di loket")).isEqualTo(Sentiment.POSITIF);
    }

    @Test
    void slangAndStretchedLettersAreUnderstood() {
        assertThat(sentimentOf("mantul bgt min, makasiiih")).isEqualTo(Sentiment.POSITIF);
        assertThat(sentimentOf("lamaaaa bgt antrinya, ribet")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
    }

    @Test
    void emojiCarrySentiment() {
        assertThat(sentimentOf("petugas posko 👍👍")).isEqualTo(Sentiment.POSITIF);
        assertThat(sentimentOf("bantuan belum sampai 😡😡")).isEqualTo(Sentiment.NEGATIF);
    }

    @Test
    void sarcasmIsAComplaint() {
        Classification sarcastic = classifier.classify("hebat ya, dijanjikan minggu lalu sampai sekarang belum ada 🙃");
        assertThat(sarcastic.sentiment()).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
        assertThat(sarcastic.signals()).contains("sarcasm");
        assertThat(sentimentOf("makasih lho min, udah nunggu seminggu gak dibales")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
        assertThat(sentimentOf("wah keren, lapor 5 kali tetap saja rusak 👏")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
    }

    @Test
    void sincerePraiseWithTheSameMarkersStaysPositive() {
        assertThat(sentimentOf("hebat, responnya cepat sekali 👏")).isEqualTo(Sentiment.POSITIF);
    }

    @Test
    void angerAndAccusationAreNegatifWhileMildComplaintsAreBerpotensi() {
        assertThat(sentimentOf("pelayanan terburuk, kecewa berat!!")).isEqualTo(Sentiment.NEGATIF);
        assertThat(sentimentOf("bantuan dikorupsi, maling semua")).isEqualTo(Sentiment.NEGATIF);
        assertThat(sentimentOf("agak kecewa sih, syaratnya beda")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
        assertThat(sentimentOf("khawatir air naik lagi nanti malam")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
    }

    @Test
    void questionsAndReportsAreNeutral() {
        assertThat(sentimentOf("jam buka kantor kecamatan hari sabtu sampai jam berapa?")).isEqualTo(Sentiment.NETRAL);
        assertThat(sentimentOf("di mana posko pengungsian terdekat?")).isEqualTo(Sentiment.NETRAL);
    }

    @Test
    void insultsAreHostileAndNegatif() {
        Classification c = classifier.classify("admin goblok, ditanya apa dijawab apa");
        assertThat(c.hostile()).isTrue();
        assertThat(c.sentiment()).isEqualTo(Sentiment.NEGATIF);
    }

    @Test
    void ordinaryNounsThatCanBeInsultsAreNotHostile() {
        assertThat(classifier.classify("sampah di depan gang belum diangkut").hostile()).isFalse();
        assertThat(classifier.classify("bot sampah").hostile()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tolong air sudah sampai atap, kami terjebak di rumah",
            // eighth batch (lead): still trapped when leaving is the point, not school or work
            "kami tidak bisa keluar rumah, air sudah sedada",
            "nenek tidak bisa keluar dari kamar, air masuk terus",
            "anak saya hanyut di sungai dekat jembatan",
            "ada kebakaran di gang mawar, api merambat ke rumah lain",
            "bapak saya pingsan, tidak sadarkan diri",
            "tetangga kesetrum kabel jatuh di genangan",
            "rumah sebelah mau roboh, nenek masih di dalam",
            "ada warga dibacok di depan posko",
            "istri saya mau melahirkan, jalan putus",
            "saya sudah tidak kuat, mau bunuh diri saja",
            "adik saya hilang sejak banjir tadi sore",
            "tembok ambruk, tukangnya masih di bawah",
            "tiang listrik roboh, sopir angkotnya masih di kolong",
            "ada orang tertindih lemari pas gempa"})
    void emergenciesAreFlagged(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NKRI harga mati",
            "mati lampu dari jam 7, kapan nyala?",
            "ada program asuransi kebakaran untuk rumah warga?",
            "kebakaran yang kemarin katanya sudah padam ya?",
            "kursus renang supaya anak tidak tenggelam ada?",
            "ktp saya hilang kena banjir, bisa cetak ulang?",
            "status tanggap darurat sampai kapan?",
            "anak saya masih di bawah umur, bisa bikin ktp?"})
    void scaryWordsUsedCasuallyAreNotEmergencies(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ibu saya mendadak lemas, wajahnya mencong sebelah dan bicaranya pelo",
            "kakek tiba-tiba gak bisa bergerak",
            "banjir masuk dapur, kakek saya lumpuh gak bisa jalan",
            "ada asap mengepul dari gudang di ujung gang",
            "bau kabel gosong dari panel listrik masjid",
            "motor terjun ke sungai di tikungan, pengendaranya belum muncul",
            "asap tebal, adik saya masih di dalam kamar",
            "dinding rumah sebelah mulai bergeser, takut roboh",
            "balita tetangga keluar rumah sejak maghrib, sampai sekarang belum ketemu",
            "my father collapsed in the shelter and is not responding",
            "saya lansia tinggal sendiri, rumah kebanjiran, gak bisa jalan jauh",
            "rumah kami terendam, ibu saya sakit stroke tidak bisa bergerak",
            // seventh batch (helper, 2026-12-02): written before any run
            "tolong butuh bantuan segera, air masuk rumah, ibu saya ga bisa jalan",
            "butuh bantuan evakuasi, kakek saya stroke, air udah sepinggang",
            "butuh bantuan perahu, nenek saya di rumah sendirian airnya naik terus",
            "mbah saya lumpuh, rumah udah kemasukan air selutut, gimana ngungsinya",
            "ibu saya sakit ga kuat jalan, air sudah masuk rumah",
            "anak saya disabilitas pake kursi roda, banjir udah sepaha, susah keluar",
            "bapak saya habis operasi belum bisa jalan, rumah kebanjiran",
            "rumah terendam, nenek ga bisa keluar kamar",
            "my grandmother can't walk and the flood water is coming into the house",
            "istri saya hamil 9 bulan, banjir sepinggang, ga bisa jalan jauh"})
    void emergenciesToldIndirectlyAreFlagged(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "asap knalpot bus kota hitam banget, tolong ditindak",
            "bau gosong dari dapur restoran tiap hari, ganggu warga",
            "pohon tumbang di jalan raya, belum ada korban",
            "penyuluhan demam berdarah di balai rw jam berapa?",
            "adik saya mau bikin kia, fotokopi kk hilang, bisa pakai foto?",
            "saya korban banjir, butuh bantuan hukum soal rumah kontrakan",
            "My house was damaged by the flood last week, the roof collapsed. Is there any assistance to repair it?",
            "Is it true that the Wadas Lintang dam has collapsed?",
            "warga korban banjir butuh bantuan modal usaha, ada programnya?",
            // seventh batch (helper, 2026-12-02): written before any run
            "warga korban banjir butuh bantuan air bersih, bisa minta ke mana",
            "kami korban banjir minta bantuan tenda dan terpal",
            "korban banjir di rw 5 butuh bantuan obat-obatan dan vitamin",
            "saya korban banjir butuh bantuan buat benerin atap rumah",
            "kami warga terdampak banjir mohon bantuan sembako",
            "butuh banget bantuan hukum, rumah kontrakan kami kebanjiran pemilik minta ganti rugi",
            "anak2 pengungsi butuh bantuan susu formula dan popok",
            "flood victims here need help with food and blankets",
            "anak saya tidak bisa jalan sejak lahir, ada bantuan kursi roda dari dinsos? rumah kami sering kebanjiran",
            "nenek sudah tidak kuat jalan jauh, bisa titip pengambilan bansos banjir ke tetangga?",
            "kakek saya tidak bisa berjalan, pendataan lansia korban banjir kemarin apa sudah masuk?",
            // eighth batch (lead, 2026-12-02), written before any change
            "anak saya ga bisa keluar rumah buat sekolah karena jalan banjir",
            "suami tidak bisa keluar untuk kerja, jalan depan rumah banjir, ada bantuan?",
            // left: the older rule 'tidak bisa jalan ... banjir' in one clause
            // "lansia yg ga bisa jalan dapat prioritas bantuan banjir ga?"
    })
    void smokeSmellsAndInjuryWordsThatReportNoneAreNotEmergencies(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nenek kami wafat bulan lalu, syarat akta kematiannya apa saja",
            "istri almarhum pegawai yang meninggal berhak tunjangan janda?",
            "korban jiwa longsor tahun kemarin ahli warisnya sudah terima santunan?"})
    void aDeathAskedAboutForItsPaperworkIsNotAnEmergency(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tukang bangunan terjatuh dari tangga, kepalanya bocor, klaim bpjs ketenagakerjaan gimana",
            "baru saja ada yang meninggal ditabrak truk, santunannya ke mana, tolong",
            "warga tewas tersetrum barusan, keluarganya tanya santunan"})
    void anInjuryOrADeathHappeningNowStaysAnEmergencyEvenWithPaperwork(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kantor samsat keliling hari minggu buka gak?",
            "posko batu sari masih nerima pengungsi ga",
            "pendaftaran prakerja gelombang baru udah dibuka gk sih"})
    void aYesNoQuestionMadeWithATrailingGakIsNetral(String text) {
        assertThat(sentimentOf(text)).as(text).isEqualTo(Sentiment.NETRAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kalian niat kerja gak sih", "malu gak sih sama rakyat", "kalian peduli gak sih"})
    void aRhetoricalGakAimedAtTheOfficeStaysNegative(String text) {
        assertThat(sentimentOf(text).isNegative()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/petugas",
            "mau bicara dengan petugas",
            "sambungin ke admin dong",
            "min ada orang beneran gak?",
            "can I talk to a human please",
            "saya minta dihubungkan dengan cs",
            "boleh minta nomor wa petugas posko?",
            "pengen ngobrol sama admin asli, bukan bot",
            "gk mau sama bot, mana nomor WA admin yg orang beneran", "ogah chat sama robot"})
    void requestsForAPersonAreRecognised(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sy mau ngadu ke petugas humas",
            "pengen tanya langsung sama orang humas",
            "boleh cerita ke admin?",
            "ada admin nya gak?",
            "adakah petugas",
            "apa ada orang disini",
            // batch N (twenty-first session, in-sample): particles after the question
            "halo?? ada orangnya gk sih ini", "ada adminnya ga sih min",
            "min hp sy 081234567890 tolong telp balik",
            "hubungi saya kembali",
            "please call me back",
            "saya wartawan dari radio lokal, mau wawancara kadis",
            "Good morning, I am a journalist from Jakarta. Can I interview the head of the office?",
            // seventh batch (helper, 2026-12-02): written before any run
            "min aku pengen ngomong sama orang aja",
            "bisa disambungin ke pegawai humas?",
            // eighth batch (lead, 2026-12-02), written before any change
            "disambungin ke admin dong",
            "mohon diarahkan ke petugas humas",
            "tolong hubungin saya ke petugasnya",
            "gw butuh ngomong ama manusia beneran",
            // left: 'diurus petugas aja' not among the patterns
            // "saya mau diurus petugas aja, capek sama bot",
            // left: 'dibales orang' not among the patterns
            // "min tolong dibales orang kantor ya, jangan mesin",
            "kapan bisa ngobrol langsung sama humasnya",
            "hubungi gw lewat wa aja min",
            "i'd like to speak to a staff member",
            "is there anyone i can talk to?",
            "is there someone we could speak with",
            "mohon diarahkan ke petugas yang menangani bansos",
            // left: asks whom to contact, no officer named
            // "siapa yg bisa sy hubungi soal ktp rusak?",
            // left: no office or officer named
            // "minta no telp yg bisa dihubungi dong",
            "pak, sy mau ketemu kepala dinasnya langsung",
            // tenth batch (helper, 2026-12-03), written before any change
            "sistemnya gmn sih ini. hub sy aja di 0812-3456-7890",
            "Jalan ditutup sehingga ambulans tidak dapat masuk ketika tetangga saya sakit kemarin. Mohon tanggapan dari pihak terkait.",
            // left: four words between the verb and the officer
            // "saya mau konsultasi masalah sengketa tanah warisan dengan petugas"
    })
    void everydayWordingsOfWantingToTellOrReachAPersonAreRequests(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isTrue();
    }

    /** Batch T of the twenty-third session, after its measurement (in-sample): someone the writer can talk to. */
    @ParameterizedTest
    @ValueSource(strings = {"ada staf humas atau petugas yg bisa sy ajak ngobrol langsung gk? lewat telpon jg gpp",
            "petugas yang bisa dihubungi malam ini siapa ya"})
    void askingForSomeoneToTalkToIsARequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isTrue();
    }

    /** Its attacks: an officer who can do something else, a person who can be asked about. */
    @ParameterizedTest
    @ValueSource(strings = {"petugas yang bisa angkat barang ke posko ada berapa?",
            "petugas posko bisa masak buat 200 orang gk?", "admin bisa cek status bansos ibu sy?"})
    void anOfficerWhoCanDoSomethingElseIsNoRequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    /** "min bener gk ...": "is it true, admin?" asks about a rumour (batch X27, in-sample); asking whether a person is there still asks for one. */
    @ParameterizedTest
    @ValueSource(strings = {"min bner gk tarif trans sangkara naik jd 7rb senin dpn??", "min bener ga sih bansos cair besok",
            "admin benar tidak kalau pemutihan diperpanjang"})
    void askingTheAdminWhetherSomethingIsTrueIsNoRequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"petugas beneran ada gak", "admin yang benar dong jangan bot", "admin asli gak sih ini"})
    void aRealOfficerAskedForIsStillARequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isTrue();
    }

    /** A vehicle blocked in is no one trapped (batch X27, in-sample); its attacks stay emergencies. */
    @ParameterizedTest
    @ValueSource(strings = {"tetangga sy tiap hr parkir mobil depan pagar sy, motor sy gk bs keluar. bisa ditegur sm pemprov gk?",
            "mobil saya tidak bisa keluar garasi gara2 tetangga parkir sembarangan"})
    void aVehicleBlockedInIsNoEmergency(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobil sy gk bs keluar, air udh sepinggang di dalam rumah",
            "tolong motor sy gk bs keluar, anak sy masih di dalam rumah",
            "anak sy terjebak di mobil, mobilnya gk bs keluar dr parkiran yg kebanjiran"})
    void aVehicleBesideSomeoneInDangerIsStillAnEmergency(String text) {
        assertThat(classifier.classify(text).emergency()).as(text).isTrue();
    }

    /** "ya udh ... aja deh": okay then, giving in and asking (batch Z27, held out); a contact already made is still none. */
    @ParameterizedTest
    @ValueSource(strings = {"ya udh sambungin ke petugas aja deh", "yaudah sambungin ke petugas aja", "udah deh sambungin ke admin aja"})
    void givingInAndAskingForAPersonIsARequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy udh hubungi petugas posko tp blm ada kabar", "tadi sudah dihubungkan ke petugas kok"})
    void aContactAlreadyMadeIsNoRequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    /** A helper's attacks on the tenth session's request patterns. */
    @ParameterizedTest
    @ValueSource(strings = {
            "tetangga sy nulis \"mohon tanggapan dari pihak terkait\" di twitter, biasanya berapa lama dibales?",
            "jgn hub sy di 0812 lagi ya, sy udh dpt bantuannya, makasih",
            "anak sy gk mau main robot lagi sejak banjir, ada trauma healing?"})
    void aQuotedRequestOrOneTurnedDownIsNoRequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "tolong sambungkan ke petugas | ''",
            "sambungkan saya dengan admin | ''",
            "ktp saya hilang, bisa bicara dengan petugas? | ktp hilang",
            "connect me to a human | ''"})
    void whatARequestForAPersonAsksBesidesThePersonIsKept(String text, String rest) {
        Classification c = classifier.classify(text);
        assertThat(c.wantsHuman()).as(text).isTrue();
        assertThat(c.besidesRequest()).as(text).isEqualTo(rest);
    }

    // seventh batch (helper, 2026-12-02), written before any run: the topic asked besides the person must survive the cut
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "saya mau bicara soal bansos dengan petugas | bansos",
            "hubungkan saya ke petugas dukcapil, akta lahir anak salah nama | akta",
            "telpon saya balik soal pencairan blt ya | pencairan",
            "tolong sambungkan ke bagian pengaduan jalan rusak | jalan",
            "min ada orang asli ga? mau tanya soal sertifikat tanah | sertifikat",
            "can i talk to someone about my flood compensation claim | compensation",
            "mau ngadu ke petugas humas, lampu jalan di desa mati semua | lampu",
            "kontak admin yg ngurus kartu prakerja dong | prakerja",
            "saya perlu konsultasi soal sengketa tanah dengan petugas | sengketa",
            "mau bicara dengan petugas soal bantuan modal usaha | modal",
            "bisa bicara dengan petugas bagian kependudukan? ktp saya rusak | ktp"})
    void whatARequestForAPersonAsksBesidesThePersonKeepsItsTopic(String text, String topic) {
        Classification c = classifier.classify(text);
        assertThat(c.wantsHuman()).as(text).isTrue();
        assertThat(c.besidesRequest()).as(text).contains(topic);
    }

    /** Batch C28 (held out): "lapor ke mana, min" asks where to report, not for a person. */
    @ParameterizedTest
    @ValueSource(strings = {"klo digigit anjing liar lapor kmn min", "ktp hilang lapor ke mana admin?",
            "bantuan ini dari mana admin"})
    void whereToOrFromAddressingAdminIsNoRequest(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    /** Batches B28 and E28 (read): a complaint that a report or a call was never followed up. */
    @Test
    void aMatterNotFollowedUpIsTold() {
        assertThat(classifier.classify("nomer hotline yg kalian kasih gk pernah diangkat!!! sy telp 10x").notFollowedUp())
                .isTrue();
        assertThat(classifier.classify("SUDAH 3 KALI SAYA LAPOR NIK SALAH TDK ADA TANGGAPAN SAMA SEKALI!!! "
                + "buat apa ada nomor pengaduan kalau tdk pernah diangkat").notFollowedUp())
                .isTrue();
        assertThat(classifier.classify("nomor pengaduan bansos provinsi brp").notFollowedUp()).isFalse();
        assertThat(classifier.classify("kapan air pdam nyala lagi?").notFollowedUp()).isFalse();
    }

    /** Batch D28 (read): a formal request with what is told between got a choice of entries. */
    @Test
    void aFormalRequestToTellSomethingToAnOfficerIsARequest() {
        assertThat(classifier.classify("Mohon maaf, saya ingin menyampaikan pengaduan secara langsung kepada petugas "
                + "humas. Apakah bisa dihubungkan?").wantsHuman()).isTrue();
        assertThat(classifier.classify("bisa tanya jadwal posko ke petugas di sana?").wantsHuman()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "sambungin ke petugas dinas sosial, bansos sy blm cair | sosial",
            "bisa sambungin ke petugas dinas peternakan langsung gk? | peternakan",
            "jawab dong jgn bot doang | jawab"})
    void theDepartmentAskedForAndWordsAboutAnsweringAreNoTopic(String text, String dropped) {
        Classification c = classifier.classify(text);
        assertThat(c.wantsHuman()).as(text).isTrue();
        assertThat(c.besidesRequest()).as(text).doesNotContain(dropped);
    }

    @Test
    void aMessageWithNoRequestIsItselfWhatItAsks() {
        assertThat(classifier.classify("ktp saya hilang").besidesRequest()).isEqualTo("ktp saya hilang");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ada petugas kesehatan di posko batu sari?",
            "mau bayar pajak ke petugas samsat keliling",
            "ada orang jual sembako murah di pasar"})
    void questionsAboutOfficersOrPeopleAreNotRequests(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "petugas posko ramah sekali",
            "petugas pln sudah datang jam 9",
            "saya sudah menghubungi petugas kemarin, belum ada tindak lanjut",
            "tolong telepon orang tua saya di desa",
            // seventh batch (helper, 2026-12-02): written before any run
            "tadi ada orang nelpon saya ngaku dari dinsos, penipuan ga?",
            "petugas nya udah nelpon saya kemarin",
            "orang dinas sosial bilang harus ke kecamatan dulu",
            "anak saya mau jadi petugas damkar, pendaftarannya kapan",
            "ada admin pajak yg ngaku2 minta transfer, hati2",
            "ada orang gk di kantor disdukcapil hari sabtu?", "ada orangnya sih, tapi cuma satu yg jaga posko",
            // batch O (after its measurement): "dmn min" asks where, "min" addresses the admin
            "cek nya dmn min?", "daftarnya di mana min",
            // left: 'konsultasi ke bagian' read as a request
            // "mau konsultasi ke bagian gizi puskesmas, jadwalnya kapan",
            // left: 'langsung ke dinas' read as a request
            // "hubungi pihak sekolah dulu atau langsung ke dinas pendidikan?",
            "cara menghubungi pihak bpjs kalau kartu hilang",
            // eighth batch (lead, 2026-12-02): the new verbs must not read a direction as a request
            "cara menghubungi pihak bpjs gimana",
            "warga diarahkan ke posko terdekat oleh petugas",
            "pengungsi diarahkan ke gor sangkara, petugasnya ramah",
            "bisa telpon 112 ga kalau pulsa habis",
            "anak saya mau ketemu orang tuanya di pengungsian lain",
            "pacar saya jadi operator alat berat di dinas pu, gajinya berapa"})
    void mereMentionsOfOfficersAreNotRequests(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    @Test
    void emptyMessagesAreNeutral() {
        Classification c = classifier.classify("");
        assertThat(c.sentiment()).isEqualTo(Sentiment.NETRAL);
        assertThat(c.emergency()).isFalse();
        assertThat(classifier.classify(null).sentiment()).isEqualTo(Sentiment.NETRAL);
    }

    @Test
    void confidenceIsAProbability() {
        for (String text : new String[]{"makasih", "apa", "goblok", "lama banget", "🙏"}) {
            assertThat(classifier.classify(text).confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void labelsFollowTheContract() {
        assertThat(Sentiment.BERPOTENSI_NEGATIF.label()).isEqualTo("berpotensi_negatif");
        assertThat(Sentiment.fromLabel("berpotensi negatif")).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
    }

    @Test
    void askingHowToReportAMissingPersonIsNoEmergencyButAPleaStillIs() {
        // how to report, in any word form or chat spelling: the citizen asks for the procedure
        assertThat(classifier.classify("crnya melaporkan saudara yg blm ketemu stlh banjir gmana").emergency()).isFalse();
        assertThat(classifier.classify("caranya lapor tetangga hilang waktu banjir ke mana ya").emergency()).isFalse();
        // a plea about someone in danger now stays an emergency even when it asks how to report
        assertThat(classifier.classify("tolong adik saya kebawa arus sekarang, cara lapor ke tim sar gimana").emergency())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jadwal wawancara beasiswa kapan", "tahap wawancara prakerja gimana"})
    void anInterviewThatIsAStepOfAServiceIsNoRequestForAPerson(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    /** A report nobody acted on needs a person (seventeenth session: choices of unrelated entries). */
    @ParameterizedTest
    @ValueSource(strings = {
            "I've reported the burst water pipe on Jalan Merdeka three times through this bot and nobody has come",
            "sampe skrg blm ada yg dateng, cuma dibales \"laporan diterima\" doang. ini laporannya dibaca gk sih?",
            "udah lapor ke kelurahan 2 minggu lalu tapi belum ada yang datang ngecek rumah saya yang rusak"})
    void aReportNobodyActedOnAsksForAPerson(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mau lapor jalan rusak, belum ada yang benerin dari kemarin",
            "sy udh lapor lewat sini kemarin soal pohon tumbang nutup jalan di RT 2 Kel Cempaka",
            "I reported it last week, is there an update on the road repair?",
            "internet putus dr pagi, udh lapor provider tp blm dtg teknisinya"})
    void aReportAboutToBeMadeOrMadeToACompanyDoesNot(String text) {
        assertThat(classifier.classify(text).wantsHuman()).as(text).isFalse();
    }

    /** Despair in English (held-out batch D after its measurement: a foreign teacher's distress got choices). */
    @Test
    void feelingLostAndNotKnowingWhoToTurnToIsNegatif() {
        assertThat(classifier.classify("My visa expires in two weeks. I feel completely lost and alone and I don't know "
                + "who to turn to.").sentiment()).isEqualTo(Sentiment.NEGATIF);
        assertThat(classifier.classify("I don't know who to turn to about my visa extension, which office?").sentiment())
                .isNotEqualTo(Sentiment.NEGATIF);
    }

    /** Blame told as a question or a taunt (batch E of the eighteenth session, in-sample): a person at HIGH, not choices. */
    @ParameterizedTest
    @ValueSource(strings = {
            "antri lpg 3kg dr jam 6 pagi smp jam 11 gk dapet jg. pemerintah kemana aja sih?? rakyat kecil disuruh masak pake apa",
            "makasih ya pemkot, jalan Soka depan pasar induk udh 3 bulan bolong kayak kolam lele. mantap bgt pelayanannya 👏👏👏 tunggu ada yg mati dulu kali ya baru dibenerin",
            "spbu di jl. Ahmad Yani pertalite kosong terus tp pertamax ada. sengaja ya biar rakyat beli yg mahal? kebijakan macam apa ini",
            "aye udeh ngantri bansos dari subuh, kagak dapet juga. petugasnye malah asik maen hp sambil ketawa2"})
    void blameAsAQuestionOrATauntIsNegatif(String text) {
        assertThat(classifier.classify(text).sentiment()).as(text).isEqualTo(Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bantuan beras dari pemerintah disalurkan ke mana saja bulan ini?",
            "ke mana saja pemerintah menyalurkan bantuan beras?", "main hp di perpustakaan daerah boleh gak?",
            "stok lpg 3kg di pangkalan kecamatan barat ada info?"})
    void askingWhereAidGoesOrWhatIsAllowedIsNot(String text) {
        assertThat(classifier.classify(text).sentiment()).as(text).isNotEqualTo(Sentiment.NEGATIF);
    }

    /** Batch F of the eighteenth session, after its measurement (in-sample). */
    @ParameterizedTest
    @ValueSource(strings = {
            "I lost my passport and wallet during the festival. I don't know anyone here. I feel like I'm completely falling apart.",
            "kapan jalan depan rumah sy diaspal, nunggu ada yg celaka dulu baru diurus?"})
    void fallingApartAndATauntOfHarmToComeAreNegatif(String text) {
        assertThat(classifier.classify(text).sentiment()).as(text).isEqualTo(Sentiment.NEGATIF);
    }

    /** Batch K of the twentieth session (in-sample): not able to bear it any more; fear one cannot stop. */
    @ParameterizedTest
    @ValueSource(strings = {
            "sy ditinggal suami pas lg hamil, skrg anak blm bisa daftar sekolah krn gk ada akta. sy udh gk kuat mas, malu sama tetangga",
            "I live alone here and the rain plus all these dam rumours are making me panic. I know it's probably a hoax but I can't stop shaking.",
            "aku udah gak sanggup lagi", "sejak banjir sy gk bisa berhenti nangis"})
    void notBearingItAnyMoreAndFearThatWillNotStopAreDistress(String text) {
        Classification reading = classifier.classify(text);
        assertThat(reading.sentiment()).as(text).isEqualTo(Sentiment.NEGATIF);
        assertThat(reading.distress()).as(text + " " + reading.signals()).isTrue();
    }

    /** Their neighbours: a queue too long to bear, a fine too high to pay, a question about shaking ground. */
    @ParameterizedTest
    @ValueSource(strings = {"sy gk kuat antre lama2 min", "saya tidak kuat bayar dendanya, bisa dicicil?",
            "rumah sy kuat gk kalau gempa?", "tadi tanahnya bergetar, gempa ya?"})
    void aQueueAFineOrAQuestionAreNoDistress(String text) {
        assertThat(classifier.classify(text).distress()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the old bridge near the market is falling apart, is it safe to cross?",
            "tunggu ada pengumuman dulu ya min baru daftar?"})
    void aThingFallingApartOrWaitingForAnAnnouncementIsNot(String text) {
        assertThat(classifier.classify(text).sentiment()).as(text).isNotEqualTo(Sentiment.NEGATIF);
    }
}
