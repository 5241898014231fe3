package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.QuestionAnswerer;
import id.sigap.conversation.Reply;
import id.sigap.conversation.TurnSignals;
import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.FakeBotApi.Call;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handoff end to end through the real Telegram client and a fake Bot API: a negative message opens
 * it, the staff group gets the card, staff claim and answer, the bot stays quiet meanwhile, resolving
 * gives the chat back and asks for a rating; refusals for non-staff and forged buttons.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HandoffFlowTest {

    static final FakeBotApi api = new FakeBotApi();
    static final long STAFF_CHAT = -100500;
    static final long STAFF_A = 900, STAFF_B = 901, OUTSIDER = 777;
    static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "handoff");
        registry.add("sigap.telegram.group-per-minute", () -> 600);
        registry.add("sigap.staff-chat-id", () -> STAFF_CHAT);
        registry.add("sigap.staff-user-ids", () -> STAFF_A + "," + STAFF_B);
        registry.add("sigap.handoff.office-hours", () -> "MON-SUN 00:00-23:59");
    }

    /** Hands off anything angry; answers the rest, naming an entry so cards can carry suggestions. */
    @TestConfiguration
    static class AngerAnswerer {
        @Bean
        @Primary
        QuestionAnswerer angerAware() {
            return message -> {
                TurnSignals signals = new TurnSignals(message.text(), "id", message.text().contains("marah") ? "negatif" : "netral",
                        0.9, false, false, List.of(new TurnSignals.ScoredEntry("banjir-posko", 0.4)), 0.4, "v1",
                        "extractive", null, Map.of());
                if (message.text().startsWith("hmm")) {
                    return new ConversationResult(List.of(Reply.text("tulis ulang ya")),
                            Decision.because(Outcome.REPHRASE, Reason.NOISE), signals);
                }
                if (message.text().startsWith("ok sy")) {
                    return new ConversationResult(List.of(Reply.text("Baik. Jika ada pertanyaan lain, silakan tulis saja.")),
                            Decision.because(Outcome.SMALL_TALK, Reason.SMALL_TALK, Reason.ACKNOWLEDGED), signals);
                }
                if (message.text().startsWith("makasih")) {
                    return new ConversationResult(List.of(Reply.text("Sama-sama. Semoga membantu.")),
                            Decision.because(Outcome.SMALL_TALK, Reason.SMALL_TALK), signals);
                }
                if (message.text().contains("pingsan")) {
                    return new ConversationResult(List.of(Reply.text("hubungi 112")),
                            new Decision(Outcome.EMERGENCY, List.of(Reason.EMERGENCY), Priority.EMERGENCY, null,
                                    Double.NaN, List.of(), List.of()), signals);
                }
                if (message.text().contains("marah")) {
                    return new ConversationResult(List.of(), Decision.handoff(Priority.HIGH, List.of(Reason.NEGATIVE)), signals);
                }
                return new ConversationResult(List.of(Reply.text("jawaban bot: " + message.text())),
                        Decision.answer("banjir-posko", 0.9, List.of(Reason.CONFIDENT_MATCH)), signals);
            };
        }

        @Bean
        @Primary
        SuggestionLookup lookup() {
            return id -> Optional.of(new Suggestion(id, "Lokasi posko", "Posko ada di GOR Sangkara.", "https://x.go.id/p"));
        }
    }

    @Autowired
    HandoffService handoffs;

    @Autowired
    HandoffSla sla;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void anIssueAlertIsPostedToTheStaffGroup() {
        events.publishEvent(new id.sigap.transcript.IssueAlert("sentiment",
                "Pesan negatif naik tajam dalam 30 menit terakhir.", 42, 5.2, java.time.Instant.now()));
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("lonjakan sentimen negatif")
                && c.text().contains("42 pesan")), "alert in staff group");
    }

    private static List<Call> staffMessages() {
        return api.delivered(STAFF_CHAT);
    }

    private static String handoffIdIn(Call card) {
        Matcher m = Pattern.compile("h:c:(H[0-9A-Z]+)").matcher(card.params().getOrDefault("reply_markup", ""));
        assertThat(m.find()).as("card buttons").isTrue();
        return m.group(1);
    }

    private static List<String> callbackNotices() {
        return api.calls("answerCallbackQuery").stream().map(c -> c.params().getOrDefault("text", "")).toList();
    }

    @Test
    void aNegativeConversationIsHandedOffAnsweredByStaffAndGivenBack() {
        long citizen = 8100;
        api.sendText(citizen, "saya marah, bantuan tidak datang ke rt 7");
        api.await(WAIT, a -> a.delivered(citizen).size() == 1 && staffMessages().stream()
                .anyMatch(c -> c.text().contains("ke rt 7")), "citizen notice and staff card");
        assertThat(api.delivered(citizen).getFirst().text()).contains("petugas humas", "#H", "112");
        Call card = staffMessages().stream().filter(c -> c.text().contains("ke rt 7")).findFirst().orElseThrow();
        assertThat(card.text()).contains("sentimen negatif", "Lokasi posko", "Prioritas");
        assertThat(card.params().get("reply_markup")).contains("h:r:", "h:b:", "h:s:");
        String id = handoffIdIn(card);

        // While waiting in the queue, the citizen's messages reach staff and the bot keeps answering a question that
        // stands on its own (a message of a few words leans on the thread: TrustworthyAnswersTelegramTest).
        api.sendText(citizen, "kapan truk bantuan sampai ke rt tujuh?");
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("ke rt tujuh?")), "relay");
        api.await(WAIT, a -> a.delivered(citizen).size() == 2, "bot answers while waiting");
        assertThat(api.delivered(citizen).get(1).text()).contains("jawaban bot: kapan truk bantuan sampai ke rt tujuh?");

        // Someone not on the staff list presses Claim: refused, nothing changes.
        api.sendCallbackFrom(STAFF_CHAT, OUTSIDER, "Tamu", "h:c:" + id);
        api.await(WAIT, a -> callbackNotices().stream().anyMatch(t -> t.contains("hanya untuk petugas")), "refusal");
        assertThat(handoffs.find(id).orElseThrow().state()).isEqualTo(HandoffState.WAITING);

        // Forged button data: refused.
        api.sendCallbackFrom(STAFF_CHAT, STAFF_A, "Ani", "h:x:" + id + ";DROP");
        api.await(WAIT, a -> callbackNotices().stream().anyMatch(t -> t.contains("Tombol tidak dikenal")), "forged");
        assertThat(handoffs.find(id).orElseThrow().state()).isEqualTo(HandoffState.WAITING);

        // Staff A claims; staff B's later claim loses.
        api.sendCallbackFrom(STAFF_CHAT, STAFF_A, "Ani", "h:c:" + id);
        api.sendCallbackFrom(STAFF_CHAT, STAFF_B, "Budi", "h:c:" + id);
        api.await(WAIT, a -> a.delivered(citizen).size() == 3, "claimed notice to citizen");
        assertThat(api.delivered(citizen).get(2).text()).contains("Ani");
        api.await(WAIT, a -> callbackNotices().stream().anyMatch(t -> t.contains("dipegang oleh Ani")), "second claim refused");
        assertThat(handoffs.find(id).orElseThrow().staffUserId()).isEqualTo(STAFF_A);

        // Staff A answers by replying to the card; the citizen receives it.
        api.await(WAIT, a -> handoffs.find(id).orElseThrow().cardMessageId() != null, "card id known");
        int cardId = handoffs.find(id).orElseThrow().cardMessageId().intValue();
        api.sendTextFrom(STAFF_CHAT, STAFF_A, "Ani", "Bantuan tiba jam 3 sore di RT 04.", cardId, null);
        api.await(WAIT, a -> a.delivered(citizen).size() == 4, "staff answer delivered");
        assertThat(api.delivered(citizen).get(3).text()).contains("Petugas humas", "Bantuan tiba jam 3 sore");

        // Now that a person holds the chat, the bot says nothing on its own; staff get the message.
        api.sendText(citizen, "baik pak, saya tunggu di rt 7");
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("saya tunggu di rt 7")), "relay held");

        // A suggestion button sends the approved text.
        api.sendCallbackFrom(STAFF_CHAT, STAFF_A, "Ani", "h:s:" + id + ":1");
        api.await(WAIT, a -> a.delivered(citizen).size() == 5, "suggestion delivered");
        assertThat(api.delivered(citizen).get(4).text()).contains("GOR Sangkara", "https://x.go.id/p");

        // Resolve: the chat goes back to the bot and the rating is asked once.
        api.sendCallbackFrom(STAFF_CHAT, STAFF_A, "Ani", "h:r:" + id);
        api.await(WAIT, a -> a.delivered(citizen).size() == 7, "closing and rating question");
        assertThat(api.delivered(citizen).get(5).text()).contains("sudah selesai");
        assertThat(api.delivered(citizen).get(6).params().get("reply_markup")).contains("rt:" + id + ":5");
        assertThat(handoffs.find(id).orElseThrow().state()).isEqualTo(HandoffState.RESOLVED);

        api.sendCallback(citizen, "rt:" + id + ":4");
        api.await(WAIT, a -> handoffs.find(id).orElseThrow().rating() != null, "rating stored");
        assertThat(handoffs.find(id).orElseThrow().rating()).isEqualTo(4);

        api.sendText(citizen, "posko di mana");
        api.await(WAIT, a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("jawaban bot: posko")), "bot back");
    }

    @Test
    void petugasOpensAHandoffAndAStaffReplyInItsThreadReachesTheCitizen() {
        long citizen = 8200;
        api.sendText(citizen, "/petugas");
        api.await(WAIT, a -> a.delivered(citizen).size() == 1, "queued notice");
        String id = handoffs.openFor("telegram", citizen).orElseThrow().id();
        assertThat(handoffs.find(id).orElseThrow().reasons()).contains(Reason.ASKED_FOR_HUMAN);
        api.sendText(citizen, "/petugas");
        api.await(WAIT, a -> a.delivered(citizen).size() == 2, "already queued");
        assertThat(api.delivered(citizen).get(1).text()).contains("sudah terhubung");

        // A plain reply from staff without claiming first claims it for them.
        api.await(WAIT, a -> handoffs.find(id).orElseThrow().cardMessageId() != null, "card id known");
        api.sendTextFrom(STAFF_CHAT, STAFF_B, "Budi", "Selamat siang, ada yang bisa dibantu?",
                handoffs.find(id).orElseThrow().cardMessageId().intValue(), null);
        api.await(WAIT, a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("ada yang bisa dibantu")), "reply");
        assertThat(handoffs.find(id).orElseThrow().state()).isEqualTo(HandoffState.CLAIMED);

        api.sendCallbackFrom(STAFF_CHAT, STAFF_B, "Budi", "h:b:" + id);
        api.await(WAIT, a -> handoffs.find(id).orElseThrow().state() == HandoffState.RETURNED, "returned");
    }

    @Test
    void aMessageTheBotCannotReadWhileWaitingGetsTheQueuesWordsAndReachesStaff() {
        long citizen = 8250;
        api.sendText(citizen, "hmm");
        api.await(WAIT, a -> a.delivered(citizen).size() == 1, "rephrase asked");
        assertThat(api.delivered(citizen).get(0).text()).isEqualTo("tulis ulang ya");
        assertThat(handoffs.openFor("telegram", citizen)).isEmpty();

        api.sendText(citizen, "/petugas");
        api.await(WAIT, a -> a.delivered(citizen).size() == 2, "queued notice");
        api.sendText(citizen, "hmm websitenya apa");
        api.await(WAIT, a -> a.delivered(citizen).size() == 3, "queue's words");
        assertThat(api.delivered(citizen).get(2).text()).contains("sudah terhubung").doesNotContain("tulis ulang");
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("hmm websitenya apa")), "relayed");
    }

    @Test
    void aChatWaitingAsAnEmergencyIsToldAgainToCallForHelpNotJustToWrite() {
        long citizen = 8260;
        api.sendText(citizen, "ibu sy pingsan gk sadar dr td");
        api.await(WAIT, a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("nomor antrean")),
                "emergency reply and queue");
        int before = api.delivered(citizen).size();
        api.sendText(citizen, "hmm ambulans puskesmas gk angkat telp");
        // The ambulance's line does not answer: the emergency numbers again (fortieth session), then the queue's words.
        api.await(WAIT, a -> a.delivered(citizen).size() == before + 2, "numbers and the queue's words");
        assertThat(api.delivered(citizen).get(before).text()).contains(id.sigap.texts.Texts.shared("darurat"));
        String words = api.delivered(citizen).get(before + 1).text();
        assertThat(words).contains("keadaan darurat").contains(id.sigap.texts.Texts.shared("darurat"))
                .doesNotContain("Tulis saja pesan Anda");
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("ambulans puskesmas gk angkat")),
                "relayed");
        int asked = api.delivered(citizen).size();
        api.sendText(citizen, "/petugas");
        api.await(WAIT, a -> a.delivered(citizen).size() == asked + 1, "queue's words for /petugas");
        assertThat(api.delivered(citizen).get(asked).text()).contains("keadaan darurat")
                .doesNotContain("Tulis saja pesan Anda");
    }

    /**
     * Thirty-eighth session (batch E40, measured): "ok sy ke tenda biru dkt masjid agung sekarang" while a lost child was
     * looked for got "Baik. Jika ada pertanyaan lain, silakan tulis saja.". An acknowledgement while waiting gets the queue's
     * words (an emergency's in an emergency) and reaches the person; thanks keep their reply (help may have come:
     * batches G40-L40); "ok sy tunggu ditelp" in a queue is reminded of it (batch K40).
     */
    @Test
    void anAcknowledgementWhileWaitingGetsTheQueuesWordsAndThanksKeepTheirs() {
        long citizen = 8268;
        api.sendText(citizen, "anak sy pingsan di keramaian");
        api.await(WAIT, a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("nomor antrean")),
                "emergency reply and queue");
        int before = api.delivered(citizen).size();
        api.sendText(citizen, "ok sy ke tenda biru dkt masjid agung sekarang");
        api.await(WAIT, a -> a.delivered(citizen).size() == before + 1, "queue's words");
        assertThat(api.delivered(citizen).get(before).text()).contains("keadaan darurat").doesNotContain("Baik.");
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("tenda biru dkt masjid agung")),
                "relayed");
        int thanked = api.delivered(citizen).size();
        api.sendText(citizen, "makasih udh ada petugas dateng");
        api.await(WAIT, a -> a.delivered(citizen).size() == thanked + 1, "thanks answered");
        assertThat(api.delivered(citizen).get(thanked).text()).isEqualTo("Sama-sama. Semoga membantu.");

        long waiting = 8269;
        api.sendText(waiting, "sy marah, laporan sy gk ditanggapi");
        api.await(WAIT, a -> a.delivered(waiting).stream().anyMatch(c -> c.text().contains("nomor antrean")), "queued");
        int queued = api.delivered(waiting).size();
        api.sendText(waiting, "ok sy tunggu ditelp");
        api.await(WAIT, a -> a.delivered(waiting).size() == queued + 1, "queue's words");
        assertThat(api.delivered(waiting).get(queued).text()).contains("Tulis saja pesan Anda").doesNotContain("Baik.");
    }

    /**
     * Thirty-fourth session (batch O34, read): "ada ibu2 sama anak kecil" after a car trapped in a flooded underpass got the
     * child-immunisation entry. A detail told while waiting in an emergency is for the person; a question is still answered.
     */
    @Test
    void aDetailToldWhileWaitingInAnEmergencyGoesToThePersonAndAQuestionIsStillAnswered() {
        long citizen = 8265;
        api.sendText(citizen, "mobil kejebak, orangnya pingsan di dalem");
        api.await(WAIT, a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("nomor antrean")),
                "emergency reply and queue");
        int before = api.delivered(citizen).size();
        api.sendText(citizen, "ada ibu2 sama anak kecil");
        api.await(WAIT, a -> a.delivered(citizen).size() == before + 1, "queue's words");
        assertThat(api.delivered(citizen).get(before).text()).contains("keadaan darurat").doesNotContain("jawaban bot");
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("ada ibu2 sama anak kecil")),
                "relayed");
        int asked = api.delivered(citizen).size();
        api.sendText(citizen, "rumah sakit terdekat di mana");
        api.await(WAIT, a -> a.delivered(citizen).size() == asked + 1, "an answer");
        assertThat(api.delivered(citizen).get(asked).text()).isEqualTo("jawaban bot: rumah sakit terdekat di mana");
        // Asking for a number gets the emergency numbers, whatever an entry would say (fortieth session)
        int numbers = api.delivered(citizen).size();
        api.sendText(citizen, "ambulans nomornya brp");
        api.await(WAIT, a -> a.delivered(citizen).size() == numbers + 2, "the numbers and the queue's words");
        assertThat(api.delivered(citizen).get(numbers).text()).contains(id.sigap.texts.Texts.shared("darurat"))
                .doesNotContain("jawaban bot");
        int told = api.delivered(citizen).size();
        api.sendText(citizen, "nanya jalan ditutup aja gk ngerti");
        api.await(WAIT, a -> a.delivered(citizen).size() == told + 1, "an answer to asking said in words");
        assertThat(api.delivered(citizen).get(told).text()).isEqualTo("jawaban bot: nanya jalan ditutup aja gk ngerti");
    }

    /**
     * Forty-fifth session (batch X50, read): "jgn telp nomor ini dia bs denger" from someone locked in by an armed husband
     * names a number, and with "jgn" read as "jangan" it was answered with the emergency-numbers entry. An instruction not
     * to be called or visited is for the person, in any wait; asking for a number is still answered.
     */
    @Test
    void anInstructionNotToBeCalledGoesToThePerson() {
        long citizen = 8266;
        api.sendText(citizen, "adik sy pingsan, kami dikunci di kamar sama suami yg mabuk");
        api.await(WAIT, a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("nomor antrean")),
                "emergency reply and queue");
        for (String told : List.of("jangan telepon nomor ini dia bisa dengar", "jgn ditelpon ya, sms aja")) {
            int before = api.delivered(citizen).size();
            api.sendText(citizen, told);
            api.await(WAIT, a -> a.delivered(citizen).size() == before + 1, "queue's words");
            assertThat(api.delivered(citizen).get(before).text()).as(told).contains("keadaan darurat")
                    .doesNotContain("jawaban bot");
            api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains(told)), "relayed");
        }
        int numbers = api.delivered(citizen).size();
        api.sendText(citizen, "nomor polisi brp");
        api.await(WAIT, a -> a.delivered(citizen).size() == numbers + 2, "the numbers and the queue's words");
        assertThat(api.delivered(citizen).get(numbers).text()).contains(id.sigap.texts.Texts.shared("darurat"));
    }

    @Test
    void aDownvoteOffersAPersonAndThatButtonOpensAHandoff() {
        long citizen = 8300;
        api.sendCallback(citizen, "fb:d:banjir-posko");
        api.await(WAIT, a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("teruskan ke petugas")), "offer");
        api.sendCallback(citizen, "p");
        api.await(WAIT, a -> handoffs.openFor("telegram", citizen).isPresent(), "handoff opened");
    }

    @Test
    void anUnclaimedHandoffIsAnnouncedAgainAndThenEscalatedOnce() {
        long citizen = 8400;
        api.sendText(citizen, "saya marah sekali");
        api.await(WAIT, a -> handoffs.openFor("telegram", citizen).isPresent(), "opened");
        Handoff h = handoffs.openFor("telegram", citizen).orElseThrow();
        sla.checkAt(h.createdAt().plus(Duration.ofMinutes(6)));
        sla.checkAt(h.createdAt().plus(Duration.ofMinutes(7)));
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("⏰") && c.text().contains(h.id())),
                "re-announcement");
        sla.checkAt(h.createdAt().plus(Duration.ofMinutes(16)));
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().contains("📣") && c.text().contains(h.id())),
                "escalation");
        assertThat(staffMessages().stream().filter(c -> c.text().contains("⏰") && c.text().contains(h.id()))).hasSize(1);
    }

    @Test
    void commandsInAnUnknownGroupAreIgnoredAndAntrianAnswersStaffOnly() throws Exception {
        long strangers = -100999;
        api.sendTextFrom(strangers, OUTSIDER, "Tamu", "/petugas", null, null);
        api.sendTextFrom(strangers, OUTSIDER, "Tamu", "/hapus", null, null);
        api.sendTextFrom(strangers, OUTSIDER, "Tamu", "/start", null, null);
        api.sendTextFrom(STAFF_CHAT, OUTSIDER, "Tamu", "/antrian", null, null);
        api.sendTextFrom(STAFF_CHAT, STAFF_B, "Budi", "/antrian", null, null);
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> c.text().startsWith("Antrean:")), "queue for staff");
        Thread.sleep(2000);
        assertThat(staffMessages().stream().filter(c -> c.text().startsWith("Antrean:"))).as("only staff's /antrian").hasSize(1);
        assertThat(api.delivered(strangers)).as("nothing said in an unknown group").isEmpty();
        assertThat(handoffs.openFor("telegram", strangers)).as("no handoff from an unknown group").isEmpty();
    }

    @Test
    void theRemindersOfAnIntervalGoOutAsOneDigestAndTrialsAreNeverReminded() {
        List<String> ids = new java.util.ArrayList<>();
        for (long chat = 8600; chat < 8603; chat++) {
            ids.add(handoffs.open(new HandoffService.Request("telegram", chat, "Warga", List.of(Reason.ASKED_FOR_HUMAN),
                    Priority.NORMAL, "netral", List.of(), List.of("tolong"), false)).handoff().id());
        }
        String trial = handoffs.open(new HandoffService.Request(id.sigap.conversation.IncomingMessage.TRIAL_CHANNEL, 8699,
                "Tamu", List.of(Reason.ASKED_FOR_HUMAN), Priority.NORMAL, "netral", List.of(), List.of("uji"), false)).handoff().id();
        // An hour on (an interval no other test uses): every one is due for a reminder and an escalation.
        java.time.Instant later = java.time.Instant.now().plus(Duration.ofMinutes(60));
        sla.checkAt(later);
        sla.checkAt(later.plusSeconds(1));
        api.await(WAIT, a -> staffMessages().stream().anyMatch(c -> ids.stream().allMatch(id -> c.text().contains("#" + id + " "))),
                "one digest naming all three");
        List<Call> naming = staffMessages().stream().filter(c -> ids.stream().anyMatch(id -> c.text().contains("#" + id + " "))).toList();
        assertThat(naming).hasSize(1);
        assertThat(naming.getFirst().text()).contains("⏰", "📣", "belum diambil");
        assertThat(staffMessages()).noneMatch(c -> c.text().contains("#" + trial + " "));
    }

    @Test
    void twoStaffClaimingAtOnceHaveExactlyOneWinner() throws Exception {
        HandoffService.Opened opened = handoffs.open(new HandoffService.Request("web", 8500, "Warga",
                List.of(Reason.ASKED_FOR_HUMAN), Priority.NORMAL, "netral", List.of(), List.of("tolong"), false));
        String id = opened.handoff().id();
        int contenders = 8;
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger winners = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < contenders; i++) {
            StaffMember staff = new StaffMember(1000 + i, "Staf " + i);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (handoffs.claim(id, staff).ok()) {
                    winners.incrementAndGet();
                }
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(winners).hasValue(1);
        assertThat(handoffs.find(id).orElseThrow().state()).isEqualTo(HandoffState.CLAIMED);
    }
}
