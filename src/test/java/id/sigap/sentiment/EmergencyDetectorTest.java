package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emergencies of the fourth sweep (docs/sentiment.md, "Owners, teenagers, slang"): a person named only as the owner of a
 * lost thing is no emergency; a teenager (13-17) not back with danger about is; emergencies in slang, Javanese-flavoured
 * Indonesian and English.
 */
class EmergencyDetectorTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "jaringan internet di desa kami hilang sejak pagi, kapan normal?",
            "ktp ibu saya hilang di pasar, urus ulangnya di mana",
            "nama istri saya hilang dari data penerima pkh",
            "motor kami hilang terbawa banjir, bisa klaim ke mana?",
            "air di kompleks kami hilang dari subuh",
            "listrik di gang kami mati terus tiap malam, tolong diperbaiki",
            "kalau ada yang tenggelam di waduk, lapornya ke nomor berapa? buat jaga-jaga",
            "semalam ada yang tenggelam di sungai tapi sudah ditemukan, sekarang aman?",
            "anak saya 16 tahun mau ikut les renang, ada kolam umum?",
            "apakah benar bendungan di hulu retak? banyak yang share",
            "tanggul yang jebol tahun lalu kapan diperbaiki?",
            "is there a free labour ward at the provincial hospital?",
            "dia belum pulang kerja, kantor tutup jam berapa ya",
            "sudah 2 hari belum balik modal, pasar sepi",
            "istri saya mau melahirkan bulan depan, bpjs nanggung tidak?",
            "biaya melahirkan di puskesmas berapa ya",
            "syarat akta kelahiran untuk bayi yang baru lahir"})
    void aLossOfAThingOrAHypotheticalIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "putra saya umur 15 main di pantai, ombaknya besar, dia belum balik",
            "keponakan saya 16 thn berangkat mancing ke laut kemarin, belum pulang",
            "my daughter is 13 and has not come home since the storm, we cannot reach her",
            "ada siswi dibawa pergi orang tidak dikenal pakai mobil hitam",
            "ada yg kelelep di sungai belakang sekolah",
            "temen saya jatoh ke jurang waktu hiking",
            "kakek sesek napas, bibirnya membiru",
            "ada omah kobong, isih ono wong nang njero",
            "help, we are stuck in the attic and the water keeps rising",
            "fire next door and my grandpa cannot get out",
            "bendungan embung desa bocor, air merembes ke sawah makin deras",
            "tanggul kali dekat rumah mulai retak, tolong dicek sekarang",
            "my sister is in labour and the bridge is under water",
            "her waters broke and we cannot get a car out of the village",
            "hp ayah saya mati, beliau belum pulang dari sawah sejak air naik",
            "ponsel anak saya tidak aktif, sudah 3 hari tidak pulang dari mendaki gunung",
            "adik saya mau lahiran tapi bidan tidak bisa datang karena banjir",
            "menantu saya melahirkan di posko, bayinya belum menangis, tolong",
            "istri mau melahirkan sekarang, bpjs ada tapi ambulans tidak bisa masuk"})
    void aTeenagerInDangerOrAnEmergencyInSlangOrEnglishIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @Test
    void aTeenagersAgeIsItsOwnToken() {
        Lexicon lexicon = Lexicon.load();
        TextNormaliser normaliser = new TextNormaliser(lexicon.slang(), lexicon::knows);
        assertThat(EmergencyDetector.withAges(normaliser.normalise("anak saya umur 14 belum pulang")))
                .contains(EmergencyDetector.MINOR_AGE);
        assertThat(EmergencyDetector.withAges(normaliser.normalise("sudah 14 tahun tinggal di sini")))
                .doesNotContain(EmergencyDetector.MINOR_AGE);
        assertThat(EmergencyDetector.withAges(normaliser.normalise("adik saya umur 9")))
                .contains(EmergencyDetector.VULNERABLE_AGE);
    }

    @Test
    void anAdultLateWithoutDangerStaysNoEmergencyAndATeenagerWithoutDangerToo() {
        assertThat(classifier.classify("suami saya belum pulang kerja, macet ya?").emergency()).isFalse();
        assertThat(classifier.classify("anak sulung saya umur 17 belum pulang les, biasanya jam 5").emergency()).isTrue();
        assertThat(classifier.classify("sepupu saya umur 17 belum pulang les, biasanya jam 5").emergency()).isFalse();
    }

    @Test
    void aKinWordWithKuIsTheWritersOwnEmergency() {
        Classification reading = classifier.classify("adikku hilang di keramaian alun-alun");
        assertThat(reading.emergency()).isTrue();
        assertThat(reading.sentiment()).as(reading.signals().toString()).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong", "tolong!!!", "tolongg", "help", "help me!", "darurat", "tolong dong", "sos"})
    void aCryForHelpAndNothingElseIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"suami sy marah2 terus mukul sy", "istri sy selingkuh dan ngancem bunuh sy",
            "my husband is angry and hits me", "he threatened to kill us"})
    void violenceAtHomeInEverydayWordsIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak mukul kentongan tanda banjir", "hit me up kalau ada info", "the flood hit my village hard"})
    void hittingSomethingOrAFloodHittingAPlaceIsNoViolence(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong min", "tolong info posko", "tolong diperbaiki", "darurat min", "help desk disdukcapil"})
    void aPleaWordOpeningARequestIsNoCryForHelp(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gedung sekolah ambruk, masih ada guru di dalam",
            "rumah pak rt runtuh kena longsor, anaknya tertimbun",
            "warung sebelah roboh, pemiliknya belum bisa keluar"})
    void aCollapseWithPeopleInsideAcrossACommaIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pagar sekolah roboh, orang tua murid minta segera diganti",
            "katanya tanggul di hilir bakal jebol besok pagi, benar tidak?",
            "denger denger waduk mau jebol, perlu siap siap ngungsi ga?",
            "bebek ternak kami terkurung di kandang yang kebanjiran, siapa yang bisa bantu?",
            "burung peliharaan saya terjebak di rumah yang terendam, bisa diambilkan?"})
    void aCollapseWithNoOneInsideHearsayAskedAboutOrAnAnimalAloneIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "katanya tanggul jebol, air sudah sedada di rumah kami",
            "kami terjebak di loteng bersama anjing kami, tolong",
            "adik saya nekat masuk rumah yang kebanjiran cari kucingnya, sekarang terjebak"})
    void hearsayOrAnAnimalWithPeopleInDangerStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** A helper's attacks on the first version of the hearsay and animal guards, which dismissed every one of these. */
    @ParameterizedTest
    @ValueSource(strings = {
            "anak sy kejang2 panas tinggi, katanya harus dibawa ke igd tp ga ada motor gmn ini",
            "ayah sy pingsan ga sadar di kamar mandi, katanya ambulan penuh semua",
            "kami terjebak di lantai 2 rumah, infonya perahu karet ga bisa masuk gang kami",
            "tolong saya terjebak di atap, katanya basarnas udah berangkat, kapan nyampe??",
            "denger denger tanggul jebol, rumah kami di bawah tanggul, ibu sama bayi ga bisa keluar",
            "kucing sama mertua terjebak di loteng, airnya tinggi gimana ini",
            "paman terjebak di kandang sapi pas banjir, ga bisa keluar",
            "mereka terjebak di atap bareng ternak, ga bisa turun"})
    void hearsayOrAnAnimalBesideAPersonInDangerIsNoRumourAndNoPet(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** The same helper's attacks on the first version of the collapse rule across a comma, which flagged these. */
    @ParameterizedTest
    @ValueSource(strings = {
            "rumah kosong di ujung gang roboh, untung ga ada orang di dalam",
            "gudang beras roboh, ada stok beras di dalam, bisa diganti pemda",
            "atap teras ambruk, motor masih di dalam garasi",
            "jembatan gantung roboh, dana perbaikannya belum keluar",
            "tenda pengungsian roboh kena angin, barang2 ada yang di dalam basah"})
    void aCollapseWithThingsInsideOrNoOneInsideIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Found in the tenth session: a rumour word dismissed each of these, though the writer's own people are in danger. */
    @ParameterizedTest
    @ValueSource(strings = {
            "there is a rumor the dam broke, my family is trapped on the roof",
            "ada isu tanggul jebol, keluarga saya terjebak di atap",
            "rumor says the levee broke, my kids are stuck upstairs and water is rising",
            "apa benar jembatan putus? suami saya terjebak di mobil di tengah banjir",
            "is the rumor about the dam true? we are trapped on the second floor",
            "apa benar isu tanggul jebol? kami sekeluarga gak bisa keluar rumah"})
    void aRumourWordBesideTheWritersOwnPeopleInDangerIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "viral video orang hanyut di sungai cikapundung, benarkah?",
            "apa benar ada korban tewas di banjir kemarin?",
            "is the rumor true that people drowned at the shelter?",
            "beredar kabar ada warga terjebak di desa sukamaju, apakah benar?",
            "is it true the dam broke last night? my friend shared it on whatsapp",
            "saya dengar isu tanggul jebol, apa benar?",
            "hoaks atau bukan, katanya tanggul citarum jebol dan ada yang hanyut"})
    void aRumourAskedAboutWithNoOneOfTheWritersOwnInDangerIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Found in the tenth batch: a bracket split the child from "ilang", and "4th" was no age. */
    @Test
    void aChildsAgeRightAfterTheKinWordIsAChildsAge() {
        Classification reading = classifier.classify(
                "anak sy (4th) ilang dr td sore di pengungsian, udh dicari kmn2 gak ketemu, deket situ ada kali yg arusnya deres bgt");
        assertThat(reading.emergency()).as(reading.signals().toString()).isTrue();
        assertThat(classifier.classify("anak saya 3 tahun tidak sekolah karena biaya").emergency()).isFalse();
    }

    /** A helper's attacks on the tenth session's rules (the first version got these wrong) and the eleventh batch. */
    @ParameterizedTest
    @ValueSource(strings = {
            "rumor says people are still trapped in Kampung Melayu, is that true? I'm a journalist asking for my article",
            "urgent: apa benar isu tanggul jebol? mohon klarifikasi asap biar warga kami ga panik",
            "beredar kabar rumah saya roboh dan kami terjebak, itu hoaks ya, kami semua sehat di pengungsian",
            "anak sy 2 th ini kuliah di luar kota, belum pulang krn jalan putus, ada info jalur alternatif?",
            "adik saya 5 thn kerja di Jakarta, belum pulang sejak lebaran, rumahnya kena banjir gak ya",
            "perahu sm jaring sy hancur dihantam banjir bandang di muara. nelayan kecil pak, gak bisa melaut. bantuannya ada gak",
            "GOBLOK SEMUA!!! DRAINASE GAK PERNAH DIBERSIHIN TIAP TAHUN BANJIR, DUIT PAJAK KMN??? GW MAU KOMPLAIN",
            "minggu lalu pas banjir bandang sy sempet kejebak di atap 6 jam, alhamdulillah selamat. skrg mau tanya, evakuasinya kok lama bgt ya?",
            "kalo nanti banjir lagi malem2 dan air naik cepet, yg pertama hrs dilakuin apa? trs sirine peringatan dini bunyinya kyk gimana?",
            "ibu sy meninggal pas banjir kmrn, udh dimakamkan tp sy gak punya akta kematian buat ngurus apa2. sy sendirian skrg ngurus adek2"})
    void aDeniedRumourADurationADamageReportAPastRescueOrAPreparednessQuestionIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "permisi mau tanya aja. nenek sy umur 80 masih di lantai 2 rumahnya, air udh sampe tangga atas. beliau gak bisa jalan",
            "my son is 6, he's been missing since the evacuation this morning",
            "ponakan sy 3thn kepisah dr kami waktu dievakuasi pake perahu, skrg blm ketemu"})
    void waterUpTheStairsWithAnElderOrAChildMissingInEnglishOrSlangIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ibu saya sudah meninggal dan sertifikat rumah masih atas nama beliau, cara balik nama gimana?",
            "suami saya meninggal bulan lalu, rekening tabungannya masih aktif, bisa dicairkan ahli waris?",
            "Adik saya jadi korban longsor tahun 2021 dan sampai sekarang jasadnya tidak ditemukan. Bagaimana mengurus akta kematiannya?",
            "rumah kami terbakar tahun 2020, semua berkas hangus. sekarang mau urus ulang ijazah dari mana?",
            "beberapa waktu lalu motor saya kecelakaan dan platnya bengkok, bisa diganti sekarang?",
            "berita tentang korban tewas longsor kemarin sudah ada data resminya?",
            "warga yang terjebak kemarin sudah dievakuasi semua, posko masih menerima sumbangan baju?",
            "kami sudah pulang dari pengungsian, butuh bantuan bersih-bersih rumah dari lumpur"})
    void aDeathOrAnAccidentLongAgoAskedAboutForItsPapersIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tolong bapak saya meninggal di sawah, ktp nya di rumah, kami harus gimana",
            "ayah saya barusan meninggal tersengat, stnk motornya masih di tkp",
            "ada yang meninggal di jalan depan kantor pajak!! belum ada polisi",
            "anak saya hilang 20 menit lalu di dekat sungai, tolong cari sekarang",
            "kecelakaan beruntun 2 hari lalu, korban masih terjepit sampai sekarang",
            "bayi saya keselek mainan, mukanya mulai biru, harus gimana??",
            "kakek tersedak makanan di acara, tidak bisa bicara",
            "kayak banjir tahun lalu, air udah sepinggang di rumah dan anak-anak di lantai atas",
            "kecelakaan 3 hari lalu, lukanya berdarah lagi dan dia tidak sadar, minta ambulans ke rumah"})
    void aDeathOrAnAccidentHappeningNowOrPleadedAboutStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    /** Regional words of danger (slang.tsv, fifteenth session): Javanese, Sundanese and Minang reports read as such. */
    @ParameterizedTest
    @ValueSource(strings = {
            "tulungi, mbah semaput neng pawon, ora obah blas",
            "budak abdi tikecebur ka walungan, kabawa palid, tulungan",
            "apak ambo jatuah dari atok, badarah kapalonyo, indak bagarak",
            "imah urang katinggang tangkal, aya nu katindihan",
            "omah pakdhe metu haseup akeh, simbah isih ning njero",
            "bapak dicakot ula neng sawah, sikile abuh"})
    void aReportInARegionalLanguageIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bocah-bocah dolanan banyu neng latar, seneng banget",
            "kumaha carana ngadaptar bantuan pikeun korban caah taun kamari",
            "ambo ka pasa, indak ado apo-apo, tarimo kasih",
            "mas, arep takon ngurus akta kematian simbah sing seda merga kecelakaan wingi",
            "rumah gadang kami rancak bana, datanglah ka kampuang"})
    void aRegionalMessageWithNoOneInDangerIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Aid asked for a fire's victims is a question about aid (fifteenth session); a plea or a fire going on is not. */
    @ParameterizedTest
    @ValueSource(strings = {
            "bantuan buat korban kebakaran pasar kapan cair",
            "min mau nanya santunan korban kebakaran kemaren kapan dibagikan?"})
    void aidAskedForTheVictimsOfAFireIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tolong bantuan buat korban kebakaran, masih ada yang di dalam",
            "butuh bantuan segera, korban kebakaran di gang 3 apinya masih besar, kapan damkar datang",
            "api makin besar di pasar, bantuan untuk korban kapan datang",
            "kebakaran di pasar sekarang, bantuan buat korban kapan datang?"})
    void aFireWithAPleaOrStillBurningStaysAnEmergencyBesideAid(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Schoolwork about floods (sixteenth session: the emergency reply); danger beside it stays an emergency. */
    @ParameterizedTest
    @ValueSource(strings = {
            "tolong bantu pr anak sy dong: sebutkan 5 penyebab banjir dan cara mencegahnya",
            "tolong jelaskan ke anak saya kenapa banjir bisa terjadi, buat tugas makalah"})
    void schoolworkAboutFloodsIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tolong anak sy lg ngerjain pr di lantai 2, air udh sampai tangga",
            "tolong!! anak saya kebawa arus pas pulang ngerjain pr",
            "tolong jelaskan gmn evakuasi anak sy, air masih naik terus",
            "tolong bantu anak saya terjebak di rumah, pr nya ketinggalan gpp"})
    void dangerBesideSchoolworkStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** A fire or an explosion in English (seventeenth session: only the learnt model's possible emergency). */
    @ParameterizedTest
    @ValueSource(strings = {
            "Fire at the evacuation shelter in GOR Pesisir, a generator just exploded near the kitchen. Please send firefighters now.",
            "there is a fire in the market near my house, please send firefighters",
            "the gas cylinder just exploded in our kitchen, my mother is burnt",
            "we smell gas all over the building and people are still inside"})
    void aFireOrAnExplosionInEnglishIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "if there's ever a fire in my apartment, what number should I call here in Indonesia? just moved in",
            "what if a gas cylinder explosion happens at the shelter", "Thanks to the firefighters who came yesterday",
            "how do I get a fire extinguisher for my shop"})
    void aFireSupposedOrThankedIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** A death only in the records (seventeenth session: the emergency reply and condolences); a death now still is. */
    @ParameterizedTest
    @ValueSource(strings = {
            "ada data korban yg salah di rilis kemarin, nama bapak sy ditulis meninggal padahal masih hidup di pengungsian",
            "ibu saya tercatat meninggal di daftar korban, padahal beliau sehat"})
    void aDeathOnlyInTheRecordsIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2 orang dinyatakan meninggal, masih ada yang terjebak di reruntuhan, tolong",
            "bapak saya barusan meninggal tersengat listrik, masih ada kabel menyala di air"})
    void aDeathWithDangerStillThereStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** The SOS emoji alone is the word "sos" alone, a cry for help (seventeenth session: a plain staff ticket). */
    @ParameterizedTest
    @ValueSource(strings = {"🆘", "🆘🆘🆘", "🆘 tolong"})
    void theSosEmojiIsACryForHelp(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Passive thoughts of not being there (seventeenth session, held-out batch D: the out-of-scope reply). */
    @ParameterizedTest
    @ValueSource(strings = {
            "utang pinjol dia atas nama saya 40 juta, malu keluar rumah. kadang kepikiran lebih baik saya ga ada aja",
            "lebih baik saya ga usah ada di dunia ini", "I think everyone would be better off without me",
            "mending saya gak ada aja deh daripada ngerepotin", "kepikiran buat mengakhiri semuanya"})
    void thinkingOfNotBeingThereIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Asking what one still lives for, after a loss of yesterday (eighteenth session, batch E), and severe dehydration. */
    @ParameterizedTest
    @ValueSource(strings = {
            "sy udh gk kuat lg. rumah kebanjiran semua barang ilang, anak sy yg kecil meninggal kmrn krn diare, suami gk kerja. buat apa sy hidup lg",
            "ngapain aku masih hidup kalau semua udah pergi", "what's the point of living anymore",
            "bapak sy diare terus dr subuh udh lemes bgt gk bisa bangun, bibirnya kering, ngomongnya ngelantur",
            "ibu muntah2 dari pagi skrg linglung ga bisa diajak ngomong",
            "gk lolos PPPK lagi padahal udh honorer 11 thn. istri udh capek nunggu. kayaknya hidup sy emang gk ada gunanya",
            "lapak sy dibongkar, utang numpuk. tiap malem gk bisa tidur, kepikiran mending sy gk usah bangun lg aja"})
    void askingWhatOneLivesForAndDehydrationWithConfusionAreEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Held-out batch G of the eighteenth session, after its measurement (in-sample from here). */
    @ParameterizedTest
    @ValueSource(strings = {"bau gas kenceng bgt di rumah, tabung gas kemarin kerendem",
            "udh gk kuat min. 2 minggu tidur di lantai posko, suami di phk, utang numpuk. kadang kepikiran mending kmrn ikut kebawa arus aja",
            "kadang aku mikir lebih baik aku ikut tenggelam aja kemarin"})
    void aGasSmellNowAndWishingOneHadBeenSweptAwayTooAreEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kemarin bau gas di dapur umum posko, tadi udh dicek petugas pertamina katanya aman",
            "pengen ikut terbawa suasana festival tapi hujan terus", "lebih baik saya ikut mengungsi ke gor atau ke rumah saudara?"})
    void aGasSmellOfYesterdayAMoodAndEvacuatingAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Batch H of the nineteenth session (in-sample): an urge to rage and property burnt out are no emergency. */
    @ParameterizedTest
    @ValueSource(strings = {"geus saminggu cai teu ngocor di Cibeureum, ari pamarentah teh kamana wae? hayang ngamuk aing",
            "air mati seminggu, pengen ngamuk rasanya", "kebun karet sy habis terbakar semua, 10 thn sy rawat dari bibit",
            "warung sy ludes terbakar minggu kemarin, ada bantuan modal?"})
    void anUrgeToRageAndPropertyBurntOutAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Batch I (in-sample): "urgent" about papers names no danger; a real plea beside papers stays (below). */
    @ParameterizedTest
    @ValueSource(strings = {"pliss urgent soal data KK sy yg salah nama", "darurat min, ktp sy hilang besok mau dipakai"})
    void anUrgentMatterOfPapersIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Batch J, after its measurement (in-sample): papers lost to a market fire that is over. */
    @ParameterizedTest
    @ValueSource(strings = {"bang, kalo ktp aye ilang pas kebakaran pasar, ngurus ulangnya kudu pake surat kehilangan dr polisi kagak?",
            "Horas lae, mau tanya, kartu keluarga anakku ikut terbakar di kios pasar induk, bisa dicetak ulang di capil gratis nya itu?"})
    void papersLostToAFireThatIsOverAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Batch K of the twentieth session (in-sample): a loss long over told as grief; a collapse named as a known event. */
    @ParameterizedTest
    @ValueSource(strings = {"tahun lalu anak sy meninggal kecelakaan di tol sangkara-lembah pas hujan deres. skrg tiap ada berita tol ditutup sy keinget terus, gk bisa tidur",
            "suami sy meninggal kecelakaan 2 tahun yang lalu, skrg sy sendirian ngurus anak2",
            "kenapa ya kontraktor tanggul yg jebol itu perusahaan punya adiknya pak wakil walikota? kebetulan aja kah? 🤔",
            "jembatan yg roboh tahun lalu kapan dibangun lagi?",
            // the held-out batch L after its measurement (in-sample)
            "sejak rumah kebakaran bulan lalu sy sama anak2 numpang di rumah saudara, tiap malem kebayang api terus, gk tau harus gmn",
            "our team is beating their rivals tonight, where can we watch?", "how do I stop my kid hitting the snooze button"})
    void aLossLongOverAndACollapseNamedAsAnEventAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** The attacks on those guards: a new injury beside an old one, a loss today, the named dike breaking again. */
    @ParameterizedTest
    @ValueSource(strings = {"kecelakaan tahun lalu, sekarang kaki sy berdarah lagi gk berhenti",
            "bulan lalu bapak sy kecelakaan, barusan jatuh lagi pingsan",
            "tadi pagi tetangga kecelakaan, meninggal di tempat, tahun lalu anaknya juga!!",
            "tanggul yg jebol itu airnya masuk rumah sy, ada nenek di dalam!!",
            "tanggul yg jebol kemarin makin lebar, air makin naik ke kampung kami tolong",
            "jembatan yg roboh itu ada orang ketimpa, tolong",
            "Help, my neighbour is beating his wife right now, I can hear her screaming. Kampung Baru block C. Who do I call?",
            "a man is stabbing a woman outside the mosque", "kebakaran bulan lalu di gudang, sekarang apinya nyala lagi, masih ada orang di dalam"})
    void aNewInjuryALossTodayOrTheDikeBreakingAgainStayEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Batch N of the twenty-first session (in-sample): a fire named as a case; a symptom told as mild. */
    @ParameterizedTest
    @ValueSource(strings = {"kepala dinas lingkungan hidup punya lahan sawit di kab pesisir kan? pantes kebakaran ga pernah diusut tuntas, sama2 tau lah",
            "siapa pelaku pembakaran lahan di lembah itu?", "kasus kebakaran pasar tahun ini kok ga ada tersangkanya",
            "posko kesehatan buat warga yg kena asap ada di mana aja? nenek sy sesak dikit tp ga parah, mau diperiksa aja",
            "ayah sy batuk sama sesak dikit, ga parah kok, cuma mau cek aja di puskesmas mana"})
    void aFireNamedAsACaseAndAMildSymptomAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** The attacks on those guards: the fire still burning, a plea, lips turning blue, a baby, "!!". */
    @ParameterizedTest
    @ValueSource(strings = {"kebakaran di pasar masih berkobar, pelakunya kabur, tolong!",
            "rumah tetangga kebakaran sekarang, katanya disengaja", "lahan dibakar pelaku tak dikenal, apinya merambat ke rumah warga",
            "anak sy sesak dikit tp ga parah, tapi bibirnya membiru", "bayi sy sesak tp ga parah kok, cuma mau cek",
            "nenek sy sesak napas, ga parah katanya tapi skrg pingsan", "ibu sy sesak, tolong, ga parah tapi makin berat!!",
            "capek bgt hidup gini terus, kebun sawit habis kebakar, utang numpuk di koperasi, ngapain lagi hidup"})
    void theFireStillBurningABlueLipOrABabyStayEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /**
     * Batch U of the twenty-third session (in-sample: a market fire): a fire told as over, its aftermath asked about or
     * complained of; and the dead still listed for aid.
     */
    @ParameterizedTest
    @ValueSource(strings = {"min pasar induk yg kebakaran semalem hari ini buka gk? sy mau belanja sayur",
            "kak anak sy sekolah di SD deket pasar induk, besok sekolahnya libur gk ya krn asap sisa kebakaran?",
            "petugas satpol pp kasar bgt ngusir pedagang yg jualan di trotoar depan pasar, padahal kiosnya udh kebakar mau jualan dmn lg",
            "min kmrn sy telp 112 pas kebakaran, damkar baru dateng sejam kemudian. kalo cepet gk bakal abis satu blok",
            "Permisi, saya mau tanya apakah ada posko pengaduan untuk pedagang korban kebakaran pasar?",
            "pagi min semangat ya ngurusin warga, pasti lg sibuk bgt abis kebakaran",
            "goblok bgt dinsos, data bansos amburadul, org yg udh meninggal 2 thn msh kedata, yg butuh malah gk dapet",
            "air pdam di perum griya asri mati 2 hari, apa krn kebakaran tpa? kapan nyala lg",
            "kebakaran tpa itu disengaja kan biar proyek pengolahan sampah yg baru cepet cair? jujur aja min"})
    void aFireToldAsOverAndTheDeadInTheAidRecordsAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Its attacks: the fire burning again or still, someone inside, a plea, "!!", a fire reported with no time. */
    @ParameterizedTest
    @ValueSource(strings = {"kebakaran lagi di pasar induk blok D, api nyala lg",
            "rumah tetangga kebakaran semalam dan sekarang apinya masih menyala",
            "tolong rumah yg kebakaran semalam ada anak kejebak",
            "kios yg terbakar kemarin sekarang berasap lagi, ada orang di dalam",
            "kios yg terbakar semalam masih berasap, ada bapak2 di dalam",
            "ada kebakaran di jl mawar", "kios sy udh kebakar!! tolong",
            "gudang yg kebakaran semalem belum padam sampai sekarang",
            "org yg meninggal masih kedata, eh barusan tetangga sy pingsan gk napas",
            "kebakaran gudang disengaja, apinya merambat cepet bgt tolong", "cepat tolong rumah kebakaran"})
    void theFireBurningAgainSomeoneInsideOrAPleaStayEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Batch T of the twenty-third session, after its measurement (in-sample): a house that fell, a count of the dead. */
    @ParameterizedTest
    @ValueSource(strings = {"kenape yg dpt terpal duluan cuma keluarga timses pak wali? tetangga gue nyang rumahnye ambruk kagak dapet ape2",
            "jumlah korban meninggal resminya brp sih?"})
    void aHouseThatFellAndACountOfTheDeadAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Its attacks: a person who collapses (Betawi too), a count beside someone still buried. */
    @ParameterizedTest
    @ValueSource(strings = {"tetangga sy ambruk di depan rumah gk sadar", "anaknye pingsan di tenda, kagak bangun2",
            "jumlah korban terus nambah, tolong masih ada yg tertimbun di gang 3",
            "rumah tetangga ambruk, ada nenek di dalam!!"})
    void aPersonWhoCollapsesOrSomeoneStillBuriedStayEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Batch V of the twenty-third session, after its measurement (in-sample): a driver inside a car swept by a lahar. */
    @ParameterizedTest
    @ValueSource(strings = {"maaf ganggu min, td sy liat mobil pickup keseret lahar di jembatan dkt desa sumberan, sopirnya kyknya msh di dlm, skrg msh nyangkut",
            "rumah retak, nenek masih di dalam", "tembok retak, anak sy di dalam gk bisa keluar"})
    void aDriverInsideACarSweptByALaharIsAnEmergency(String message) {
        // and its attacks below: someone inside a cracked house stays one ("rumah retak, nenek masih di dalam")
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Its attacks: the rider already out, papers in a bag the flood took, the fear of sleeping inside a cracked house. */
    @ParameterizedTest
    @ValueSource(strings = {"motor sy keseret lahar kemarin, untung sy udh di luar, mau tanya ada ganti rugi gk",
            "ktp sy ada di dlm tas yg keseret banjir",
            "min posko pengungsian di kel tanjung sari dmn ya? rumah sy retak2 takut tidur di dlm"})
    void aRiderAlreadyOutOrPapersInABagAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Batch O of the twenty-first session, after its measurement (in-sample): a fire remembered from long ago. */
    @ParameterizedTest
    @ValueSource(strings = {"sy takut bgt tiap mau taun baru, suara petasan bikin sy inget waktu rumah kami kebakar dulu. anak sy jg ikut nangis terus. udh 2 malem gk bisa tidur"})
    void aFireRememberedFromLongAgoIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Its attacks: a fire while someone was out a moment ago, still burning; heavy bleeding told in English. */
    @ParameterizedTest
    @ValueSource(strings = {"waktu sy ke warung dulu rumah kebakaran, anak sy masih di dalam",
            "pas sy keluar dulu dapur kebakaran sekarang apinya gede",
            "inget waktu rumah kebakaran dulu, sekarang kejadian lagi apinya makin gede!!",
            "help my friends hand got blown up by a firecracker theres so much blood and hes going pale. we're at the beach near the pier which hospital is open now",
            "so much blood, my son cut his leg on glass"})
    void aFireNowOrHeavyBleedingStayEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the photo was blown up on the billboard", "we lost a lot of blood donors this year, is there a drive?"})
    void anEnlargedPhotoOrABloodDriveIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** The attacks on those guards: someone amok, someone inside or hurt, a fire still burning, papers in danger. */
    @ParameterizedTest
    @ValueSource(strings = {"ada orang ngamuk bawa golok di pasar", "tetangga ngamuk mukulin istrinya",
            "rumah sy habis terbakar semua, anak sy masih di dalam", "rumah tetangga ludes terbakar, ada korban terluka",
            "kebun sy habis terbakar, apinya merambat ke rumah warga!!",
            "darurat!! air udh sedada, ktp sama kk sy masih di dalam rumah, tolong",
            "kebakaran di gang sebelah, apinya makin besar, dokumen warga blm sempat diselamatkan",
            "rumah sy kebakaran, ktp sama kk masih di dalam, tolong"})
    void someoneAmokInsideHurtOrAFireSpreadingStayEmergencies(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"berita mahasiswa yg loncat dr gedung minggu lalu itu udah ada hasil penyelidikannya?",
            "temen sy pernah percobaan bunuh diri th lalu, skrg udh pulih dan rutin terapi. ada komunitas pendampingan sebaya?",
            "buat apa saya hidup sehat kalau bpjs nunggak terus", "anak sy diare kemarin, obatnya oralit dimana belinya?",
            "lampu jalan mati udh sebulan, udh lapor 2x gk ada yg dateng. nunggu ada yg dibegal dulu baru dibenerin?",
            "mending saya tidur dulu, besok bangun lagi jam 4 buat antri", "hidup sehat tanpa rokok, ada klinik berhenti merokok?"})
    void aSuicideInTheNewsAFriendsPastAttemptAndAMildIllnessAreNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lebih baik saya tidak ada di rumah pas petugas datang?",
            "saya kepikiran mau mati lampu jam berapa", "pengen hilang aja dari grup wa ini"})
    void notBeingHomeAnOutageOrLeavingAGroupIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** A stroke had long ago is no stroke now (held-out batch D after its measurement: the emergency reply). */
    @ParameterizedTest
    @ValueSource(strings = {"Bapak saya yang habis stroke sampe lemes nunggu di kursi plastik",
            "nenek saya riwayat stroke, jadwal kontrol di rsud kapan"})
    void aStrokeHadLongAgoIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak saya stroke barusan, mulutnya mencong", "ibu saya kena stroke tadi pagi, tolong ambulans",
            "bapak saya pasca stroke tiba tiba tidak bisa bicara dan tangannya lemas"})
    void aStrokeNowOrItsSignsStayAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Someone fallen into a well or a river, in English (batch Q: a staff ticket without the emergency reply). */
    @ParameterizedTest
    @ValueSource(strings = {"Urgent - a boy fell into an old well behind the school on Jl. Melati, we can hear him crying but can't reach him",
            "my friend fell into the river and we can't see him anymore", "grandpa slipped into the canal, help"})
    void someoneFallenIntoAWellOrARiverIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my phone fell into the river, can I get a new ID card?",
            "last year my son fell into a well but he is fine now, is there compensation?",
            "what should we do if someone fell into a well?"})
    void aThingFallenOrAFallSupposedOrOverIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** A symptom feared, not had (batch Q: a question about a vaccination got the emergency reply). */
    @ParameterizedTest
    @ValueSource(strings = {"anak sy kelas 2 SD, katanya minggu depan ada suntik campak di sekolah. aman gak sih? takut kejang kayak berita2 itu",
            "khawatir pingsan pas upacara, boleh izin?"})
    void aSymptomFearedIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy kejang2 dari tadi, sy takut bgt", "sy takut anak sy pingsan lagi, skrg udh ga bisa napas",
            "takut kejang min, anak sy demam tinggi skrg gimana ini!!", "anak saya kejang, takut kenapa2"})
    void aSymptomHadBesideFearStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** An accident of yesterday and the road asked about now (batch R: the emergency reply). */
    @ParameterizedTest
    @ValueSource(strings = {"bang kmrn ada kecelakaan bus di jalur lembah kan, jalannya skrg udh bisa dilewatin blm? mau mudik besok pagi"})
    void yesterdaysAccidentAndTheRoadNowIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kmrn ada kecelakaan bus, skrg korbannya masih kejepit belum dievakuasi",
            "kecelakaan bus kemarin, sekarang sopirnya pingsan lagi di rumah sakit tolong"})
    void yesterdaysAccidentWithDangerNowStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** A loss of yesterday not yet accepted is grief (batch S, read after its measurement: the emergency reply). */
    @ParameterizedTest
    @ValueSource(strings = {"bapak sy meninggal kmrn pas badai, sy msh blm bs terima. maaf min cuma pengen cerita aja",
            "ibu saya meninggal kemarin, saya masih belum percaya"})
    void aLossOfYesterdayNotYetAcceptedIsNot(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak sy meninggal kemarin pas banjir, jenazahnya masih belum bisa dievakuasi",
            "sy belum bisa terima, adik sy masih hilang terseret arus dari kemarin"})
    void aLossBesideSomethingStillGoingOnStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Batch A28 (held out): a live power line in water beside people, in English, got a normal staff ticket. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Live wire from the storm is lying in a puddle right where people are queuing for the tanker. Kids are near it NOW.",
            "a downed power line is in the flood water on our street",
            "there's a fallen cable sparking next to the children at the shelter"})
    void aLivePowerLineInWaterOrBesidePeopleIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Which number should I call to report an electricity pole leaning on a fence near the PDAM intake road? It's not sparking, just tilted.",
            "the cable is hanging low but not in the water, who do I call",
            "when will the power lines be fixed in my area?"})
    void aPowerLineOutOfHarmsWayIsAReport(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** Batch C28 (held out): foot-and-mouth disease told as a person's illness would be was an emergency. */
    @ParameterizedTest
    @ValueSource(strings = {
            "sapi sy mulutnya berbusa trs kukunya luka2 jalannya pincang, itu PMK bkn ya? trs lapor ke siapa",
            "kambing saya lemas gk mau makan dr kemarin, kenapa ya"})
    void aSickAnimalIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong anak sy mulutnya berbusa kejang2", "sapi sy ngamuk, bapak sy diseruduk skrg gk sadar",
            "tolong sapi sy mulutnya berbusa, anak sy jg kejang2"})
    void aPersonBesideTheAnimalIsStillAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    /** Batches D28 and E28 (read): in a fire or a poisoning every question names it; asked about, it is no emergency. */
    @ParameterizedTest
    @ValueSource(strings = {
            "mau tanya nomor pengaduan dampak kebakaran pabrik brp ya",
            "Apakah ada jadwal konferensi pers resmi dari Pemprov terkait kebakaran pabrik kimia hari ini?",
            "nomor posko pengaduan keracunan makanan sekolah brp ya",
            "min anak2 yg keracunan dirawat dmn aja?",
            "gejala keracunan makanan apa aja sih min? biar sy bs pantau anak sy di rumah",
            "bpjs anak sy gk aktif krn nunggak 4 bln, apa ttp bs dirawat gratis klo korban keracunan?",
            "kalo gk bs keluar rumah krn jaga ortu sakit bs dianter gk"})
    void theCrisisAskedAboutIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    /** The attacks: the same questions with danger now, a plea, a fire spreading, water at home. */
    @ParameterizedTest
    @ValueSource(strings = {
            "tolong anak sy keracunan makanan sekolah skrg kejang, nomor ambulans brp??",
            "kebakaran pabrik merembet ke rumah warga, nomor damkar brp?",
            "anak sy keracunan barusan muntah2 lemes gk sadar, rs mana yg terdekat",
            "anak sy keracunan makanan sekolah, rs mana yg terdekat?",
            "rumah sy kebakaran, nomor damkar brp?",
            "ada kebakaran di rt 03, nomor damkar brp?",
            "kami gk bs keluar rumah krn air udh sedada",
            "There are people stuck on the rocks near the harbour breakwater, the waves are getting bigger, who do I call??"})
    void withDangerNowItStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my car is stuck in traffic near the port, is the road closed?",
            "the file upload is stuck at 90 percent on the aid website"})
    void thingsStuckAreNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }
}
