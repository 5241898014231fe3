package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.FakeBotApi.Call;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trustworthy answers on ordinary messages, through the real Telegram client against the fake Bot API
 * and the real pipeline (classifier, retrieval over a small knowledge base, the decision, handoffs on
 * an embedded Redis): no entry and no ticket for noise, thanks or questions outside the remit; a person
 * (or the approved clarification) for allegations; English for English; choices that can be tapped,
 * refused when forged, and "Bukan" that hands off with the candidates on the staff card.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TrustworthyAnswersTelegramTest {

    static final FakeBotApi api = new FakeBotApi();
    static final long STAFF_CHAT = -100700;
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Pattern CHOICE = Pattern.compile("ch:[a-z0-9]{6}:[0-3]");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "trust");
        registry.add("sigap.kb-dir", () -> "src/test/resources/kb/trust");
        registry.add("sigap.telegram.group-per-minute", () -> 600);
        registry.add("sigap.staff-chat-id", () -> STAFF_CHAT);
        registry.add("sigap.staff-user-ids", () -> "900");
        registry.add("sigap.handoff.office-hours", () -> "MON-SUN 00:00-23:59");
    }

    @Autowired
    HandoffService handoffs;

    @Autowired
    ConversationService conversation;

    @Autowired
    ChatHistory history;

    /** Sends a message and waits for the bot's answer; returns the messages delivered to the chat for it. */
    private static List<Call> say(long chat, String text) {
        int before = api.delivered(chat).size();
        api.sendText(chat, text);
        api.await(WAIT, a -> a.delivered(chat).size() > before, "reply to " + text);
        settle();
        List<Call> all = api.delivered(chat);
        return all.subList(before, all.size());
    }

    private static List<Call> tap(long chat, String data) {
        int before = api.delivered(chat).size();
        int notices = api.calls("answerCallbackQuery").size();
        api.sendCallback(chat, data);
        api.await(WAIT, a -> a.calls("answerCallbackQuery").size() > notices, "callback answer " + data);
        settle();
        List<Call> all = api.delivered(chat);
        return all.subList(before, all.size());
    }

    /** A turn's messages go out together; a short pause lets the last of them arrive. */
    private static void settle() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String lastNotice() {
        return api.calls("answerCallbackQuery").getLast().params().getOrDefault("text", "");
    }

    private static List<Call> cardsFor(long chat) {
        return api.delivered(STAFF_CHAT).stream().filter(c -> c.text().contains("telegram:" + chat)).toList();
    }

    private static String markup(List<Call> calls) {
        return String.join(" ", calls.stream().map(c -> c.params().getOrDefault("reply_markup", "")).toList());
    }

    @Test
    void noiseThanksAndQuestionsOutsideTheRemitGetNoEntryAndOpenNoTicket() {
        long chat = 7101;
        List<String> ordinary = List.of("aaaaaaaaaaaa", "asdfghjkl", "?", "terima kasih infonya sangat membantu",
                "makasih min", "mantap", "ok siap", "berapa harga tiket pesawat ke bali",
                "hasil pilkada kemarin siapa yang menang", "resep rendang padang enak", "skor persib tadi malam");
        for (String text : ordinary) {
            List<Call> replies = say(chat, text);
            assertThat(replies).as(text).hasSize(1);
            assertThat(markup(replies)).as(text + ": no answer buttons, so no entry").doesNotContain("fb:");
            assertThat(replies.getFirst().text()).as(text).doesNotContain("antrean", "Sumber");
        }
        assertThat(say(chat, "?").getFirst().text()).contains("ditulis ulang");
        assertThat(say(chat, "berapa harga tiket pesawat ke bali").getFirst().text())
                .contains("di luar wewenang", "maskapai");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
    }

    /** Each message gets one reply of Sigap's own: no entry, no choices, no queue number, no emergency number. */
    private void eachGetsOneReplyWithNoEntryNoChoicesNoTicket(long chat, List<String> messages) {
        for (String text : messages) {
            List<Call> replies = say(chat, text);
            assertThat(replies).as(text).hasSize(1);
            assertThat(markup(replies)).as(text + ": no entry, no choices").doesNotContain("fb:", "ch:");
            assertThat(replies.getFirst().text()).as(text).doesNotContain("antrean", "Sumber", "112");
        }
    }

    /** The sixteenth session's helper batch: each of these got choices, a ticket or (homework) the emergency reply. */
    @Test
    void homeworkFlightsBeyondAFloodABareLinkAMissedReplyAndCheersOpenNoTicket() {
        long chat = 7191;
        List<String> ordinary = List.of("tolong bantu pr anak sy dong: sebutkan 5 penyebab banjir dan cara mencegahnya",
                "harga tiket pesawat sangkara - jakarta bulan depan brp ya, mau pulang kampung abis banjir",
                "https://bit.ly/3xKq9Pz", "jawabannya gk nyambung", "min mau nanya boleh?",
                "Selamat pagi admin, semangat ya kerjanya, semoga sehat selalu dan Kota Sangkara cepat pulih. Aamiin",
                "mantap min gercep bgt, kok bisa sih bales secepet ini? 👍");
        eachGetsOneReplyWithNoEntryNoChoicesNoTicket(chat, ordinary);
        assertThat(say(chat, "https://bit.ly/3xKq9Pz").getFirst().text()).contains("Tautan apa ini", "go.id");
        assertThat(say(chat, "jawabannya gk nyambung").getFirst().text()).contains("belum tepat", "/petugas");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
        long other = 7192;
        List<Call> replies = say(other, "camat tanjung ngambil beras bantuan buat dibagi ke timsesnya doang, sy liat sendiri. ini gmn");
        assertThat(markup(replies)).doesNotContain("fb:", "ch:");
        assertThat(handoffs.openFor("telegram", other).orElseThrow().reasons()).contains(Reason.SENSITIVE);
    }

    /** The seventeenth session's crisis-week batch: each of these got choices of unrelated entries, or an emergency. */
    @Test
    void homeworkALeagueMatchThanksAndAJokeOpenNoTicketAllegationsAndARecordErrorGetAPerson() {
        long chat = 7193;
        List<String> ordinary = List.of(
                "kak tolong bantuin pr geografi adik sy dong, sebutkan 5 penyebab banjir dan cara pencegahannya, dikumpulin bsk pagi 🙏",
                "min liga 1 minggu ini ditunda gk? stadion sangkara kan kerendem, sy udh beli tiket",
                "min botnya udh makan blm? jgn sampe kebanjiran jg ya wkwk",
                "Thank you so much for the quick updates this week, the hoax clarification about the dam really calmed my parents down. Keep it up!",
                "dadah");
        eachGetsOneReplyWithNoEntryNoChoicesNoTicket(chat, ordinary);
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
        long alleging = 7194;
        List<Call> replies = say(alleging, "Dana bansos banjir katanya 2 M udh cair tp yg nyampe ke warga cuma mie instan 5 "
                + "bungkus per KK. sisanya kemana?? kami minta diaudit, jgn2 masuk kantong kadis sosial");
        assertThat(markup(replies)).doesNotContain("fb:", "ch:");
        assertThat(handoffs.openFor("telegram", alleging).orElseThrow().reasons()).contains(Reason.SENSITIVE);
        long misrecorded = 7195;
        List<Call> person = say(misrecorded, "min sy mau ngomong langsung sama petugas humas, ada data korban yg salah di "
                + "rilis kemarin, nama bapak sy ditulis meninggal padahal masih hidup di pengungsian");
        assertThat(person.getFirst().text()).doesNotContain("berduka");
        Handoff h = handoffs.openFor("telegram", misrecorded).orElseThrow();
        assertThat(h.priority()).isNotEqualTo(Priority.EMERGENCY);
        assertThat(h.reasons()).contains(Reason.ASKED_FOR_HUMAN).doesNotContain(Reason.BEREAVED, Reason.EMERGENCY);
        long unheeded = 7196;
        say(unheeded, "sy udh lapor lewat sini kemarin soal pohon tumbang nutup jalan di RT 2 Kel Cempaka");
        List<Call> again = say(unheeded, "sampe skrg blm ada yg dateng, cuma dibales \"laporan diterima\" doang. "
                + "ini laporannya dibaca gk sih?");
        assertThat(markup(again)).doesNotContain("ch:");
        assertThat(handoffs.openFor("telegram", unheeded).orElseThrow().reasons()).contains(Reason.ASKED_FOR_HUMAN);
    }

    @Test
    void askingWhetherItIsABotGetsAnHonestReplyAndEnglishThanksGetEnglishAndNeitherOpensATicket() {
        long chat = 7120;
        List<String> ordinary = List.of("apakah ini robot?", "anda siapa?", "rekomendasi laptop buat kuliah dong",
                "okay thank you");
        for (String text : ordinary) {
            List<Call> replies = say(chat, text);
            assertThat(replies).as(text).hasSize(1);
            assertThat(markup(replies)).as(text + ": no entry, no choices").doesNotContain("fb:", "ch:");
        }
        assertThat(say(chat, "kamu chatbot ya").getFirst().text()).contains("bot", "/petugas");
        // named a person, but asked about Sigap (the nineteenth session's batch J: it opened a ticket)
        assertThat(say(chat, "Are you a bot or a real person?").getFirst().text()).contains("bot", "/petugas");
        assertThat(say(chat, "cheers, got it").getFirst().text()).contains("welcome");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
    }

    @Test
    void heartacheANeighboursQuarrelAndANationalSelectionGetTheOutOfScopeReplyAndOpenNoTicket() {
        long chat = 7131;
        List<String> outside = List.of("istri saya marah terus sama saya, sakit hati banget",
                "mobil tetangga parkir nutupin jalan masuk rumah saya", "kapan pendaftaran pppk guru dibuka");
        for (String text : outside) {
            List<Call> replies = say(chat, text);
            assertThat(replies).as(text).hasSize(1);
            assertThat(markup(replies)).as(text + ": no entry, no choices").doesNotContain("fb:", "ch:");
            assertThat(replies.getFirst().text()).as(text).contains("di luar wewenang").doesNotContain("antrean");
        }
        assertThat(say(chat, "pengumuman cpns tahun ini kapan").getFirst().text()).contains("SSCASN");
        List<Call> thanks = say(chat, "makasih min, semoga banjirnya lekas surut");
        assertThat(markup(thanks)).doesNotContain("fb:", "ch:");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
    }

    @Test
    void everydayThanksFragmentsAndAskingOutsideTheRemitOpenNoTicketEither() {
        long chat = 7110;
        List<String> ordinary = List.of("matur nuwun sanget nggih", "wah gercep juga responnya", "hmmm",
                "qweqweqwe", "konser coldplay kapan ya");
        for (String text : ordinary) {
            List<Call> replies = say(chat, text);
            assertThat(replies).as(text).hasSize(1);
            assertThat(markup(replies)).as(text + ": no answer buttons, so no entry").doesNotContain("fb:", "ch:");
            assertThat(replies.getFirst().text()).as(text).doesNotContain("antrean", "Sumber");
        }
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
    }

    @Test
    void anEverydayWishToComplainToAPersonIsHonoured() {
        long chat = 7111;
        List<Call> replies = say(chat, "sy mau ngadu ke petugas humas");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(handoffs.openFor("telegram", chat).orElseThrow().reasons()).contains(Reason.ASKED_FOR_HUMAN);
    }

    @Test
    void aBareRequestForAPersonGetsOneWithNoEntryBesideIt() {
        long chat = 7140;
        List<Call> replies = say(chat, "tolong sambungkan ke petugas");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(markup(replies)).as("no entry (it was the Wi-Fi one), no choices").doesNotContain("fb:", "ch:");
        assertThat(handoffs.openFor("telegram", chat).orElseThrow().reasons()).contains(Reason.ASKED_FOR_HUMAN);
    }

    @Test
    void informalAndEnglishRequestsForAPersonGetAPersonWithNoEntry() {
        // eighth batch (lead, 2026-12-02), written before the change: the first got the Wi-Fi entry, the others choices
        long[] chats = {7151, 7152, 7153};
        String[] texts = {"disambungin ke admin dong", "mohon diarahkan ke petugas humas", "is there anyone i can talk to?"};
        for (int i = 0; i < chats.length; i++) {
            List<Call> replies = say(chats[i], texts[i]);
            assertThat(replies).as(texts[i]).anySatisfy(r -> assertThat(r.text()).containsAnyOf("#H"));
            assertThat(markup(replies)).as(texts[i]).doesNotContain("fb:", "ch:");
            assertThat(handoffs.openFor("telegram", chats[i]).orElseThrow().reasons()).as(texts[i])
                    .contains(Reason.ASKED_FOR_HUMAN);
        }
    }

    @Test
    void criticismOfAnOfficialOrAnOfficersConductGetsAPersonNeverAnEntry() {
        for (long chat : new long[] {7141, 7142}) {
            String text = chat == 7141 ? "gubernur kemana aja pas banjir, cuma foto2 doang"
                    : "petugas di posko pesisir barat kasar sama pengungsi, saya mau komplain";
            List<Call> replies = say(chat, text);
            assertThat(replies).as(text).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
            assertThat(markup(replies)).as(text).doesNotContain("fb:", "ch:");
            assertThat(handoffs.openFor("telegram", chat).orElseThrow().reasons()).as(text).contains(Reason.SENSITIVE);
        }
    }

    @Test
    void askingWhatSigapKeepsOrWhichLanguagesItReadsGetsAnHonestReplyAndNoTicket() {
        long chat = 7143;
        assertThat(say(chat, "bot ini nyimpen nomor hp saya ga?").getFirst().text()).contains("disamarkan", "/hapus");
        assertThat(say(chat, "is my data stored by this bot?").getFirst().text()).contains("masked", "/hapus");
        assertThat(say(chat, "bisa pakai bahasa jawa ga min").getFirst().text()).contains("bahasa Inggris");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
    }

    @Test
    void anEnglishEmergencyIsToldInEnglishToCallTheEmergencyNumberAtOnce() {
        long chat = 7112;
        List<Call> replies = say(chat, "my grandmother is trapped on the roof, the water keeps rising");
        assertThat(replies.getFirst().text()).contains("112").doesNotContain("segera", "Dalam keadaan darurat");
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Percakapan Anda"));
        assertThat(handoffs.openFor("telegram", chat).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void anAllegationWithoutAClarificationGetsAPersonWithAPriorityOfItsOwn() {
        long chat = 7102;
        List<Call> replies = say(chat, "apakah benar bupati selingkuh dengan sekretarisnya?");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(markup(replies)).doesNotContain("fb:");
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.priority()).isIn(Priority.SENSITIVE, Priority.HIGH);
        assertThat(h.reasons()).contains(Reason.SENSITIVE);
        api.await(WAIT, a -> !cardsFor(chat).isEmpty(), "staff card");
        assertThat(cardsFor(chat).getFirst().text()).contains("pertanyaan sensitif tentang pejabat");
    }

    @Test
    void whileAHandoffWaitsAnUnsureQuestionGoesToStaffWithoutChoicesAndANumberTypedAfterPicksNothing() {
        long chat = 7194;
        say(chat, "apakah benar bupati selingkuh dengan sekretarisnya?");
        assertThat(handoffs.openFor("telegram", chat)).isPresent();

        List<Call> replies = say(chat, "info bantuan buat korban banjir");
        assertThat(replies).hasSize(1);
        assertThat(replies.getFirst().text()).contains("antrean petugas").doesNotContain("Apakah maksud Anda");
        assertThat(markup(replies)).doesNotContain("ch:");
        api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.text().contains("info bantuan buat korban banjir")),
                "the question relayed to staff");

        // The offer the bot did not show is not remembered: "1" picks nothing.
        List<Call> afterNumber = say(chat, "1");
        assertThat(afterNumber).noneSatisfy(r -> assertThat(r.text()).contains("Bantuan perbaikan rumah rusak"));
        assertThat(markup(afterNumber)).doesNotContain("fb:u:");
    }

    @Test
    void aCitizenWhoLostFamilyGetsCondolencesAndAPersonNeverChoicesOrTheOutOfScopeReply() {
        long chat = 7110;
        // "suami saya" once made this a private dispute ("ask the kelurahan for mediation"); the knowledge base has
        // no entry on compensation for the dead, so a person takes it, first with condolences.
        List<Call> replies = say(chat, "suami sy meninggal kena banjir, ada santunan ga");
        assertThat(replies.getFirst().text()).contains("turut berduka cita");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("di luar wewenang", "mediasi"));
        assertThat(markup(replies)).doesNotContain("ch:");
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.priority()).isEqualTo(Priority.HIGH);
        assertThat(h.reasons()).contains(Reason.BEREAVED);
        api.await(WAIT, a -> !cardsFor(chat).isEmpty(), "staff card");
        assertThat(cardsFor(chat).getFirst().text()).contains("warga kehilangan anggota keluarga");

        long english = 7111;
        List<Call> inEnglish = say(english, "my mother passed away in the flood, what should I do");
        assertThat(inEnglish.getFirst().text()).contains("deeply sorry");
        assertThat(inEnglish).noneSatisfy(r -> assertThat(r.text()).contains("Percakapan Anda"));
    }

    @Test
    void blameAsATauntGetsAPersonAtHighPriorityAndAWishToDieAfterALossTheEmergencyReply() {
        long chat = 7197;
        List<Call> replies = say(chat, "antri lpg 3kg dr jam 6 pagi smp jam 11 gk dapet jg. pemerintah kemana aja sih?? "
                + "rakyat kecil disuruh masak pake apa");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Apakah maksud Anda"));
        assertThat(handoffs.openFor("telegram", chat).orElseThrow().priority()).isEqualTo(Priority.HIGH);

        long grieving = 7198;
        List<Call> grief = say(grieving, "sy udh gk kuat lg. rumah kebanjiran, anak sy yg kecil meninggal kmrn krn diare. "
                + "buat apa sy hidup lg");
        assertThat(grief).anySatisfy(r -> assertThat(r.text()).contains("112"));
        assertThat(handoffs.openFor("telegram", grieving).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void peopleWithoutFoodAtTheShelterGetAPersonAtHighPriorityAndAMealQuestionDoesNot() {
        long chat = 7150;
        // once read as a plain meal question; people going without food need a person now
        List<Call> replies = say(chat, "saya udah 3 hari di pengungsian belum dapet makan");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.priority()).isEqualTo(Priority.HIGH);
        assertThat(h.reasons()).contains(Reason.NEGATIVE);

        long meal = 7151;
        say(meal, "belum makan siang nih, dapur umum di posko buka sampai jam berapa?");
        // this knowledge base has no meal schedule: a person may take it, but not as distress
        handoffs.openFor("telegram", meal).ifPresent(m -> {
            assertThat(m.reasons()).doesNotContain(Reason.NEGATIVE);
            assertThat(m.priority()).isNotEqualTo(Priority.HIGH);
        });
    }

    @Test
    void sarcasticThanksGetAPersonNotYouAreWelcome() {
        long chat = 7301;
        // batch A28 (held out): answered "Sama-sama. Semoga membantu."
        List<Call> replies = say(chat, "wkwk hebat ya pemda, bantuan dateng pas kita udh beli air sendiri 3 hari. makasih loh 👏👏");
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Sama-sama"));
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(history.recentSentiments("telegram", chat)).doesNotContain("positif");
    }

    @Test
    void aMessagePointingAtTheConversationIsNotAnsweredWithTheEntryItsOwnWordsFind() {
        long chat = 7302;
        // batch C28 (held out): the public-service mall's Sunday hours after a question on vaccination posts for cattle
        say(chat, "pos vaksin PMK utk sapi di kab Gunungsari ada dmn aja");
        List<Call> replies = say(chat, "itu buka hari minggu jg gk?");
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Mal Pelayanan Publik (MPP)"));
    }

    @Test
    void aLivePowerLineInAPuddleBesideChildrenGetsTheEmergencyNumberInEnglish() {
        long chat = 7303;
        // batch A28 (held out): a staff ticket at normal priority
        List<Call> replies = say(chat, "Live wire from the storm is lying in a puddle right where people are queuing for "
                + "the tanker. Kids are near it NOW.");
        assertThat(replies.getFirst().text()).contains("112", "call");
        assertThat(handoffs.openFor("telegram", chat).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void despairGetsAPersonAtHighPriorityAndNoChoices() {
        long chat = 7190;
        // tenth held-out batch: got three unrelated entries as choices
        List<Call> replies = say(chat, "sy udh gak tau hrs gmn lg. rumah abis, kerjaan ilang, anak 3 msh kecil2. "
                + "tiap malem gak bs tidur mikirin besok mkn apa");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Apakah maksud Anda"));
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void aDangerOnlyTheLearntModelReadsGetsAPersonAtHighPriorityButNotTheEmergencyReply() {
        long chat = 7191;
        // no rule names this danger: the learnt second opinion alone (the fourteenth session's example, someone no
        // longer seen in a river, is a rule's since the twenty-fourth)
        List<Call> replies = say(chat, "anak saya main di kali tadi, sekarang tidak ada di pinggir, "
                + "sandalnya masih di batu");
        assertThat(replies).anySatisfy(r -> assertThat(r.text())
                .startsWith("Bila ada orang dalam bahaya saat ini, jangan menunggu balasan di sini: segera hubungi 112")
                .contains("petugas humas", "mendesak", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Apakah maksud Anda"));
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.priority()).isEqualTo(Priority.HIGH); // not EMERGENCY: the model alone does not send the emergency reply
        assertThat(h.reasons()).first().isEqualTo(Reason.POSSIBLE_EMERGENCY);
    }

    @Test
    void anAllegationTheApprovedClarificationAnswersGetsThatClarificationAndNoOtherEntry() {
        long chat = 7103;
        List<Call> replies = say(chat, "apakah benar gubernur korupsi dana bantuan banjir?");
        assertThat(replies.getFirst().text()).contains("Klarifikasi isu penyelewengan dana bantuan banjir",
                "Inspektorat");
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("perbaikan rumah"));
    }

    @Test
    void anEnglishQuestionGetsEnglish() {
        long chat = 7104;
        List<Call> answer = say(chat, "Where can I get free medical treatment after the flood?");
        assertThat(answer.getFirst().text()).contains("Free health care", "Flood victims receive free health care");
        assertThat(markup(answer)).contains("Helpful").doesNotContain("Membantu");

        List<Call> indonesianOnly = say(chat, "Is the road closed?");
        String official = indonesianOnly.getFirst().text();
        assertThat(official).contains("The official answer, in Indonesian:", "ditutup", "Source:").doesNotContain("Sumber:");
        // English first: the introduction comes before the entry's Indonesian title, not after it.
        assertThat(official.indexOf("The official answer")).isLessThan(official.indexOf("Jalan"));

        assertThat(say(chat, "thank you so much").getFirst().text()).contains("You are welcome");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
    }

    @Test
    void anEnglishQuestionHandedOffIsToldSoInEnglish() {
        long chat = 7105;
        List<Call> replies = say(chat, "I want to talk to a human officer please");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("public relations officers"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Percakapan Anda"));
    }

    /**
     * Thirty-ninth session (batch B41, read): "Great, I'll report the profile. Cheers." after an English question a person
     * took got the queue's words in Indonesian. An English word and no Indonesian one follows the chat's earlier language.
     */
    @Test
    void anEnglishAcknowledgementWhileWaitingGetsTheQueuesWordsInEnglish() {
        long chat = 7120;
        List<Call> queued = say(chat, "Someone is impersonating the governor on Instagram asking for money");
        assertThat(queued).anySatisfy(r -> assertThat(r.text()).contains("public relations officers"));
        assertThat(say(chat, "Ok, will do.").getFirst().text()).contains("Just write your message");
        assertThat(say(chat, "ok min sy tunggu").getFirst().text()).contains("Tulis saja pesan Anda");
    }

    /**
     * While an emergency waits, asking whom to call got only the queue's "call 112" (held-out batches E43-L43:
     * "damkar nomornya brp cepet", "udh ditelp 112 gk nyambung2"): the numbers come again, then the queue's words. The
     * attack: the same question while an ordinary handoff waits is no emergency and is not told it is one.
     */
    @Test
    void askingWhomToCallWhileAnEmergencyWaitsGetsTheNumbersAgainAndNotInAnOrdinaryWait() {
        long chat = 7125;
        say(chat, "tolong ada orang hanyut di kali deket jembatan merah, gk keliatan lg");
        assertThat(handoffs.openFor("telegram", chat).orElseThrow().priority()).isEqualTo(Priority.EMERGENCY);
        for (String asked : List.of("damkar nomornya brp cepet", "udh ditelp 112 gk nyambung2")) {
            int before = api.delivered(chat).size();
            List<Call> replies = say(chat, asked);
            assertThat(replies.getFirst().text()).as(asked).contains("113", "119", "0811-2000-112");
            api.await(WAIT, a -> {
                List<Call> delivered = a.delivered(chat); // one copy: a reply may land between two reads
                return delivered.subList(before, delivered.size()).stream()
                        .anyMatch(c -> c.text().contains("keadaan darurat"));
            }, "the queue's words after the numbers");
        }

        long english = 7126;
        say(english, "my grandmother is trapped on the roof, the water keeps rising");
        List<Call> inEnglish = say(english, "What's the number for SAR?");
        assertThat(inEnglish.getFirst().text()).contains("112").doesNotContain("segera telepon");

        long ordinary = 7127;
        say(ordinary, "sy mau bicara langsung dgn petugas humas");
        assertThat(handoffs.openFor("telegram", ordinary).orElseThrow().priority()).isNotEqualTo(Priority.EMERGENCY);
        // (a message this short, while a person is awaited, goes to that person: the ordinary queue's words)
        assertThat(say(ordinary, "sy hrs telp siapa")).noneSatisfy(r -> assertThat(r.text())
                .containsAnyOf("ini keadaan darurat", "113", "0811-2000-112"));
    }

    @Test
    void whileAPersonIsAwaitedAMessageOfAFewWordsGoesToThemAndAQuestionOfItsOwnIsStillAnswered() {
        // forty-second session (batches Y45-B46, read): "hrs ke kantor ya?" while a failing digital-ID app waited for a
        // person got the humas office's hours
        long chat = 7210;
        say(chat, "sy mau bicara langsung dgn petugas humas");
        List<Call> leaning = say(chat, "sy hrs telp siapa");
        assertThat(leaning.getFirst().text()).contains("sudah terhubung dengan antrean");
        assertThat(markup(leaning)).doesNotContain("fb:u:");
        List<Call> own = say(chat, "jalan mana saja yang ditutup karena banjir sekarang?");
        assertThat(markup(own)).contains("fb:u:");
    }

    /**
     * "trs gimana?" opening a chat got choices of three unrelated entries (batches Z43 and B44): with no question before
     * it, it is asked to say more; after a question it goes on from that one, as before.
     */
    @Test
    void nothingButAskingWordsIsAskedToSayMoreUnlessAQuestionCameBefore() {
        long chat = 7128;
        List<Call> alone = say(chat, "trs gimana?");
        assertThat(alone).hasSize(1);
        assertThat(markup(alone)).doesNotContain("ch:");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();

        long after = 7129;
        say(after, "pos pengungsian terdekat di mana?");
        List<Call> goingOn = say(after, "trs gimana?");
        assertThat(goingOn.getFirst().text()).doesNotContain(alone.getFirst().text());
    }

    @Test
    void threePlainServiceQuestionsInARowDoNotHandAnAnsweredChatToStaff() {
        long chat = 7106;
        say(chat, "listrik mati dari kemarin");
        say(chat, "jalan ahmad yani udah bisa dilewatin belum");
        say(chat, "listriknya kapan nyala lagi ya");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
        assertThat(cardsFor(chat)).isEmpty();
    }

    @Test
    void smallTalkIsNoConcernCountedLater() {
        // "min" alone and "udh makan blm 😁" read berpotensi negatif; counted, they made the next unsure question a
        // repeated concern handed to staff (batch X27)
        long chat = 7290;
        say(chat, "min");
        say(chat, "udh makan blm 😁");
        assertThat(history.recentSentiments("telegram", chat)).containsOnly("netral");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
    }

    @Test
    void aTappedChoiceAnswersWithThatEntryAndItsButtonsCannotBeForgedOrReused() {
        long chat = 7107;
        List<Call> offer = say(chat, "info bantuan buat korban banjir");
        String text = offer.getFirst().text();
        assertThat(text).contains("Apakah maksud Anda", "Bukan, hubungi petugas");
        int number = numberOf(text, "Bantuan perbaikan rumah rusak akibat banjir");
        String data = buttonData(markup(offer), number);

        assertThat(tap(chat, "ch:zzzzzz:" + number)).isEmpty();
        assertThat(lastNotice()).contains("tidak berlaku");

        int edits = api.calls("editMessageReplyMarkup").size();
        List<Call> answer = tap(chat, data);
        assertThat(answer.getFirst().text()).contains("Bantuan perbaikan rumah rusak akibat banjir");
        assertThat(markup(answer)).contains("fb:u:banjir-bantuan-rumah-rusak");
        assertThat(api.calls("editMessageReplyMarkup")).as("the offer's buttons are removed").hasSize(edits + 1);

        assertThat(tap(chat, data)).isEmpty();
        assertThat(lastNotice()).contains("tidak berlaku");
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
    }

    @Test
    void aQuestionNoEntryAnswersGoesToAPersonAtOnceWithTheNearestEntriesStillOneTapAway() {
        long chat = 7199;
        // Nothing on fogging: once "Apakah maksud Anda" with unrelated titles; now the queue first, then suggestions
        // that share a word with the question (here the shelter, for "warga").
        List<Call> replies = say(chat, "jadwal fogging demam berdarah buat warga");
        assertThat(replies.getFirst().text()).contains("petugas humas", "#H");
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Apakah maksud Anda", "Bukan, hubungi petugas"));
        Call suggestions = replies.getLast();
        assertThat(suggestions.text()).contains("Sambil menunggu petugas");
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.priority()).isEqualTo(Priority.NORMAL);
        assertThat(h.reasons()).contains(Reason.SUGGESTED_BESIDE_PERSON);
        api.await(WAIT, a -> !cardsFor(chat).isEmpty(), "staff card");
        assertThat(cardsFor(chat).getFirst().text()).contains("fogging", "disarankan ke warga");

        // A suggestion tapped answers with its entry; staff read which one, not a bare button.
        String data = buttonData(markup(List.of(suggestions)), 1);
        int before = api.delivered(chat).size();
        tap(chat, data);
        api.await(WAIT, a -> {
            List<Call> delivered = a.delivered(chat); // one copy: a reply may land between two reads
            return markup(delivered.subList(before, delivered.size())).contains("fb:u:");
        }, "the suggested entry's answer");
        api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.text().contains("membaca entri yang disarankan")),
                "the pick relayed to staff");
        assertThat(tap(chat, data)).isEmpty();
        assertThat(lastNotice()).contains("tidak berlaku");

        // While that handoff waits, another faint question is relayed without suggestions.
        List<Call> again = say(chat, "kalau abate bisa minta dimana?");
        assertThat(markup(again)).doesNotContain("ch:");
        assertThat(again).noneSatisfy(r -> assertThat(r.text()).contains("Sambil menunggu petugas"));
    }

    @Test
    void aPersonIsNotOfferedEntriesThatShareNoWordOfWhatWasAsked() {
        // forty-second session (batches Y45-B46, read): suggestions found by the sense of the words alone, or by "when"
        long chat = 7200;
        for (String asked : List.of("jadwal fogging demam berdarah", "min hasil persikas tadi malem brp brp?")) {
            chat++;
            List<Call> replies = say(chat, asked);
            assertThat(replies.getFirst().text()).as(asked).contains("petugas humas", "#H");
            assertThat(markup(replies)).as(asked).doesNotContain("ch:");
            assertThat(replies).as(asked).noneSatisfy(r -> assertThat(r.text()).contains("Sambil menunggu petugas"));
            assertThat(handoffs.openFor("telegram", chat).orElseThrow().reasons()).as(asked)
                    .doesNotContain(Reason.SUGGESTED_BESIDE_PERSON);
        }
    }

    @Test
    void noneOfTheseHandsOffWithTheCandidatesOnTheStaffCard() {
        long chat = 7108;
        List<Call> offer = say(chat, "info bantuan buat korban banjir");
        String none = buttonData(markup(offer), 0);
        int before = api.delivered(chat).size();
        tap(chat, none);
        // The handoff notice may follow the callback's answer by more than the settling pause on a loaded machine.
        api.await(WAIT, a -> a.delivered(chat).stream().skip(before)
                .anyMatch(r -> r.text().contains("petugas humas")), "the handoff notice to the citizen");
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.reasons()).contains(Reason.CHOICE_REJECTED);
        assertThat(h.suggestions()).contains("banjir-bantuan-rumah-rusak");
        api.await(WAIT, a -> !cardsFor(chat).isEmpty(), "staff card");
        assertThat(cardsFor(chat).getFirst().text()).contains("warga menolak pilihan jawaban",
                "Bantuan perbaikan rumah rusak akibat banjir", "info bantuan buat korban banjir");
    }

    @Test
    void choicesTheCitizenSaysMissedGoToAPersonWithTheOfferedEntriesOnTheCard() {
        long chat = 7195;
        say(chat, "info bantuan buat korban banjir");
        List<Call> replies = say(chat, "gk nyambung, sy cuma mau tau jam brp");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Apakah maksud Anda"));
        Handoff h = handoffs.openFor("telegram", chat).orElseThrow();
        assertThat(h.reasons()).contains(Reason.CHOICE_REJECTED);
        assertThat(h.suggestions()).contains("banjir-bantuan-rumah-rusak");
        api.await(WAIT, a -> !cardsFor(chat).isEmpty(), "staff card");
        assertThat(cardsFor(chat).getFirst().text()).contains("warga menolak pilihan jawaban", "jam brp");

        // Only saying that the choices missed is enough too.
        long other = 7196;
        say(other, "info bantuan buat korban banjir");
        say(other, "jawabannya gk nyambung");
        assertThat(handoffs.openFor("telegram", other).orElseThrow().reasons()).contains(Reason.CHOICE_REJECTED);
    }

    @Test
    void inTheWebSimulatorAChoiceIsAnsweredByTypingItsNumber() {
        long chat = 7109;
        ConversationResult offer = conversation.handle(IncomingMessage.text("web", 1, chat, "info bantuan buat korban banjir"));
        assertThat(offer.decision().outcome()).isEqualTo(Outcome.CHOICES);
        int number = numberOf(offer.replies().getFirst().text(), "Bantuan perbaikan rumah rusak akibat banjir");

        ConversationResult picked = conversation.handle(IncomingMessage.text("web", 2, chat, " " + number + " "));
        assertThat(picked.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(picked.decision().entryId()).isEqualTo("banjir-bantuan-rumah-rusak");
        assertThat(picked.decision().reasons()).contains(Reason.CHOICE_TAKEN);

        // Once taken, a number is an ordinary message again.
        ConversationResult again = conversation.handle(IncomingMessage.text("web", 3, chat, String.valueOf(number)));
        assertThat(again.decision().reasons()).doesNotContain(Reason.CHOICE_TAKEN);
    }

    @Test
    void aChoiceOrARefusalTypedInWordsIsTakenAndWithoutAnOfferAskedAgain() {
        long chat = 7112;
        ConversationResult offer = conversation.handle(IncomingMessage.text("web", 1, chat, "info bantuan buat korban banjir"));
        assertThat(offer.decision().outcome()).isEqualTo(Outcome.CHOICES);
        ConversationResult refused = conversation.handle(IncomingMessage.text("web", 2, chat, "tidak ada yang sesuai"));
        assertThat(refused.decision().outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(refused.decision().reasons()).contains(Reason.CHOICE_REJECTED);
        assertThat(refused.decision().candidates()).isEqualTo(offer.decision().candidates());

        long other = 7113;
        assertThat(conversation.handle(IncomingMessage.text("web", 1, other, "info bantuan buat korban banjir")).decision()
                .outcome()).isEqualTo(Outcome.CHOICES);
        ConversationResult first = conversation.handle(IncomingMessage.text("web", 2, other, "pilihan pertama"));
        assertThat(first.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(first.decision().reasons()).contains(Reason.CHOICE_TAKEN);
        // The offer is used up: "nomor dua" now is no question, and no entry answers it.
        ConversationResult late = conversation.handle(IncomingMessage.text("web", 3, other, "nomor dua"));
        assertThat(late.decision().outcome()).isEqualTo(Outcome.REPHRASE);
    }

    @Test
    void eveningGreetingsAndThanksToTheTeamOpenNoTicket() {
        long chat = 7114;
        for (String text : List.of("selamat malem kak", "makasih deh, membantu banget buat kami", "nuhun lho teh")) {
            List<Call> replies = say(chat, text);
            assertThat(replies).as(text).hasSize(1);
            assertThat(markup(replies)).as(text).doesNotContain("fb:", "ch:");
            assertThat(replies.getFirst().text()).as(text).doesNotContain("antrean");
        }
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();
    }

    /** The number an offer shows for a title ("2. Bantuan perbaikan …"). */
    private static int numberOf(String offer, String title) {
        Matcher m = Pattern.compile("(?m)^([1-3])\\. " + Pattern.quote(title) + "$").matcher(offer);
        assertThat(m.find()).as("offered: " + title + " in " + offer).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String buttonData(String markup, int number) {
        Matcher m = CHOICE.matcher(markup);
        while (m.find()) {
            if (m.group().endsWith(":" + number)) {
                return m.group();
            }
        }
        throw new AssertionError("no choice button " + number + " in " + markup);
    }

    @Test
    void aQuestionOfGenericWordsIsAnsweredOnlyInTheTopicTheChatWasOn() {
        long alone = 7120;
        for (String generic : List.of("biayanya berapa", "bukanya sampai jam berapa?")) {
            assertThat(markup(say(alone, generic))).as(generic + ": no topic, no entry given as the answer")
                    .doesNotContain("fb:");
        }

        long chat = 7121;
        assertThat(markup(say(chat, "gor sangkara dipakai buat pengungsi?"))).contains("fb:u:banjir-posko-sangkara-utara");
        List<Call> followUp = say(chat, "bukanya sampai jam berapa?");
        assertThat(markup(followUp)).contains("fb:u:banjir-posko-sangkara-utara");
        assertThat(followUp.getFirst().text()).contains("24 jam");
    }

    /** Batch K of the twentieth session (in-sample): each got choices, the greeting or the emergency reply. */
    @Test
    void whileAHandoffWaitsACallGetsTheQueuesWordsAndThanksStillTheirReply() {
        long chat = 7230;
        say(chat, "sy mau bicara langsung dgn petugas humas");
        assertThat(handoffs.openFor("telegram", chat)).isPresent();
        for (String calling : List.of("halo???", "p")) {
            List<Call> replies = say(chat, calling);
            assertThat(replies).as(calling).hasSize(1);
            assertThat(replies.getFirst().text()).as(calling).contains("antrean petugas")
                    .doesNotContain("Silakan tulis pertanyaan");
        }
        assertThat(say(chat, "makasih min").getFirst().text()).contains("Sama-sama");
        api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.text().contains("halo???")),
                "the call relayed to staff");

        long fresh = 7231;
        assertThat(say(fresh, "halo").getFirst().text()).contains("Silakan tulis pertanyaan");
    }

    @Test
    void sarcasmGriefLongAgoAndDespairGetAPersonNeverChoicesOrTheEmergencyReply() {
        long sarcasm = 7232;
        List<Call> replies = say(sarcasm, "wah hebat ya pemkot, tiap tahun banjir tiap tahun kaget. gorong2 baru digali "
                + "pas musim hujan 👏👏👏");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Apakah maksud Anda", "Sama-sama"));
        assertThat(markup(replies)).doesNotContain("ch:");

        long grief = 7233;
        replies = say(grief, "tahun lalu anak sy meninggal kecelakaan di tol sangkara-lembah pas hujan deres. skrg tiap "
                + "ada berita tol ditutup sy keinget terus, gk bisa tidur");
        assertThat(replies.getFirst().text()).contains("turut berduka cita");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("keadaan darurat (nomor antrean"));
        assertThat(handoffs.openFor("telegram", grief).orElseThrow().priority()).isEqualTo(Priority.HIGH);

        long despair = 7234;
        replies = say(despair, "sy ditinggal suami pas lg hamil, skrg anak blm bisa daftar sekolah krn gk ada akta. "
                + "sy udh gk kuat mas, malu sama tetangga");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Apakah maksud Anda"));
        assertThat(handoffs.openFor("telegram", despair).orElseThrow().priority()).isEqualTo(Priority.HIGH);
    }


    /** The twenty-first session's dry-season batch N (in-sample): banter, praise and a wish open no ticket; the rest a person. */
    @Test
    void banterWithTheAdminOpensNoTicketAnIdleQuestionForAPersonAndAnAllegationGetOneWithNoEntries() {
        long chat = 7240;
        eachGetsOneReplyWithNoEntryNoChoicesNoTicket(chat, List.of("udah sarapan belom? wkwk", "ini bot ya? pinter jg wkwk",
                "makasih infonya min, sangat membantu. semoga asapnya cepet ilang ya, aamiin"));
        assertThat(handoffs.openFor("telegram", chat)).isEmpty();

        long calling = 7241;
        List<Call> replies = say(calling, "halo?? ada orangnya gk sih ini");
        assertThat(markup(replies)).doesNotContain("ch:");
        assertThat(handoffs.openFor("telegram", calling).orElseThrow().reasons()).contains(Reason.ASKED_FOR_HUMAN);

        long sarcasm = 7242;
        replies = say(sarcasm, "wah mantap pemkot, asap tiap taun, solusinya tiap taun juga bagi masker. hebat bgt 👏👏 "
                + "tahun depan bagi oksigen sekalian");
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("petugas humas", "#H"));
        assertThat(replies).noneSatisfy(r -> assertThat(r.text()).contains("Jika ada pertanyaan lain"));

        long politics = 7243;
        replies = say(politics, "Is the mayor going to run for governor next year? Is that why he's suddenly handing out aid "
                + "with his face printed on every box?");
        assertThat(markup(replies)).doesNotContain("fb:", "ch:");
        assertThat(handoffs.openFor("telegram", politics).orElseThrow().reasons()).contains(Reason.SENSITIVE);
    }

    /** Batches N, O and P of the twenty-first session: a follow-up after the out-of-scope reply got a staff ticket. */
    @Test
    void aFollowUpToAQuestionOutsideTheRemitIsOutsideItTooButANewQuestionIsNot() {
        long homework = 7250;
        say(homework, "kak tolong bantu PR anak sy, matematika kelas 5, 3/4 + 2/5 brp?");
        List<Call> replies = say(homework, "trus gmn cara jelasinnya ke anak biar ngerti");
        assertThat(replies.getFirst().text()).contains("di luar wewenang", "mesin pencari");
        assertThat(handoffs.openFor("telegram", homework)).isEmpty();

        long pleading = 7252; // batch R: a plea to answer anyway got a staff ticket
        say(pleading, "bantuin PR anak sy dong, sebutkan 5 hikmah puasa ramadan");
        replies = say(pleading, "plis min bentar aja");
        assertThat(replies.getFirst().text()).contains("di luar wewenang");
        assertThat(handoffs.openFor("telegram", pleading)).isEmpty();

        long fresh = 7251;
        say(fresh, "min resep rendang yg empuk gmn?");
        replies = say(fresh, "kalau ktp hilang harus lapor ke mana");
        assertThat(replies.getFirst().text()).doesNotContain("di luar wewenang");
    }
}
