package id.sigap.conversation;

import id.sigap.conversation.TurnFacts.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message is from its words alone, with the messages that would beat each guard. */
class MessageReadingTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "asdfghjkl", "qwerty", "?", "???", "...", "!!", "hahahaha", "wkwkwk",
            "jfkdlsajfkdls", "lkjhgf", "zzzzz", "sdfghj", "asdfjkl;; kkkkkkkk jhgf"})
    void keyboardMashPunctuationAndRepeatedLettersAreNoise(String text) {
        assertThat(KnowledgeAnswerer.read(text, SmallTalk.recognise(text).isPresent())).isEqualTo(Reading.NOISE);
    }

    /** Batch U of the twenty-third session (in-sample): a stray key beside a mash. Attacks: a letter with a word. */
    @ParameterizedTest
    @CsvSource({"'sdfghj kkkkk ;;;l', true", "'asdfgh j', true", "'p', false", "'a ktp', false", "'sim c', false",
            "'kk b', false", "'wkwkwk p', true", "'d ktp hilang', false"})
    void aStrayKeyBesideAMashIsPartOfIt(String text, boolean noise) {
        assertThat(Noise.is(text)).as(text).isEqualTo(noise);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qweqweqwe", "lolololol", "ghjk fdsa", "hmmm", "ehm", "hm"})
    void repeatedChunksRowRunsAndHesitationAreNoise(String text) {
        assertThat(Noise.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Stiker]", "[Stiker 🐸]", "[Sticker]", "[Foto]", "<Media tidak disertakan>",
            "<Media omitted>", "(voice note 0:14)", "[Pesan suara]", "[GIF]"})
    void aNonTextMessageDescribedInBracketsIsNoise(String text) {
        assertThat(KnowledgeAnswerer.read(text, SmallTalk.recognise(text).isPresent())).as(text).isEqualTo(Reading.NOISE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Foto] jalan berlubang depan SD 3, kapan diperbaiki?", "(foto terlampir) ktp saya rusak",
            "ktp sy [foto] rusak kena banjir", "video pendaftaran beasiswa ada dimana?"})
    void aDescriptionBesideAQuestionIsNoNoise(String text) {
        assertThat(Noise.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"cpns, FRAGMENT", "skck?, FRAGMENT", "umkm modal, FRAGMENT", "jadwal vaksin anjing, QUESTION"})
    void oneOrTwoWordsAreAFragmentThatRetrievalMustRecognise(String text, Reading reading) {
        assertThat(KnowledgeAnswerer.read(text, false)).isEqualTo(reading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skck", "ktp", "bpjs", "kk", "sim", "npwp", "pbb", "1", "2026", "posko", "banjir",
            "ktp hilang", "jl. sudirman", "PLN", "strkt", "salak", "kalah", "gajah", "flash flood"})
    void shortAbbreviationsWordsAndNumbersAreNotNoise(String text) {
        assertThat(Noise.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"terima kasih infonya sangat membantu", "makasih min", "mantap", "ok siap",
            "makasih banyak ya kak", "thanks min", "sip", "oke makasih", "terima kasih atas informasinya",
            "mantap min responnya cepat", "👍", "🙏", "apa kabar", "thank you so much", "good morning", "semangat ya min", "tetap semangat kak 💪"})
    void everydayThanksPraiseAndAcknowledgementsAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    /** The eleventh batch: 40 words of thanks and blessing got unrelated choices (the limit was 30 words). */
    @Test
    void aLongThanksWithABlessingIsSmallTalk() {
        String text = "Terima kasih banyak bapak ibu tim humas dan semua petugas di lapangan, kemarin keluarga kami dievakuasi "
                + "dgn cepat dan di posko dapat makan dan obat. Semoga Allah membalas semua kebaikan, diberi kesehatan dan "
                + "rezeki berlimpah. Aamiin 🙏🙏";
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
        assertThat(SmallTalk.recognise("Kami warga sangkara utara sudah menunggu lama sekali dan petugas datang terlambat, "
                + "anak anak kedinginan di tenda, air bersih kurang, terima kasih")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"matur nuwun sanget nggih", "nuhun teh", "suwun mas, sukses selalu",
            "wah mantap, cepat juga responnya", "alhamdulillah udah terjawab, makasih", "good work min",
            "semoga berkah, terima kasih", "thanks a lot admin", "makasih, gercep adminnya"})
    void thanksAndPraiseInEverydayJavaneseSundaneseAndChatWordingsAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"met sore mbak", "sugeng dalu mas", "wilujeng wengi teh", "makasih yah, membantu bgt buat kita",
            "nuwun deh kak", "trims buat timnya ya", "terima kasih untuk petugasnya, sehat selalu"})
    void colloquialTimesOfDayParticlesAndThanksForTheTeamAreSmallTalk(String text) {
        assertThat(KnowledgeAnswerer.read(text, SmallTalk.recognise(text).isPresent())).isEqualTo(Reading.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"oke siap, terima kasih banyak ya bu, sangat membantu sekali buat kami semua",
            "matur nuwun sanget nggih mas, semoga sehat selalu lancar terus", "thanks a lot for the info, really very helpful"})
    void longerThanksOfOnlySmallTalkWordsAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih, buat warga yang rumahnya rusak ada bantuan?", "malem min, posko terdekat mana",
            "deh, kok air belum dateng",
            // batch V58 (read): an apology for writing late goes with a greeting; with a question it is a question
            "maaf ganggu malam2, bpjs nunggak dendanya brp"})
    void thanksOrParticlesBesideATopicLeaveAQuestion(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomer dua", "pilihan ketiga aja", "the first one"})
    void aChoiceInWordsWithNoOfferOnIsNotSearched(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).isEqualTo(Reading.NOISE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"p", "P", "pp", "maaf ganggu malam2", "maaf mengganggu min, selamat pagi"})
    void aLonePAsTypedToHailSomeoneIsAGreeting(String text) {
        assertThat(SmallTalk.recognise(text)).contains(SmallTalk.Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"halo?? jawab", "woi jawab dong min", "min bales"})
    void aNudgeForAnAnswerCallsAndIsNotSearched(String text) {
        // batch J29 (read): "halo?? jawab" got the public-information entry at 0.91 from "jawab" alone
        assertThat(KnowledgeAnswerer.read(text, SmallTalk.recognise(text).isPresent())).isEqualTo(Reading.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min rekomendasi hp yg bagus buat ojol dong budget 2 jt"})
    void aRequestForAdviceNamingSomethingGoodIsNoPraise(String text) {
        assertThat(SmallTalk.recognise(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apakah ini robot?", "anda siapa?", "is this a bot?", "ini yg bales manusia?",
            "kamu chatbot ya", "are you a real person", "siapa yang ngetik ini", "halo, ini otomatis ya?",
            "km bot apa manusia betulan?", "anda mesin atau manusia beneran?", "are you real?", "is this a real person?",
            "ini orang?"})
    void questionsAboutTheBotItselfAreSmallTalkWithAnHonestReply(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.ABOUT_BOT);
    }

    @ParameterizedTest
    @CsvSource({"hai bot, GREETING", "makasih ya bot, THANKS", "oke sigap, ACKNOWLEDGED"})
    void namingTheBotInAGreetingOrThanksIsNoQuestionAboutIt(String text, SmallTalk.Kind kind) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ini apa", "siapa yang dapat bantuan", "apakah ini resmi?", "yang mana", "this is it",
            "robot pembersih got dipinjamkan?", "apa syarat kamu daftar", "bener ga sih bansos dihentikan",
            "ini beneran?", "ini bener ga?", "kamu beneran?", "Is this real?", "is this real"})
    void questionWordsOrABotWordBesideATopicAreNoQuestionAboutTheBot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"okay thank you", "cheers", "got it, thanks!", "perfect, appreciate it", "good evening",
            "ok thx", "many thanks all", "that was quick, thank you", "thanks, it was very clear"})
    void smallTalkOfEnglishWordsOnlyIsAnsweredInEnglish(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
        assertThat(SmallTalk.english(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "hello", "hi", "thx min", "makasih, thanks", "oke noted", "sip thanks kak"})
    void smallTalkWithAnIndonesianWordOrOnlyAWordBothLanguagesUseIsNotTakenForEnglish(String text) {
        assertThat(SmallTalk.english(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"oke min, jelas sekarang", "siap, sudah beres semua", "ngerti kak, makasih",
            "thanks for helping", "thank you for your support", "many thanks for your kind help",
            "hatur nuhun, semoga lekas pulih", "suwun, semoga airnya cepat reda ya", "salut buat tim sigap",
            "great work team, keep it up"})
    void acknowledgementsWishesBesideThanksAndThanksForHelpAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "help me", "support", "semoga banjir cepat surut", "makasih, banjir surut?",
            "makasih, air naik lagi", "your help", "sekarang"})
    void aWishOrAHelpWordWithoutThanksIsNoSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"terima kasih, bantuan rumah rusak kapan cair?", "makasih, posko di mana?",
            "ok tapi jalan sudirman ditutup?", "halo min ktp hilang gimana", "bagaimana cara daftar",
            "suwun, sekolah libur sampai kapan nggih", "semoga lancar, posko batu sari buka?", "p posko di mana"})
    void aQuestionAfterThanksIsStillAQuestion(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @Test
    void aLeadingQuestionWordIsNotStrippedAsIfItWereAGreeting() {
        assertThat(SmallTalk.withoutGreeting("gimana cara daftar pengungsi")).isEqualTo("gimana cara daftar pengungsi");
        assertThat(SmallTalk.withoutGreeting("halo min, posko di mana")).isEqualTo("posko di mana");
    }

    @ParameterizedTest
    @CsvSource({
            "berapa harga tiket pesawat ke bali, TRAVEL",
            "hasil pertandingan persib tadi malam, SPORTS",
            "resep rendang padang, RECIPE",
            "siapa penemu lampu, GENERAL_KNOWLEDGE",
            "tetangga saya berisik terus gimana, PRIVATE_DISPUTE",
            "hasil pilkada kemarin siapa yang menang, ELECTION_RESULT",
            "harga bitcoin hari ini, MARKET",
            "what is the capital of france, GENERAL_KNOWLEDGE",
            "konser coldplay kapan ya, TRAVEL",
            "film di bioskop xxi minggu ini apa aja, TRAVEL",
            "yang juara premier league musim lalu, SPORTS",
            "ibu kota jepang apa namanya, GENERAL_KNOWLEDGE",
            "obat jerawat yang ampuh, GENERAL_KNOWLEDGE",
            "contoh cv buat lamaran kerja, GENERAL_KNOWLEDGE",
            "tetangga berisik tiap subuh, PRIVATE_DISPUTE",
            "harga emas perhiasan sekarang, MARKET",
            "rekomendasi laptop buat kuliah dong, SHOPPING",
            "ada kode voucher belanja gak, SHOPPING",
            "ramalan bintang scorpio minggu ini, GENERAL_KNOWLEDGE",
            "chord gitar lagu pop terbaru, GENERAL_KNOWLEDGE",
            "gebetan saya cuek banget gimana, PRIVATE_DISPUTE",
            "jadwal kapal ke pulau karimun, TRAVEL",
            "kapan pendaftaran pppk dibuka, NATIONAL_SELECTION",
            "nilai utbk minimal buat kedokteran, NATIONAL_SELECTION",
            "jadwal krl hari minggu, TRAVEL",
            "tiket bus antarkota ke solo berapa, TRAVEL",
            "rumah makan enak di sekitar sini, TRAVEL",
            "mertua saya suka ngatur-ngatur, PRIVATE_DISPUTE",
            "mobil tetangga parkir di depan rumah saya, PRIVATE_DISPUTE",
            "istri saya marah terus, PRIVATE_DISPUTE",
            "the neighbours keep arguing at night, PRIVATE_DISPUTE",
            "my girlfriend is cheating on me, PRIVATE_DISPUTE",
            "suami saya selingkuh, PRIVATE_DISPUTE",
            "soal mtk: 3/4 + 2/5 hasilnya brp, GENERAL_KNOWLEDGE",
            "math homework: what is 3/4 plus 2/5, GENERAL_KNOWLEDGE"})
    void questionsOutsideTheRemitAreRecognisedByTopic(String text, OutsideRemit.Topic topic) {
        assertThat(OutsideRemit.recognise(text)).contains(topic);
    }

    /** Found by the tenth held-out batch: the flood words only told the writer's situation, and choices followed. */
    @ParameterizedTest
    @ValueSource(strings = {"resep rendang yg gak pake santan ada gak min, lg ngungsi pengen masak buat anak2",
            "Also can you recommend a hotel downtown that wasn't flooded?", "rekomendasi penginapan yg gak kebanjiran",
            "resep rendang biar dagingnya empuk gmn ya, buat masak di dapur umum masjid kami"})
    void aFirmPhraseIsOutOfScopeBesideFloodWords(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isPresent();
    }

    /** Found by the twentieth session's batch K: a phone by its brand and a café got choices or a staff ticket. */
    @ParameterizedTest
    @ValueSource(strings = {"hp samsung A55 skrg harganya brp ya di sangkara?",
            "Can you recommend a good coffee shop in Sangkara with fast wifi to work from?",
            "rekomendasi cafe buat nugas di sangkara dong"})
    void aPhoneByItsBrandAndACafeAreOutOfScope(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(OutsideRemit.Topic.SHOPPING);
    }

    /** The held-out batch L after its measurement (in-sample): water by the gallon, a land grab. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "harga galon aqua skrg brp ya di sangkara? di warung deket rumah udh 25rb|SHOPPING",
            "tetangga sy nyerobot tanah 50cm buat pager, sy harus nuntut gmn?|PRIVATE_DISPUTE"})
    void waterByTheGallonAndALandGrabAreOutOfScope(String text, OutsideRemit.Topic topic) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(topic);
    }

    /** Their neighbours in the remit: free water from the city, land certificates. */
    @ParameterizedTest
    @ValueSource(strings = {"distribusi air galon gratis dari pemkot kapan", "cara urus sertifikat tanah yg hilang kena banjir",
            "is there free water for flood victims?"})
    void freeWaterAndLandPapersStayInTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    /** Their neighbours in the remit: the app on a phone, a permit for a coffee shop, the public Wi-Fi. */
    @ParameterizedTest
    @ValueSource(strings = {"aplikasi pajak online bisa dipakai di iphone gk?", "izin usaha buat buka coffee shop gmn?",
            "wifi publik gratis di taman kota dmn aja", "cara lapor hp hilang ke polisi buat blokir"})
    void thePhoneAppAPermitAndTheFreeWifiStayInTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    /** Thirtieth session, batch T30 (read): harm beside a place to eat is no question for airlines and hotels. */
    @Test
    void harmBesideAPlaceToEatStaysInTheRemit() {
        assertThat(OutsideRemit.recognise("[Diteruskan] BREAKING: Ledakan tabung LPG di rumah makan, 3 orang luka bakar. "
                + "Hati2 cek selang gas anda!!! sebarkan!!")).isEmpty();
        // the attack: a firm phrase stays outside the remit beside the same words
        assertThat(OutsideRemit.recognise("resep rendang biar gak keracunan gmn")).contains(OutsideRemit.Topic.RECIPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rekomendasi penginapan gratis buat pengungsi ada gak dr pemprov?",
            "can you recommend a hotel for evacuees? is it covered by the government?"})
    void aFirmPhraseAskedOfTheGovernmentStaysInTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalan sudirman ditutup sampai kapan", "posko pengungsian terdekat", "bus gratis ke posko",
            "jadwal distribusi logistik", "sekolah libur sampai kapan", "cara lapor lampu jalan mati",
            "listrik mati dari kemarin", "apakah air pdam aman diminum", "job fair perlu bawa cv?",
            "tetangga saya kebanjiran belum dapat bantuan", "jadwal operasi pasar murah",
            "mertua saya lansia, tarif trans sangkara berapa", "stan job fair ada apa aja",
            "parkir di mal pelayanan publik gratis?", "ujian akhir semester diundur?",
            // A person of private life named in a question for the office is no private dispute.
            "suami sy meninggal kena banjir, ada santunan ga", "mantan saya bawa KK, saya mau bikin KK baru",
            "suami saya sakit di posko, berobat gratis?", "my neighbour has not received any aid",
            "pacar saya belum dapat kartu pengungsi", "my husband lost his ID card in the flood",
            // A topic's phrase beside a word of the office's services: a prescription, a family card after a divorce.
            "resep obat dari dokter posko bisa ditebus gratis di apotek mana", "cerai sama suami, kk nya gimana dipisah",
            "istri saya marah karena ktp saya hilang, urusnya gimana",
            "are the roads to Pesisir Barat beach open?? we booked a homestay for next week, should we cancel",
            "bus damri dr bandara ke batu sari masih jalan gak ya? katanya jalan utama yg lewat jembatan putus",
            "who won the tender for the water tankers?"})
    void questionsInTheRemitAreNotOutOfScope(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apakah benar gubernur korupsi dana bantuan banjir?", "bupati selingkuh ya?",
            "kepala dinas itu kena ott kpk?", "wali kota dari partai apa", "pejabat pemprov menyelewengkan dana? pungli",
            "is the governor corrupt?"})
    void allegationsAndPoliticalQuestionsAboutOfficialsAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"camat kami ngembat beras bantuan ya?", "pak kades nyunat blt warga", "wagub bagi-bagi proyek ke adiknya?",
            "the mayor stole the flood money", "dana bansos dimakan pejabat dinas?", "bupati potong jatah beras pengungsi",
            "has the regent's staff kept the relief money?", "officials pocketed the aid for the camps",
            "knp bantuan masker cuma dibagi ke RW yg milih pak walikota kemarin? ini politik kan",
            "Kadis perhubungan katanya dapet setoran dr juragan angkot makanya izin trayek dipegang itu2 aja",
            "I heard the water tanker contract went to a company owned by the mayor's brother-in-law. Can you confirm who won the tender?",
            // the held-out batch L after its measurement (in-sample)
            "kepala dinas PU itu ponakannya walikota kan? pantes proyek pipa PDAM jatuh ke PT punya keluarganya",
            "Is it true that the PDAM director has been diverting rationed water to a hotel owned by a council member? Asking for a story.",
            // an RT accused, not a group named
            "pak rt nyunat bansos warga, sudah saya sebar di grup rt",
            // twenty-ninth session (batches H29, L29, M29, read): a resignation, a trip abroad, photo ops, a threat
            "Apakah isu pengunduran diri gubernur ada kaitannya dengan penanganan banjir? Sekadar ingin tahu.",
            "min gubernur kmn? rakyatnya mati DBD malah jalan2 ke luar negeri",
            "pak gubernur kapan turun ke lokasi banjir? jangan cm foto2 doang",
            "sy diancem sm oknum desa krn mau lapor pemotongan bantuan. dia bilang nama sy dicoret kalo ngadu. sy takut",
            "kenapa alat berat malah dipake buat proyek villa pejabat di atas, bukan buat korban?? sy punya videonya"})
    void everydayWordingsOfTakingAidOrProjectsAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"benarkah sekda diperiksa jaksa soal dana hibah?", "kabarnya kepala dinas dipanggil kejati",
            "is it true the mayor is investigated by prosecutors"})
    void officialsWithProsecutorsOrCorruptionCourtsAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alamat kejari sangkara di mana", "lowongan jaksa tahun ini"})
    void askingAboutAProsecutorsOfficeAloneIsNotSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kantor gubernur buka jam berapa", "surat edaran gubernur soal sekolah libur",
            "dinas kesehatan buka posko di mana", "bantuan banjir kapan cair", "cara lapor pungli",
            "lurah bisa bantu potong pohon tumbang?", "dinas sosial kapan bagi beras bantuan",
            "where can I take donations for the governor's flood appeal?",
            "bantuan beras cuma buat warga yg sudah terdaftar di dtks ya?", "is the bus company owned by the city?",
            "setoran pajak kendaraan lewat bank mana aja pak?", "anak bupati yg kecelakaan kemarin udh sembuh?",
            "the council member's office is owned by the city?", "director rumah sakit daerah siapa sekarang?",
            // batch L of the twenty-fifth session, after its measurement: an impostor's scam, shared in an RT's group
            "ada hotline resmi gk buat laporin penipuan yg ngaku2 dr diskominfo? nomornya brp, biar sy sebar ke grup rt",
            "jalan provinsi ke luar kota ditutup gk?", "apakah tagihan listrik dipotong pemda bulan ini?"})
    void questionsThatMerelyNameAnOfficeAreNotSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "Where can I get free medical treatment after the flood?, EN",
            "Is the road closed?, EN",
            "is there a shelter near me, EN",
            "posko pengungsian di mana ya, ID",
            "jalan sudirman udah bisa dilewati belum, ID",
            "KTP, ID",
            "hello, ID",
            "Is school closed tomorrow?, EN",
            "my house is flooded up to the knees, EN",
            "sekolah besok libur ga, ID",
            "open donasi buat korban banjir dmn, ID",
            "info bus gratis buat pengungsi, ID",
            "rumah saya kebanjiran tolong, ID",
            "shelter, EN",
            "documents, EN",
            "Hi, ID"})
    void theCitizensLanguageIsReadFromFunctionWords(String text, Language language) {
        assertThat(Language.of(text)).isEqualTo(language);
    }

    @Test
    void anEnglishWordWithNoIndonesianOneLeansEnglish() {
        assertThat(Language.leansEnglish("Ok, will do.")).isTrue();
        assertThat(Language.of("Great, I'll report the profile. Cheers.")).isEqualTo(Language.EN);
        assertThat(Language.leansEnglish("ok min sy tunggu")).isFalse();
        assertThat(Language.leansEnglish("ok")).isFalse();
    }

    @Test
    void aMessageTooShortToTellIsReadWithTheClientsLanguage() {
        assertThat(Language.of("hello", "en")).isEqualTo(Language.EN);
        assertThat(Language.of("hello", "id")).isEqualTo(Language.ID);
        assertThat(Language.of("posko dimana", "en")).isEqualTo(Language.ID);
    }

    @Test
    void anEntrysEnglishSectionIsSplitFromItsIndonesianBody() {
        String body = "Teks resmi.\n\n<!-- lang: en -->\n# Official title\nOfficial text.";
        assertThat(EnglishVersion.indonesian(body)).isEqualTo("Teks resmi.");
        assertThat(EnglishVersion.of(body)).contains(new EnglishVersion("Official title", "Official text."));
        assertThat(EnglishVersion.of("Teks resmi saja.")).isEmpty();
        assertThat(EnglishVersion.indonesian("Teks resmi saja.")).isEqualTo("Teks resmi saja.");
        assertThat(EnglishVersion.of("Teks.\n<!-- lang: en -->\n")).as("an empty English section is none").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"suami sy meninggal kena banjir, ada santunan ga", "anak saya meninggal terseret arus kemarin",
            "bapakku wafat di pengungsian, mau urus akta kematian", "keluarga kami tidak selamat, saya sendirian",
            "my father died in the flood, is there compensation?", "our baby passed away at the shelter",
            "ibu sy sudah tiada krn longsor, bantuan buat ahli waris ada?"})
    void aDeathInTheWritersOwnFamilyIsBereavement(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isEqualTo(Reading.BEREAVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"berapa jumlah korban meninggal banjir skrg", "santunan korban meninggal berapa",
            "cara urus akta kematian ayah saya", "listrik mati, anak saya kedinginan",
            "tetangga saya meninggal kemarin, bantuan apa", "hp ibu saya mati, gimana lapor",
            "anak saya sakit di posko, berobat gratis?"})
    void otherwiseNoBereavement(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isNotEqualTo(Reading.BEREAVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2.", " 3 ", "4)"})
    void aLoneNumberWithNoChoicesOnOfferIsNoQuestion(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isEqualTo(Reading.NOISE);
    }

    // (2026-12-02, reader attacks; more rows in conversation/reader-attacks.tsv, ReaderAttackTest)

    @ParameterizedTest
    @ValueSource(strings = {"harga tiket bus trans sangkara brp", "skor ujian akhir semester anak sy blm keluar",
            "rumah makan sy kebanjiran, ada bantuan umkm?", "sertifikat tanah warisan ilang kena banjir",
            "mau ke job fair, perlu bikin cv dulu?", "cara masak air biar aman diminum setelah banjir",
            "mertua sy marah krn bantuan blm dtg", "emas antam sy hanyut, suratnya jg ilang",
            // violence or a threat at home is never sent to the kelurahan for mediation
            "suami sy marah2 terus mukul sy", "istri sy selingkuh dan ngancem bunuh sy", "tetangga ribut bawa golok",
            "my husband is angry and hits me"})
    void aWordOfTheOfficesServicesOrOfTheFloodTakesAnyTopicBackIntoTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"rekomendasi laptop buat sekolah anak, SHOPPING", "skor persib vs persija berapa, SPORTS",
            "tiket pesawat ke bali buat liburan sekolah, TRAVEL", "jdwl kereta ke jakarta besok, TRAVEL",
            "gmn cara bikin rendang yg empuk, RECIPE", "adik ipar pinjem duit ga balik2, PRIVATE_DISPUTE",
            "gmn caranya baikan sama mertua, PRIVATE_DISPUTE", "suami sy marah2 terus, PRIVATE_DISPUTE",
            "istri sy selingkuh, PRIVATE_DISPUTE"})
    void withoutSuchAWordTheTopicStands(String text, OutsideRemit.Topic topic) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kepala keluarga yg dipecat dari pabrik ada bantuan?", "dinas pendidikan bilang ujian mundur?", "jadwal pencairan dinas sosial dimundurkan seminggu?",
            "wali murid tanya, rapor mundur ga", "pemprov dukung umkm lewat program apa",
            "kampanye imunisasi dinas kesehatan kapan", "ijazah anak sy ilang, dinas pendidikan bisa ganti?",
            "rumah kosong takut maling, ada patroli aparat?", "motor sy dicuri di posko, pejabat dinas mana yg urus",
            "ada sms ngaku dari dinas sosial, penipuan ga?", "ada ular masuk rumah, bisa ditangkap petugas bpbd?",
            "maling motor ditangkap warga, pak rt minta lapor polisi", "dinas sosial jual beras murah di pasar"})
    void aWordOfAnotherSenseBesideAnOfficeIsNoAllegation(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kepala dinas dipecat krn korupsi?", "bupati disuruh mundur dari jabatan", "kapan gubernur tirta raya mundur",
            "camat dukung paslon nomor 2 ya", "ijazah bupati palsu?", "aparat desa mencuri beras bantuan",
            "dinas sosial menipu warga", "pak rt motong bansos 50rb", "petugas kelurahan minta duit, pungli kan",
            "pak gub korupsi ga sih", "petugas posko jual beras bantuan ke pasar", "gubernur makan uang rakyat",
            "camat minta jatah dari bantuan warga", "kades pake dana desa buat kepentingan pribadi",
            "lurah kami ngutip 10rb tiap kk buat surat domisili"})
    void theSameWordsInTheirAllegingSenseOrANeighbourhoodHeadOrAnOfficerAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    /** Found by the tenth held-out batch: each got a list of unrelated entries. */
    @ParameterizedTest
    @ValueSource(strings = {
            "bupatinya plesiran ke Bali pas warganya kebanjiran", "lurahnya kmn aja pas banjir? gak keliatan batang hidungnya",
            "bantuan yg kemarin dateng ke kampung kami malah dijual pak kades ke warung",
            "sembako dari pemprov diperjualbelikan sama camat",
            "bener gak kabarnya bantuan beras dr pusat ditimbun sm pak camat trs dijual lagi?",
            "denger2 beras bantuan buat korban banjir dijual lg sm pak lurah di kampung sy, gmn ini min?",
            "gubernur kmn aja pas banjir? katanya malah liburan ke luar negeri ya, bener gak tuh",
            "pak bupati plesiran pas warganya kebanjiran", "is it true the mayor went on holiday abroad during the flood?"})
    void aidSoldOnAfterSeveralWordsOrAnOfficialOnHolidayIsSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kantor gubernur libur tanggal berapa", "pegawai dinas libur kapan, mau urus ktp",
            "dinas pariwisata ada info wisata ke luar negeri?", "beras bantuan dari dinas sosial kapan dibagi",
            "Bu camat, kalau saya mau liburan ke luar negeri tapi rumah kebanjiran, bisa lapor kerusakan online gak?",
            "katanya beras bantuan Bulog dijual murah di kantor kelurahan, jadwal pasar murahnya kapan?"})
    void anOfficeClosedForAHolidayOrAidToBeHandedOutIsNoAllegation(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mbah sy meninggal di pengungsian", "alm bapak sy blm didata sbg korban",
            "jenazah ayah sy blm bisa dimakamkan", "bapak kulo sedo keseret banyu", "kakak perempuan sy wafat pas evakuasi",
            "anak pertama kami meninggal krn banjir", "bojoku meninggal ketimpa tembok", "istri tercinta sudah tiada",
            "orang tua kami dua2nya meninggal"})
    void aDeathInTheWritersOwnFamilyInRegionalOrOtherWordsIsBereavement(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isEqualTo(Reading.BEREAVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak sy hampir meninggal kesetrum", "anak sy nyaris tewas terseret arus",
            "sy takut ibu sy meninggal kalau ga dapet obat", "alhamdulillah keluarga kami selamat, ga ada yg meninggal",
            "kalau suami saya meninggal krn banjir, ahli waris dapat apa", "kata dokter ibu sy bisa meninggal kalau telat",
            "anak tetangga sy meninggal, ada bantuan buat keluarganya?", "orang tua teman sy meninggal, ada santunan?"})
    void aDeathNearlyFearedDeniedOrOfSomeoneElsesFamilyIsNoBereavement(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isNotEqualTo(Reading.BEREAVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ga ada lagi min, makasih", "gak ada pertanyaan lagi, makasih", "sudah itu aja, terima kasih",
            "udah cukup, ok", "alhamdulillah sudah dapat, terima kasih", "owh gitu ya min, makasih", "oalah gitu to, suwun",
            "wkwk makasih min", "maturnuwun", "thx bro", "gapapa min, makasih", "ok min ditunggu kabarnya", "siap 86"})
    void sayingThereIsNothingMoreAndOtherEverydayThanksAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih, air ga ada lagi di rumah sy", "ga ada lagi?", "ga ada", "ok ga ada listrik dari kemarin",
            "makasih, sudah dapat kartu?"})
    void nothingMoreWithoutThanksOrBesideATopicIsNoSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"pppk, false", "haha, true", "hehe, true", "ppdb, false", "wkwkwk, true"})
    void aFourLetterWordIsNoiseOnlyWhenItRepeatsTwoLetters(String text, boolean noise) {
        assertThat(Noise.is(text)).as(text).isEqualTo(noise);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bapak gubernur terima kasih sudah turun langsung ke lokasi banjir, semoga sehat selalu",
            "terima kasih pemprov, bantuannya sudah sampai di rt kami",
            "mantap pak, penanganan banjirnya cepat sekali tahun ini",
            "makasih banyak ya min, relawan di posko kami ramah dan sigap",
            "thanks to the rescue team, my family is safe now"})
    void thanksOrPraiseSaidInASentenceIsSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"terima kasih, bantuan rumah rusak kapan cair", "makasih, tapi listrik belum nyala",
            "terima kasih min, tolong kirim nomor posko", "mantap, tapi jalan ke posko masih tergenang",
            "makasih, air ga ada lagi di rumah sy", "thanks, but when does the school open",
            "bagus, sekarang rumah saya kebanjiran lagi"})
    void thanksOrPraiseBesideAQuestionARequestOrAComplaintIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    /** The sixteenth session's helper batch: each of these went to retrieval (choices) or to staff. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Selamat pagi admin, semangat ya kerjanya, semoga sehat selalu dan Kota Sangkara cepat pulih. Aamiin ya rabbal alamin",
            "mantap min gercep bgt, kok bisa sih bales secepet ini? 👍", "thanks, that's exactly what I needed!",
            "min mau nanya boleh?", "mau tanya dong kak", "boleh bertanya?"})
    void encouragementPraiseThatAsksAndAskingToAskAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    /**
     * Batch U of the twenty-third session, after its measurement (in-sample; batch S of the twenty-second had the same
     * shape): a cheer that opens the message, then how busy the staff must be.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pagi min ☕ semangat ya ngurusin warga, pasti lg sibuk bgt abis kebakaran",
            "pagi min, semangat ya kerjanya, pasti lg sibuk bgt nih musim badai 😁"})
    void aCheerThatOpensTheMessageThenTheStaffsBusyDaysIsSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    /** Its attacks: a state reported after a cheer at the end, a cheer beside a question or an objection. */
    @ParameterizedTest
    @ValueSource(strings = {"listrik masih mati dr semalem min, semangat ya", "semangat min, air masih naik di gang 3?",
            "semangat min, banjir masih naik di gang 3", "pagi min semangat, listrik lagi padam nih",
            "semangat min, tapi listrik masih mati", "pagi min semangat, bantuan kok belum dateng",
            "semangat ya min, kapan listrik nyala lagi"})
    void aStateReportedOrAskedBesideACheerIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"semangat ya min, tapi bantuan kok belum dateng",
            "pak sby, yang bapak lakukan itu bertentangan dengan semangat trisakti",
            "disarankan ada brengos buat sopir pariwisata, biar semangat bawa tamu ke sini", "mau nanya posko terdekat dimana",
            "min mau nanya, bantuan rumah rusak kapan cair?", "kok bisa jalan sudirman ditutup lagi?",
            "thanks, what do I need to bring to the shelter?", "boleh bawa kucing ke posko?"})
    void aQuestionBesideThoseWordsIsStillAQuestion(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "harga tiket pesawat sangkara - jakarta bulan depan brp ya, mau pulang kampung abis banjir|TRAVEL",
            "Is bitcoin going up next week? Thinking of selling mine to fix my car that got flooded.|MARKET",
            "mending beli pompa air merk apa ya buat sedot air sisa banjir di basement, yg awet|SHOPPING",
            "tolong bantu pr anak sy dong: sebutkan 5 penyebab banjir dan cara mencegahnya|GENERAL_KNOWLEDGE",
            "can you do my homework about floods|GENERAL_KNOWLEDGE"})
    void aFloodNamedBesideAnotherKindOfQuestionOnlyTellsTheSituation(String text, OutsideRemit.Topic topic) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiket pesawat gratis buat pengungsi dari pemprov ada?",
            "ada subsidi pompa air merk apa dari dinas buat warga kebanjiran?",
            "bansos dipakai buat judi online sama pendamping, lapor kemana",
            "tugas sekolah anak selama banjir dikumpulkan kemana", "pr anak sy hanyut kebawa banjir, gimana ke sekolahnya"})
    void theSamePhrasesAskedOfTheGovernmentOrAboutSchoolStayInTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    /** Batches T and U of the twenty-third session, after their measurement (in-sample): homework, gadgets, a match. */
    @ParameterizedTest
    @ValueSource(strings = {"gempa itu sebenernya kenapa sih bisa terjadi? jelasin dong buat tugas IPA anak sy 😁|GENERAL_KNOWLEDGE",
            "min tugas anak sy ttg dampak kenaikan harga beras thd inflasi, bisa bantu jawabin 5 soal gk|GENERAL_KNOWLEDGE",
            "hp sy jatuh pas lari keluar rumah, layarnya pecah. mending servis ato beli baru ya? rekomen hp yg tahan banting dong|SHOPPING",
            "Which is better for a small food stall, an induction stove or an LPG stove? Can you recommend a good brand?|SHOPPING",
            "pertandingan sangkara fc lawan lembah united minggu ini jadi gk? tiket udh kebeli nih|SPORTS"})
    void homeworkGadgetsAndMatchesInOtherWordsAreOutsideTheRemit(String line) {
        String[] parts = line.split("\\|");
        assertThat(OutsideRemit.recognise(parts[0])).as(parts[0]).contains(OutsideRemit.Topic.valueOf(parts[1]));
    }

    /** Their attacks: the same words about the office's own services. */
    @ParameterizedTest
    @ValueSource(strings = {"tugas sekolah anak selama gempa dikumpulkan kemana",
            "pertandingan persahabatan dari pemkot buat pengungsi jadi gk?",
            "ada bantuan kompor gratis dari pemkot buat pedagang yg kiosnya kebakar?",
            "surat rekomendasi dari kelurahan buat bantuan perbaikan rumah gmn"})
    void theSameWordsAboutTheOfficesServicesStayInTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"camat tanjung ngambil beras bantuan buat dibagi ke timsesnya doang, sy liat sendiri. ini gmn",
            "bantuan dari pemkot cuma dibagiin ke pendukung pak lurah", "petugas kelurahan kasih sembako ke tim sukses caleg"})
    void aidHandedToAnOfficialsSupportersIsSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bantuan dibagikan ke keluarga terdampak di kelurahan mana aja?",
            "petugas posko bilang sembako dibagi ke semua pengungsi besok"})
    void aidSharedOutAmongFamiliesIsNoAllegation(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bit.ly/3xKq9Pz", "www.bansos-tirta.xyz/daftar", "  http://tirtaraya.go.id/banjir  ",
            "bit.ly/abc123 ???"})
    void aLinkAloneIsALink(String text) {
        assertThat(KnowledgeAnswerer.read(text, SmallTalk.recognise(text).isPresent())).as(text).isEqualTo(Reading.LINK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ini link resmi bukan? https://bit.ly/3xKq9Pz", "cek bansos di cekbansos.kemensos.go.id gimana",
            "https://bit.ly/3xKq9Pz katanya dapet 5 juta"})
    void aLinkWithWordsIsAQuestion(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isNotEqualTo(Reading.LINK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jawabannya gk nyambung", "bukan itu yg sy tanya min", "that's not what I asked",
            "jawabannya salah", "ga nyambung bgt sih", "wrong answer", "kok gak nyambung jawabannya"})
    void sayingTheLastReplyMissedIsAnswerMissed(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isEqualTo(Reading.ANSWER_MISSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bukan itu maksud saya, yg lewat jalur pantai bukan jalur tengah", "tarif bus tidak sesuai",
            "listrik tidak nyambung sejak banjir", "kabel pln gak nyambung lagi ke rumah"})
    void aMissWithWhatWasMeantIsSearched(String text) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isNotEqualTo(Reading.ANSWER_MISSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy nanya jam nya min, bukan nomor call center", "gk nyambung jawabannya, sy cuma mau tau jam brp",
            "bukan itu, maksud saya jam buka posko", "bukan soal ktp, sy nanya akta kelahiran",
            "bukan cara bayar online maksud sy, bisa gk langsung aktif hari ini jg",
            "I asked about the opening hours, not the phone number", "jawabannya gk nyambung",
            "not that one, I meant the bus to the airport"})
    void aMessageThatSaysTheLastReplyMissedAmongOtherWordsMentionsIt(String text) {
        assertThat(AnswerMissed.mentioned(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"saya mau tanya, kalau bukan warga sini bisa urus ktp?", "jam buka posko banjir",
            "bukan main macetnya jalan ahmad yani", "I asked the lurah yesterday, can I register online?",
            "apakah ktp bisa diurus bukan di kecamatan asal?"})
    void aQuestionWithANegationDoesNotMentionAMiss(String text) {
        assertThat(AnswerMissed.mentioned(text)).as(text).isFalse();
    }

    /** The held-out batch B of the sixteenth session, after its measurement (in-sample from here). */
    @ParameterizedTest
    @ValueSource(strings = {"Thank you so much, that's really helpful. Take care!",
            "Assalamualaikum Wr. Wb.  Selamat Pagi Bapak Ibu Humas Yth.  Semoga Sehat Selalu ."})
    void aGoodbyeAndAFormalSalamToTheOfficeAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Persikas Sangkara lawan Persipes malam ini disiarin di TV mana ya min|SPORTS",
            "Pak, tetangga saya naruh pot bunga di depan pagar rumah saya, sudah ditegur baik-baik tidak mau pindah. Enaknya gimana ya?|PRIVATE_DISPUTE"})
    void whereAMatchIsShownAndANeighboursThingsAreOutOfScope(String text, OutsideRemit.Topic topic) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pengumuman pemprov disiarin di tv mana?", "tetangga naruh sampah di selokan, jadi mampet",
            "petugas menegur warga yang buang sampah di kali, itu aturan dari mana"})
    void broadcastsOfTheOfficeAndPublicWorksStayInTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    /** The seventeenth session's crisis-week batch (a helper's): each of these got choices of unrelated entries. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kak tolong bantuin pr geografi adik sy dong, sebutkan 5 penyebab banjir dan cara pencegahannya|GENERAL_KNOWLEDGE",
            "bantuin pr geografi dong|GENERAL_KNOWLEDGE",
            "min liga 1 minggu ini ditunda gk? stadion sangkara kan kerendem, sy udh beli tiket|SPORTS",
            "min ada yg bisa servis hp kena air banjir gk? layar gk nyala tp kalo dicas getar|SHOPPING",
            "min tetangga sy jemur kasur basah di pager rumah sy gk bilang2, trs pagernya penyok. sy mau minta ganti rugi gmn|PRIVATE_DISPUTE"})
    void homeworkALeagueMatchAPhoneRepairAndANeighboursDamageAreOutOfScope(String text, OutsideRemit.Topic topic) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(topic);
    }

    /** A phrase's own words never take it back into the remit, but the office's words beside it still do. */
    @ParameterizedTest
    @ValueSource(strings = {"bantuin pr anak sy yg hilang kebawa banjir, bisa minta buku baru ke dinas?",
            "servis hp gratis dari pemkot buat korban banjir ada gak?", "liga 1 bantuan pemprov buat korban banjir",
            "tetangga sy rumahnya rusak kena banjir, ada ganti rugi dari pemerintah?"})
    void theOfficesWordsBesideThemStillTakeThemBack(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dadah", "sip makasih min, udh kejawab 👍",
            "Thank you so much for the quick updates this week, the hoax clarification about the dam really calmed my parents down. Keep it up!"})
    void aChatGoodbyeAndLongEnglishThanksAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min botnya udh makan blm? jgn sampe kebanjiran jg ya wkwk", "kamu udah makan?",
            "are you tired, bot?"})
    void aQuestionAboutTheBotsOwnLifeIsAboutTheBot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.ABOUT_BOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min, pengungsi di GOR udah makan belum?", "anak2 di posko udah makan belum min",
            "Thank you, but when will the water be back?"})
    void aboutEvacueesOrWithAQuestionItIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sy liat sendiri td mlm karung2 beras bantuan banjir diturunin di gudang rumah pak lurah Bantaran, pagi ini udh dijual di warung adiknya",
            "Dana bansos banjir katanya 2 M udh cair tp yg nyampe cuma mie instan. sisanya kemana?? jgn2 masuk kantong kadis sosial",
            "Perahu karet bantuan provinsi dipake buat mancing sama anak buah camat Pesisir hari Minggu kemarin",
            "min ini bakal ditindak gk? warga nunggu perahu, pejabat malah mancing"})
    void aidAtAnOfficialsHomeFundsInAPocketAndAidBoatsForLeisureAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    /** Batch F of the eighteenth session, after its measurement (in-sample from here). */
    @ParameterizedTest
    @ValueSource(strings = {
            "min sy dpt kabar calon no 2 bagi2 amplop 100rb di RW 05 kelurahan Sukamaju semalem, yg nganterin katanya staf kelurahan jg",
            "[Diteruskan] PENTING!!! KTP yg dipake nyoblos bakal discan, Dukcapil Sangkara udh kerjasama dgn salah satu paslon",
            "proyek perbaikan jembatan Cikaret nilainya berapa ya? kok katanya kontraktornya adik ipar pak wakil wali kota 🤔",
            "Kenapa bantuan BLT di RT kami yang dapat malah keluarga pak RT sama orang yang punya mobil?"})
    void envelopesFromACandidateAnOfficeWithACandidateAnInLawContractorAndAidToAnRtsFamilyAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pemkot kerja sama dengan calon investor dari jepang ya min?",
            "kontraktor anak perusahaan bumn yang bangun jembatan itu kapan selesai kerjanya?",
            "keluarga pak RT kami kena banjir, bantuan buat mereka lewat mana?", "cara jadi kontraktor pemkot gimana?"})
    void anInvestorASubsidiaryAndAnRtsFamilyInNeedAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "menurut mimin mending pilih paslon 1 apa 3? sy bingung bgt 😅 visi misinya mirip semua|ELECTION_RESULT",
            "min klo mau bikin soto khas Sangkara bumbunya apa aja sih? mau jualan pas festival HUT kota wkwk|RECIPE",
            "menurut admin walikota yg skrg layak dipilih lagi ga? soalnya air aja ngga beres|ELECTION_RESULT",
            "do you think the mayor deserves another term?|ELECTION_RESULT"})
    void whomToVoteForAndADishsSpicesAreOutsideTheRemit(String text, OutsideRemit.Topic topic) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isEqualTo(Reading.OUT_OF_SCOPE);
        assertThat(OutsideRemit.recognise(text)).as(text).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cara pilih paslon di tps untuk lansia gimana?", "tempat pemungutan suara saya dimana, mau pilih besok"})
    void howToVoteIsNot(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    /** Batch E of the eighteenth session (in-sample from here). */
    @ParameterizedTest
    @ValueSource(strings = {
            "ini bener gk? [Diteruskan dari Info Sangkara] INFO A1: soal tes masuk SMA negeri Sangkara thn ini udh bocor, dijual 500rb/paket, sumbernya orang dalem dinas",
            "anak tetangga sy katanya udh pegang kunci jawaban tes masuk SMA dr guru les yg istrinya kerja di dinas pendidikan. itu bisa dilaporin kemana?",
            "katanya kadinkes minta jatah dr vendor fogging, makanya fogging cuma di perumahan elit"})
    void leakedExamPapersAnswerKeysAndACutForAHeadOfOfficeAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"soal atap sekolah bocor sudah lapor dinas pendidikan, kapan diperbaiki?",
            "kunci jawaban latihan soal dari dinas pendidikan ada di web mana?", "kadinkes sekarang siapa namanya?",
            "jadwal tes masuk SMA negeri dari dinas pendidikan kapan?"})
    void aLeakingRoofPracticeAnswersAndAnExamScheduleAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PS Sangkara vs Persilem tadi mlm skornya brp min? gk sempet nonton gara2 antri bensin wkwk|SPORTS",
            "min tau gk harga hp samsung a15 di konter sekitar alun2 sangkara brp skrg?|SHOPPING",
            "Any recommendation for a romantic dinner spot in Sangkara? Trying to impress my girlfriend lol|TRAVEL",
            "min mau tanya hukumnya sholat jumat di rumah pas masjid kebanjiran gimana ya, sah gk|RELIGION"})
    void aScoreAPhonesPriceADinnerSpotAndAPrayerRulingAreOutsideTheRemit(String text, OutsideRemit.Topic topic) {
        assertThat(KnowledgeAnswerer.read(text, false)).as(text).isEqualTo(Reading.OUT_OF_SCOPE);
        assertThat(OutsideRemit.recognise(text)).as(text).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skor ujian anak sy di rapor kok beda sama di aplikasi?", "nomor hp petugas posko berapa?",
            "jam buka mal pelayanan publik hari sabtu"})
    void aSchoolScoreAnOfficersNumberAndOpeningHoursAreNot(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kamu bot ya? pinter jg ya wkwk. yg bikin siapa?", "who made you, bot?"})
    void askingWhoMadeTheBotIsAboutSigap(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).hasValueSatisfying(k -> assertThat(k.aboutSigap()).isTrue());
    }

    /** "terus" is praise in "sukses terus", but "trs gimana?" asks what now (batch P43, read: it got "Baik."). */
    @ParameterizedTest
    @ValueSource(strings = {"trs gimana?", "trs gimana dong?", "ok terus gimana", "jadi gimana min"})
    void askingWhatNowIsNoSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih min, gimana ya, mantap", "sukses terus min", "halo min apa kabar"})
    void thanksPraiseAndGreetingsWithAQuestionWordStaySmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trs gimana?", "gimana dong min?", "so what now?", "terus kenapa?", "apa?"})
    void nothingButAskingWordsHasNoTopicOfItsOwn(String text) {
        assertThat(SmallTalk.onlyAsking(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trs gimana ngurusnya?", "gimana cara daftar bansos", "kok mati lagi?", "terus", "makasih min"})
    void aTopicOrNoQuestionIsMoreThanAsking(String text) {
        assertThat(SmallTalk.onlyAsking(text)).as(text).isFalse();
    }

    /** One word is not both the thing kept and the chat it is kept in (batch M43, read: a chat named as evidence). */
    @ParameterizedTest
    @ValueSource(strings = {"bot ini nyimpen nomor hp saya ga?", "chat saya disimpan di sini?", "is my data stored by this bot?",
            "percakapan ini aman gk, nomor hp sy dirahasiakan kan?"})
    void askingWhatTheChatKeepsIsAboutItsData(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.ABOUT_DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada bukti chat nya, lapor kemana ya biar aman", "sy simpan chat nya sbg bukti, aman kan?"})
    void aChatKeptAsEvidenceIsNotAQuestionAboutSigapsData(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.ABOUT_DATA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bantuan diantar ke rumah warga oleh petugas kelurahan kapan?",
            "dananya ke mana ya min kalau mau donasi, ke rekening pemprov?",
            "perahu karet dari bpbd dipakai untuk evakuasi warga di mana saja?"})
    void aidBroughtHomeADonationAndABoatAtWorkAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nama bapak sy ditulis meninggal padahal masih hidup di pengungsian",
            "ibu saya tercatat meninggal di daftar korban, padahal beliau sehat"})
    void aDeathOnlyInTheRecordsIsNoBereavement(String text) {
        assertThat(Bereavement.is(text)).as(text).isFalse();
    }

    /** Batch U of the twenty-third session, after its measurement (in-sample): "not saved" said in chat spelling. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ya allah mas, pakde saya yg jualan di pasar induk jantungan pas liat kiosnya kebakar, semalam dibawa ke RS tp udh gk ketolong|true",
            "pakde sy hampir gk ketolong semalam, skrg udh sadar di RS|false",
            "kios sy gk ketolong, abis semua kebakar|false"})
    void aRelativeNotSavedIsABereavementAThingOrANearMissIsNot(String text, boolean bereaved) {
        assertThat(Bereavement.is(text)).as(text).isEqualTo(bereaved);
    }

    /** Religious rulings have a topic of their own (the sixteenth session's held-out batch B, left over). */
    @ParameterizedTest
    @ValueSource(strings = {"min mau tanya, sholat jumat di pengungsian boleh dijamak gak ya? kan lagi darurat banjir",
            "kalau makan daging hewan kurban yang kena banjir, halal gak?", "apa ada fatwa soal tayamum pakai air banjir"})
    void aReligiousRulingIsOutOfScope(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(OutsideRemit.Topic.RELIGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cara daftar sertifikat halal buat umkm gimana", "masjid al ikhlas jadi posko pengungsian?",
            "jadwal sholat jumat di masjid raya berubah karena banjir?"})
    void halalCertificationAndAMosqueAsAShelterAreNot(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    /** The held-out batch D of the seventeenth session, after its measurement (in-sample from here). */
    @Test
    void askingWhetherARobotOrAPersonRepliesOutOfCuriosityIsAboutTheBot() {
        assertThat(SmallTalk.recognise("ini yang bales robot apa orang beneran sih? hehe penasaran aja"))
                .contains(SmallTalk.Kind.ABOUT_BOT);
        assertThat(SmallTalk.recognise("penasaran aja, bantuan banjir kapan cair?")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kemarin di kelurahan Tanjung kami diminta \"uang administrasi\" Rp150.000 oleh salah satu staf tanpa kuitansi",
            "Yang dapet bantuan malah keluarganya pak kades sendiri, rumahnya udah tembok 2 lantai. Tolong diusut",
            "bikin SIM C katanya kalo mau cepet lulus bayar paket 650rb lewat orang yang nongkrong di depan, dan orangnya kenal sama petugas di dalem",
            "saya liat sendiri petugas KPPS nyoblosin sisa surat suara abis jam tutup"})
    void aFeeWithoutAReceiptAidToAnOfficialsFamilyAMiddlemanAndBallotsPunchedAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"biaya administrasi pembuatan sim berapa", "anak pak lurah yang baru lahir perlu akta kelahiran, syaratnya apa",
            "kartu keluarga kades berubah, cara urus kk baru gimana", "cara mencoblos surat suara yang benar gimana"})
    void aFeeOfAServiceAnOfficialsFamilyAskingAServiceAndHowToVoteAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    // Twenty-first session, batch N: chit-chat with the admin, praise beside a question about the bot, a wish with thanks.
    @ParameterizedTest
    @ValueSource(strings = {"udah sarapan belom? wkwk", "min udh makan blm? wkwk", "kak udah mandi belum? hehe"})
    void aPersonalQuestionWithOnlyAnAddressBesideItIsAboutTheBot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.ABOUT_BOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min, warga di posko udah sarapan belum?", "udah makan belum anak2 pengungsi min",
            "belum makan dari kemarin min", "udah mandi belum boleh ke posyandu?"})
    void aPersonalQuestionAboutSomeoneElseIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ini bot ya? pinter jg wkwk", "makasih infonya min, sangat membantu. semoga asapnya cepet ilang ya, aamiin",
            "makasih min, semoga hujan cepet turun"})
    void praiseOfTheBotAndAWishForTheHazeToPassAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kartu indonesia pintar sudah cair", "asapnya hilang?", "makasih, asapnya kapan hilang?",
            "semoga asapnya cepet ilang"})
    void theSmartCardAndAQuestionAboutTheHazeAreNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Is the mayor going to run for governor next year? Is that why he's suddenly handing out aid with his face printed on every box?",
            "kok foto pak bupati ada di kardus bansos sih, ini bantuan pemerintah apa kampanye?"})
    void runningForOfficeAndAidStampedWithAnOfficialsFaceAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How do I run for village head? What are the requirements?", "foto KTP sy di kardus bantuan ilang"})
    void runningAlonePhotosOfPapersAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    // Batch O of the twenty-first session, after its measurement (in-sample).
    @ParameterizedTest
    @ValueSource(strings = {"Selamat Natal dan Tahun Baru min, semoga Sangkara makin maju 🎄🎆", "met taun baru kak, sukses selalu",
            "Merry Christmas and happy new year to the whole team!", "selamat hari raya idul fitri, mohon maaf lahir batin"})
    void holidayWishesAreSeasonsGreetings(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.SEASON_GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kenapa bantuan tangki air cuma dateng ke RT yg pendukung pak lurah ya? RT kami gak pernah dikirim",
            "the mayor's water trucks only go to his supporters' streets"})
    void aidOnlyForAnOfficialsSupportersIsSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"menurut admin posko pengungsian yg layak di mana?", "bantuan cuma buat warga terdampak ya min?",
            "pendukung acara jalan sehat pemkot dapat kaos?", "lurah baru dipilih kapan?",
            "bantuan cuma dateng ke RT yg kebanjiran, RT kami belum"})
    void aShelterWorthGoingToOrAidForTheAffectedIsNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello, is tap water in Sangkara safe to drink during the water shortage? My hotel says supply is rationed.",
            "air PDAM di hotel tempat sy nginep mati, kapan nyala?"})
    void publicWaterBesideAStayIsInTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"selamat tahun ajaran baru min 🎒📚", "Selamat Hari Guru bapak ibu semua 🙏",
            "selamat menunaikan ibadah puasa min 🙏", "Eid Mubarak to the whole team!"})
    void daysOfTheSchoolYearAndTheFastingMonthAreSeasonsGreetings(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.SEASON_GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yaudh deh", "yowes"})
    void ohWellFineIsAnAcknowledgement(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.ACKNOWLEDGED);
    }

    // Thirtieth session, batches Y30 and Z30, after their measurement (in-sample): a chain message claiming harm is a rumour
    // for a clarification or a person, not choices of unrelated entries.
    @ParameterizedTest
    @ValueSource(strings = {"[Diteruskan] BREAKING!!! 5 anak meninggal akibat difteri di Kota Sangkara hari ini, semua sekolah "
            + "diliburkan mulai besok. SEBARKAN ke grup keluarga!!!",
            "[Diteruskan]\nBREAKING NEWS!!! Pabrik tekstil di Batu Sari MELEDAK malam ini, ratusan korban jiwa, pemerintah "
                    + "menutupi!!! SEBARKAN sebelum dihapus!!!"})
    void aChainMessageClaimingHarmIsSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    /** The attacks: a chain that claims no harm; "diteruskan" asked for inside a message about victims. */
    @ParameterizedTest
    @ValueSource(strings = {"[Diteruskan] Job fair Tirta Raya 9-10 Desember, sebarkan ke yang butuh kerja",
            "tolong diteruskan ke dinas sosial, korban banjir di rt 3 belum dapat bantuan"})
    void aChainWithoutHarmOrARequestToPassOnIsNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    // Thirtieth session, batches W30 and X30, after their measurement (in-sample).
    @ParameterizedTest
    @ValueSource(strings = {"min udh makan blm? dr kmrn pasti sibuk bgt ya jawabin org panik 😅",
            "min kantornya kan deket lokasi demo, adminnya aman2 aja kan? jaga diri ya", "jangan lupa istirahat ya kak 🙏"})
    void askingAfterTheStaffIsSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.CARE);
    }

    /** The attacks: the same words beside a question, a request or trouble. */
    @ParameterizedTest
    @ValueSource(strings = {"min udh makan blm? posko dimana ya", "jaga diri ya min, bantuan kapan cair?",
            "jangan lupa makan min, tapi air di rumah sy belum surut",
            "dr kmrn pasti sibuk ya, pengungsi di GOR udah makan belum?"})
    void asksAfterTheStaffBesideAQuestionIsNoSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.CARE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"min", "kak??", "pak admin", "mas admin", "bot"})
    void aWordOfAddressAloneCallsOut(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ya", "saya", "deh", "min ktp", "kak, tahun ajaran baru mulai kapan?",
            "selamat tahun ajaran baru, tapi seragam gratis belum dibagi"})
    void particlesAloneOrAnAddressWithAQuestionAreNoCall(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.GREETING))
                .isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.SEASON_GREETING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"selamat natal, posko gereja buka sampai jam berapa?", "selamat tahun baru, tapi listrik masih padam",
            "happy new year, when does the ferry run?"})
    void aWishWithAQuestionOrAComplaintIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.SEASON_GREETING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wkwk ketauan, jawabnya cepet bgt"})
    void caughtOutAsABotIsPraise(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"koin apa yg bakal naik taun depan min? mau invest pake bonus akhir taun"})
    void coinsToInvestInAreOutsideTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beras operasi pasar katanya dijual lg ke toko sm oknum kelurahan, sy liat sendiri karungnya ada cap bulog",
            "bener gk sih anaknya kadis PU yg menang tender proyek jalan lingkar? rame di grup fb"})
    void marketRiceSoldOnAndAKinsmansTenderAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beras operasi pasar dijual berapa per kilo?", "anak sy mau ikut lelang jabatan di pemkot, syaratnya apa",
            "operasi pasar murah di kecamatan mana aja min"})
    void marketRicePricesAndAChildApplyingAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    // Batch P of the twenty-first session, after its measurement (in-sample).
    @ParameterizedTest
    @ValueSource(strings = {"PPPK kmrn katanya ada titipan, anak pejabat lolos padahal nilainya di bawah sy. bisa dicek gk min, atau emg udh biasa begitu",
            "min itu bansos beras di kelurahan kami kok yg dapet kluarga pak lurah semua? yg bener2 susah malah gk dapet. ini gmn"})
    void placesForInsidersAndAidToAnOfficialsFamilyAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"paket titipan buat pengungsi diantar ke kantor kelurahan atau langsung ke posko?",
            "keluarga sy dapet bantuan dari pak lurah kemarin, makasih ya", "bansos buat keluarga pak rt yg rumahnya kebanjiran kapan cair?"})
    void aParcelLeftForEvacueesOrThanksForAidAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    // Batch W26 of the twenty-sixth session, after its measurement (in-sample), with the attacks each change must not beat.
    @ParameterizedTest
    @ValueSource(strings = {"bener gk anaknya pak gubernur masuk kerja di BUMD air minum tanpa tes? temen sy yg ikut tes aja gk lolos",
            "kadis pariwisata pake mobil dinas buat liburan keluarga, sy liat sendiri plat merah di pantai pesisir hari minggu. emang boleh?"})
    void aJobWithoutTheTestAndAnOfficialCarOnHolidayAreSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy bisa masuk SMA negeri tanpa tes gk min? nilainya pas2an",
            "mobil dinas damkar dipake buat evakuasi warga ke posko ya?", "jadwal libur kantor pemprov kapan"})
    void aSchoolWithoutATestAndAnOfficialCarAtWorkAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"semalem yg menang bola siapa min? sy ketiduran",
            "hasil tes kemampuan akademik nasional anak sy kapan keluar? nilainya bs dicek dmn"})
    void lastNightsFootballAndANationalTestAreOutsideTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Are you a robot or a real person? lol", "is this a bot lmao"})
    void englishLaughterBesideAQuestionAboutTheBotIsSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bapak sy stroke, udh stabil. ada layanan ambulans/mobil jenazah gratis gk dr pemprov buat antar pasien?",
            "mobil jenazah pemprov bisa dipinjam warga gk min"})
    void aHearseIsNoDeath(String text) {
        assertThat(Bereavement.is(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ayah saya kecelakaan mobil meninggal di tempat, ada santunan?",
            "jenazah ibu saya masih di rsud, mobil jenazah gratis ada?"})
    void aDeathBesideACarOrAHearseIsStillADeath(String text) {
        assertThat(Bereavement.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih bnyk ya min, info kmrn soal samsat keliling ngebantu bgt, ibu sy jd gk perlu jauh2 ke kota",
            "makasih min, jd gk bingung lagi"})
    void thanksForATroubleSparedIsSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"makasih, gk perlu jawab, tp air blm dateng", "makasih min, gk perlu lagi tp kapan bantuan cair",
            "makasih min, bansos ibu sy gk cair lagi"})
    void thanksBesideAnObjectionOrAQuestionIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    /** Batch X27 of the twenty-seventh session, after its measurement (in-sample). */
    @ParameterizedTest
    @ValueSource(strings = {"wkwk ok dh gt aja, met siang", "ok gitu aja min makasih",
            "ini yg bales bot ato org sih? kok cepet bgt", "ini bot ato org"})
    void thatsAllAndBotOrPersonInShortFormsAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"banjir gitu aja gk diurus", "gitu aja kok gk bisa", "org nya ada gk",
            "udh 3 hari listrik mati"})
    void aComplaintWithThoseWordsIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    @Test
    void anEssayToWriteForClassIsOutsideTheRemitButAnEssayCompetitionIsNot() {
        assertThat(OutsideRemit.recognise("can u write me a 500 word essay on why fuel shortages happen in indonesia, "
                + "due tomorrow for econ class pls")).isPresent();
        assertThat(OutsideRemit.recognise("is there an essay competition for high school students from the province this year?"))
                .isEmpty();
        assertThat(OutsideRemit.recognise("lomba esai pelajar tingkat provinsi kapan dibuka")).isEmpty();
    }

    /** Batches X27 and Y27 after their measurement (in-sample): a cheer, "mantep", a greeting before a question to the bot. */
    @ParameterizedTest
    @ValueSource(strings = {"slmt pagi min udh sarapan blm 😁", "wah mantep cepet bgt balesnya drpd nungguin di kelurahan 👍👍",
            "pagi min, smgt ya kerjanya, pasti hr ini bnyk yg nanya soal bensin 😅"})
    void aCheerPraiseAndAGreetedQuestionToTheBotAreSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pagi min, pengungsi di GOR udah sarapan blm", "mantep min tp listrik blm nyala",
            "smgt min, air di rumah sy blm surut"})
    void theSameWordsBesideSomeoneElseOrAComplaintAreNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }

    /** Batch Z27 (held out): a reason beside a question on an office's service keeps it in the remit. */
    @Test
    void publicWifiNeededForSchoolworkIsInTheRemit() {
        assertThat(OutsideRemit.recognise("titik wifi gratis di kab lembah hijau ada dmn aja? anak sy butuh buat tugas sekolah, kuota abis"))
                .isEmpty();
        assertThat(OutsideRemit.recognise("gempa itu sebenernya kenapa sih bisa terjadi? jelasin dong buat tugas IPA anak sy"))
                .isPresent();
    }

    @Test
    void aWishForAContactIsNoPraise() {
        assertThat(SmallTalk.recognise("It's for tomorrow's edition, a phone number or email would be great")).isEmpty();
        assertThat(SmallTalk.recognise("great, thanks a lot")).isPresent();
    }

    @Test
    void askingWhetherAPersonTypesSoFastIsAboutTheBot() {
        assertThat(SmallTalk.recognise("lol are you a bot or a person typing really fast")).contains(SmallTalk.Kind.ABOUT_BOT);
        assertThat(SmallTalk.recognise("fast internet at the shelter?")).isEmpty();
        assertThat(SmallTalk.recognise("typing test job fair")).isEmpty();
    }

    /** Batches A28, B28 and C28 of the twenty-eighth session (held out, then read): allegations that got choices. */
    @ParameterizedTest
    @ValueSource(strings = {
            "kata tetangga pak camat nyimpen sebagian paket sembako di gudang rumahnya. sy liat sendiri ada truk bongkar malem2",
            "bener gk sih kadis peternakan punya usaha penggemukan sapi, jd pasar ditutup biar sapi dia aja yg laku?",
            "Ada kabar air tangki yang dibagikan diambil dari sungai tercemar dan kontraktornya kerabat pejabat PDAM. Mohon klarifikasi."})
    void anOfficialKeepingAidOrServingOwnInterestsIsSensitive(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isTrue();
    }

    /** The attacks: the same words in a plain question. */
    @ParameterizedTest
    @ValueSource(strings = {"paket sembako disimpan di gudang kelurahan dulu ya min sebelum dibagi?",
            "sy punya usaha warung, ada bantuan umkm gk dari dinas?", "pak lurah punya usaha toko bangunan ya? alamatnya dmn",
            "proyek perbaikan jalan itu kontraktornya siapa ya"})
    void storesBusinessesAndContractorsAloneAreNot(String text) {
        assertThat(SensitiveQuestion.is(text)).as(text).isFalse();
    }

    /** Batches A28 and B28: firm phrases outside the remit beside the office's words ("banjir", "ngungsi"). */
    @ParameterizedTest
    @ValueSource(strings = {"min resep bikin rendang yg empuk gmn ya, buat acara syukuran abis banjir",
            "kak bantu jawab pr ppkn dong: sebutkan 3 contoh perilaku gotong royong saat bencana",
            "min harga tiket kereta ke jakarta minggu depan brp ya, mau ngungsi dulu ke rumah sodara",
            "kak bantu tugas aku dong, jelasin proses pembakaran sempurna dan tidak sempurna buat pr kimia besok"})
    void firmPhrasesStayOutsideTheRemit(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada tiket kereta gratis buat pengungsi?", "resep obat dari puskesmas posko hilang kebawa banjir",
            // batch F28 (read): the office's own alert channels, asked by someone who runs a resort
            "Is there an official Telegram or WhatsApp channel for disaster alerts in English? I manage a small resort on the coast"})
    void theSamePhrasesWithTheOfficesOwnMatterStayIn(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }

    /** Batch A28: "maaf hp dipegang bocah" after a keyboard mash opened a staff ticket. */
    @ParameterizedTest
    @ValueSource(strings = {"maaf hp dipegang bocah", "maaf tadi anak sy yg ketik", "salah kirim min", "sorry wrong chat",
            "eh kepencet"})
    void aMessageSentByMistakeSaidSoIsAcknowledged(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).contains(SmallTalk.Kind.ACKNOWLEDGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maaf hp dipegang bocah, mau tanya posko di mana?", "salah kirim bantuan ke alamat lama, gimana",
            "hp dipegang anak trus kepencet hapus aplikasi lapor, cara pasang lagi gimana ya min"})
    void anApologyThatAlsoAsksIsNot(String text) {
        assertThat(SmallTalk.recognise(text)).as(text).isEmpty();
    }
}
