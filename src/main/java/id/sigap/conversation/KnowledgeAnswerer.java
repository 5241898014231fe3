package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.TurnFacts.Found;
import id.sigap.conversation.TurnFacts.Reading;
import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;
import id.sigap.sentiment.Classification;
import id.sigap.sentiment.EmergencyContactSource;
import id.sigap.sentiment.EscalationSettings;
import id.sigap.sentiment.Sentiment;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.privacy.Redactor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a citizen's question from the approved knowledge base, offers choices, or hands it to staff,
 * as the {@link TurnDecider} decides; this class gathers the signals for it (what the message is, its
 * mood, what retrieval found) and words the decision. The question is only ever a search query: text
 * such as "abaikan instruksi sebelumnya" has no instruction to follow here, and every answer is an
 * approved entry's own text.
 */
@Component
public class KnowledgeAnswerer implements QuestionAnswerer {

    /** A follow-up such as "kalau yang di batu sari?" is short; a long question stands on its own. */
    static final int FOLLOW_UP_MAX_WORDS = 6;
    /** The longest question remembered as read in its conversation's context; a longer one is remembered as written. */
    static final int REREAD_MAX_CHARS = 1_000;
    /** Why a message that points back was not answered from its own words ({@link FollowUp#pointsAtTheLast}). */
    static final String POINTS_BACK = "points-back";
    /** The reason a message was unsure: it was sure only of what its introduction names, not of its question. */
    static final String INTRODUCTION_ONLY = "introduction-only";
    /** The retrieval reason of a result sure only from what a message tells beside its one question. */
    static final String REMARK_ONLY = "remark-only";
    /** The reason a sure result is unsure when it rests on one of the question's topic words ({@code restsOnOneWord}). */
    static final String ONE_WORD = "one-word";
    /** Tags of approved entries that may answer a sensitive question (an allegation about officials). */
    /** A clarification answers a sensitive question only when retrieval is at least this sure of the match. */
    static final double CLARIFICATION_MIN_CONFIDENCE = 0.3;
    static final Set<String> CLARIFICATION_TAGS = Set.of("klarifikasi", "clarification", "pernyataan-resmi");

    private final KnowledgeRetriever retriever;
    private final List<AnswerComposer> composers;
    private final RecentQuestions recent;
    private final SentimentClassifier classifier;
    private final TurnDecider decider;
    private final ChatHistory history;
    private final EntryCatalog catalog;
    private final ChoiceMemory choices;
    private final EmergencyNumbers emergency;
    private List<EarlierContext> earlier = List.of();
    private ChoicePolicy choicePolicy = ChoicePolicy.DEFAULT;
    private RecentMessages said = RecentMessages.NONE;

    /** Retrieval and the decision from the message's words, no sentiment (evaluation, previews, benchmarks). */
    public KnowledgeAnswerer(KnowledgeRetriever retriever, List<AnswerComposer> composers, RecentQuestions recent) {
        this(retriever, composers, recent, EntryCatalog.NONE);
    }

    public KnowledgeAnswerer(KnowledgeRetriever retriever, List<AnswerComposer> composers, RecentQuestions recent,
                             EntryCatalog catalog) {
        this(retriever, composers, recent, null, new TurnDecider(), null, catalog, ChoiceMemory.NONE, null);
    }

    public KnowledgeAnswerer(KnowledgeRetriever retriever, List<AnswerComposer> composers, RecentQuestions recent,
                             SentimentClassifier classifier, TurnDecider decider, ChatHistory history,
                             EntryCatalog catalog, ChoiceMemory choices, EmergencyNumbers emergency) {
        this.retriever = retriever;
        this.composers = List.copyOf(composers);
        this.recent = recent;
        this.classifier = classifier;
        this.decider = decider == null ? new TurnDecider() : decider;
        this.history = history;
        this.catalog = catalog == null ? EntryCatalog.NONE : catalog;
        this.choices = choices == null ? ChoiceMemory.NONE : choices;
        this.emergency = emergency == null ? new EmergencyNumbers(EscalationSettings.defaults(), EmergencyContactSource.none()) : emergency;
    }

    @org.springframework.beans.factory.annotation.Autowired
    KnowledgeAnswerer(KnowledgeRetriever retriever, ObjectProvider<AnswerComposer> composers,
                      ObjectProvider<RecentQuestions> recent, ObjectProvider<SentimentClassifier> classifier,
                      ObjectProvider<TurnDecider> decider, ObjectProvider<ChatHistory> history,
                      ObjectProvider<EntryCatalog> catalog, ObjectProvider<ChoiceMemory> choices,
                      ObjectProvider<EmergencyNumbers> emergency) {
        this(retriever, composers.orderedStream().toList(), recent.getIfAvailable(() -> RecentQuestions.NONE),
                classifier.getIfAvailable(), decider.getIfAvailable(TurnDecider::new), history.getIfAvailable(),
                catalog.getIfAvailable(() -> EntryCatalog.NONE), choices.getIfAvailable(() -> ChoiceMemory.NONE),
                emergency.getIfAvailable());
    }

    /** What the office said to a chat (official updates) that a short question may follow up. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setEarlierContext(List<EarlierContext> earlier) {
        this.earlier = List.copyOf(earlier);
    }

    /** Where the chat's last messages are kept, to read a danger told over several ({@link #dangerAcrossTurns}). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public KnowledgeAnswerer rememberingMessagesIn(RecentMessages said) {
        this.said = said == null ? RecentMessages.NONE : said;
        return this;
    }

    /** Offers choices by another policy than the shipped one (evaluation of the decision, held out). */
    public KnowledgeAnswerer choosingBy(ChoicePolicy policy) {
        this.choicePolicy = policy == null ? ChoicePolicy.DEFAULT : policy;
        return this;
    }

    /** The reply and decision, with the retrieval behind them (absent when no retrieval ran). */
    public record Answered(ConversationResult result, Optional<RetrievalResult> retrieval) {
    }

    @Override
    public void withdrawOffer(String channel, long chatId) {
        choices.forget(channel, chatId);
    }

    /** How many of the chat's last messages are read with a message for a danger told in pieces. */
    static final int ACROSS_TURNS_READ = 2;

    /**
     * A danger told over two or three messages: the water rising in the house in one, the mother who cannot walk in the
     * next (batch Z56); "air masuk rumah", "udh sepinggang", "ada nenek sy gk bs jalan" (batch U58). The chat's last
     * message, then its last two, are read with this one ({@code before}, newest first: {@link RecentMessages}); the
     * message is an emergency when they together are one, the earlier ones alone were not,
     * and together they name a danger the earlier ones did not name before their guards and that is not composed of
     * everyday words.
     */
    private Classification dangerAcrossTurns(List<String> before, String text, Classification mood) {
        // each text is read once: a piece alone, the pieces together and each with this message
        java.util.Map<String, Classification> read = new java.util.HashMap<>();
        java.util.function.Function<String, Classification> aside = t -> read.computeIfAbsent(t, classifier::classifyAside);
        String earlier = "";
        Classification possible = null;
        int pieces = 0;
        for (int i = 0; i < before.size() && pieces < ACROSS_TURNS_READ; i++) {
            String piece = before.get(i);
            if (answeredAsEmergency(before, i, aside)) {
                // answered with the emergency reply then; the pieces before it are read on with this one, as the chat's
                // remembered questions (which never held an emergency) were: "tanah di belakang rumah retak2 ... makin
                // lebar", "tadi malem kedengeran suara gemuruh" (the emergency reply, read with the first), "perlu ngungsi
                // gk sih?" (wave K59-N59, read after its measurement)
                continue;
            }
            earlier = earlier.isEmpty() ? piece : piece + ". " + earlier;
            pieces++;
            // read aside: the message's own reading stays the one remembered for monitoring, which reads it again
            Classification together = aside.apply(earlier + ". " + text);
            if (!together.emergency()) {
                if (possible == null && together.possibleEmergency() && !mood.possibleEmergency()) {
                    // the learnt model alone reads danger in the pieces together ("istri sy hamil 9 bln", "kami di
                    // posko", "ketubannya pecah barusan"; batch Y58): a person soon, unless the earlier ones alone did
                    Classification alone = aside.apply(earlier);
                    possible = alone.possibleEmergency() || alone.emergency() ? null : together;
                }
                continue;
            }
            if (aside.apply(earlier).emergency()) {
                return mood; // told before: the emergency reply went out then
            }
            // a danger the earlier messages named and a guard set aside (a fire told as over, a rumour) stays aside when
            // the message only adds "skrg" or "tolong cepet" to it (batches C57, E57): together they must name a new
            // danger of their own, not one composed of everyday words (a person, a flood and "cepat": "people at
            // risk", a plea)
            if (together.namesDangerBesides(classifier.dangersNamed(earlier))) {
                return mood.inDangerTogetherWith(together);
            }
        }
        // a message outside the remit (a neighbour's car across the gate after a quarrel at home) is what it is: the model's
        // word on the pieces together does not make it a possible emergency
        return possible == null || OutsideRemit.recognise(text).isPresent() ? mood
                : mood.possiblyInDangerTogetherWith(possible);
    }

    /** Whether the chat's earlier piece {@code i} (newest first) was an emergency, alone or with the piece before it. */
    private static boolean answeredAsEmergency(List<String> before, int i,
                                               java.util.function.Function<String, Classification> aside) {
        return aside.apply(before.get(i)).emergency()
                || i + 1 < before.size() && aside.apply(before.get(i + 1) + ". " + before.get(i)).emergency();
    }

    @Override
    public ConversationResult answer(IncomingMessage message) {
        return decide(message).result();
    }

    public Answered decide(IncomingMessage message) {
        if ("petugas".equals(message.command())) {
            return new Answered(new ConversationResult(List.of(Reply.text(AnswerTexts.HUMAN_REQUESTED)),
                    Decision.handoff(Priority.NORMAL, List.of(Reason.ASKED_FOR_HUMAN)).withNote("command:petugas")),
                    Optional.empty());
        }
        // Everything this turn derives from the text (its mood, the words besides a request for a person, the
        // normalised question, the question remembered for a follow-up) is derived from the redacted text:
        // normalising first would break an address into pieces no redactor recognises ("andi wijaya@gmail").
        String text = Redactor.redact(message.text()).strip();
        Language language = Language.of(text, message.languageCode());
        Optional<SmallTalk.Kind> smallTalk = SmallTalk.recognise(text);
        if (smallTalk.filter(k -> !k.aboutSigap()).isPresent() && SensitiveQuestion.is(text)) {
            // praise around an allegation mocks: "wah hebat ya kepala dinas PU provinsi, mobil dinas plat merah dipake
            // liburan ke pantai ... 👏👏" got "Baik." (batch X52, read); the allegation goes to a person
            smallTalk = Optional.empty();
        }
        long classifyStart = System.nanoTime();
        Classification mood = null;
        List<Sentiment> earlierMoods = List.of();
        if (classifier != null) {
            List<String> saidBefore = said.beforeThenRemember(message.channel(), message.chatId(), text);
            mood = classifier.classify(text);
            if (smallTalk.isPresent()) {
                mood = mood.withoutWariness(); // small talk is no concern, now or counted later
            } else if (!mood.emergency()) {
                mood = dangerAcrossTurns(saidBefore, text, mood);
            }
            if (history != null) {
                earlierMoods = history.addSentimentAfterRecent(message.channel(), message.chatId(),
                        mood.sentiment().label()).stream().map(Sentiment::fromLabel).toList();
            }
        }
        if (smallTalk.isEmpty()) {
            smallTalk = toldKindly(text, mood);
        }
        long classifyMicros = (System.nanoTime() - classifyStart) / 1000;
        if (smallTalk.isPresent() && SmallTalk.english(text)) {
            language = Language.EN; // "ok thanks": too few function words to tell, but no Indonesian word either
        }
        if (language == Language.ID && Language.leansEnglish(text)) {
            // "Great, I'll report the profile. Cheers." after an English question: one English word and no Indonesian
            // one is English when the chat's previous question was (it got the queue's words in Indonesian, batch B41)
            language = recent.recent(message.channel(), message.chatId()).stream().findFirst().map(Language::of)
                    .orElse(Language.ID);
        }
        Optional<OutsideRemit.Topic> outside = OutsideRemit.recognise(text);
        Reading reading = smallTalk.filter(SmallTalk.Kind::aboutSigap).isPresent() ? Reading.ABOUT_SIGAP
                : read(text, smallTalk.isPresent(), outside.isPresent());
        if (reading == Reading.FRAGMENT && namesACrisis(text)) {
            // "longsor", "tsunami", "rob" alone got "please rephrase": a crisis named in a word may be one under way, so
            // it is read as a question (nothing sure found: a person, whose receipt names 112), not as noise
            reading = Reading.QUESTION;
        }
        boolean asking = reading == Reading.QUESTION || reading == Reading.FRAGMENT;
        boolean continues = asking && FollowUp.continues(text);
        // a refusal taken in after a question outside the remit ("yah gk bisa ya" after homework was declined)
        boolean takesInARefusal = asking && disappointedAtMost(mood) && SmallTalk.takesInARefusal(text);
        // the chat's previous question, read (once) before this one's search remembers it
        Optional<OutsideRemit.Topic> before = continues || takesInARefusal ? outsideBefore(message) : Optional.empty();
        Optional<OutsideRemit.Topic> outsideBefore = continues ? before : Optional.empty();
        boolean refusalTakenIn = takesInARefusal && before.isPresent();
        String question = SmallTalk.withoutGreeting(text);
        // A request for a person is not itself searched: "tolong sambungkan ke petugas" matched the Wi-Fi entry
        // ("sambungkan perangkat ..."); only what the message asks about besides the person is.
        boolean besides = mood != null && mood.wantsHuman();
        Search search = new Search(message, besides ? mood.besidesRequest() : question, besides ? mood.besidesRequest() : text,
                besides);
        if (smallTalk.isEmpty() && (reading == Reading.QUESTION || reading == Reading.FRAGMENT) && kindly(mood)
                && (SmallTalk.relief(text) || SmallTalk.acknowledgedRemark(text) && !search.found().confident()
                && (search.found().plausible().isEmpty() || search.found().weak()))) {
            // "yaudah deh sy itung sendiri 😅" after homework declined, "okee ditunggu update nya di ig ya min": a remark
            // opened or closed by an acknowledgement, read kindly, with nothing in the knowledge base sure or worth
            // offering: an acknowledgement, not a ticket (batches V39-X39); relief that something is set right asks nothing
            // of an entry even when one is sure of its topic ("syukurlah listrik udah nyala lagi", batch S56)
            smallTalk = Optional.of(SmallTalk.acknowledgement(text));
            reading = Reading.SMALL_TALK;
        }
        if (smallTalk.isEmpty() && (reading == Reading.QUESTION || reading == Reading.FRAGMENT) && kindly(mood)
                && SelfIntroduction.only(text) && recent.recent(message.channel(), message.chatId()).isEmpty()
                && !search.found().confident()) {
            // "selamat siang min, sy pak Darto ketua RT 04 RW 02 kel. Sukamaju, Kota Sangkara" opening a chat: who and
            // where, nothing asked yet. The greeting that asks for the question, not a ticket: the question that followed
            // was relayed to the queue the introduction had opened, answered by the bot only when sure (batch I52, read).
            // After a question, "sy di kab pesisir barat" tells where that question is asked from
            // (PlaceToldAfterAQuestionTest)
            smallTalk = Optional.of(SmallTalk.Kind.GREETING);
            reading = Reading.SMALL_TALK;
        }
        if (smallTalk.isEmpty() && refusalTakenIn && !search.found().confident()) {
            // "oh iya ya bukan urusan pemda hehe maap" after a flight price was told to be asked of the airlines: nothing
            // sure in the knowledge base, an acknowledgement, not a ticket (batches N47 and T47)
            smallTalk = Optional.of(SmallTalk.Kind.ACKNOWLEDGED);
            reading = Reading.SMALL_TALK;
            mood = mood.withoutWariness(); // disappointment at a refusal is no concern to escalate
        }
        if (reading != Reading.SMALL_TALK && outsideBefore.isPresent()
                && (search.found().weak() || search.found().unanswerable())) {
            // "yaudah kalo gk bisa, yg matematika aja" after homework, "trus gmn cara ngomongnya" after a quarrel with a
            // neighbour, "plis min bentar aja" after homework: going on from a question outside the remit, finding nothing
            // near in the knowledge base (or nothing at all), it is outside the remit too (the same pointer, no ticket)
            reading = Reading.OUT_OF_SCOPE;
            outside = outsideBefore;
        }
        if ((reading == Reading.QUESTION || reading == Reading.FRAGMENT) && SmallTalk.onlyAsking(text)
                && !search.found().confident() && !search.wentOnFrom) {
            // "trs gimana?" opening a chat, no question before it to go on from: nothing to search, asked to say more
            // (it got choices of three unrelated entries, batches Z43 and B44)
            reading = Reading.NOISE;
        }
        long started = System.nanoTime();
        // Choices offered last turn (none was picked: a pick never reaches here) that this message says missed.
        List<String> rejectedOffer = reading == Reading.ANSWER_MISSED || AnswerMissed.mentioned(text)
                ? choices.offered(message.channel(), message.chatId()).map(ChoiceMemory.Offer::entries).orElse(List.of())
                : List.of();
        // A call ("min", "halo??", "p") says only that someone is there: whatever mood the model reads into it ("min"
        // alone reads berpotensi negatif), it is answered as a call, never taken for sarcasm.
        Classification decidedMood = smallTalk.filter(SmallTalk.Kind::calling).isPresent() ? null : mood;
        Decision decision = decider.decide(new TurnFacts(decidedMood, earlierMoods, reading, search::found,
                rejectedOffer));
        if (!rejectedOffer.isEmpty()) {
            choices.forget(message.channel(), message.chatId());
        }
        long retrieved = System.nanoTime();
        Worded worded = word(decision, search, question, language, smallTalk, outside, message);
        TurnSignals signals = search.result == null
                ? moodOnly(mood, language, classifyMicros)
                : signals(search.result, worded.composer(), started, retrieved, mood, language, classifyMicros);
        return new Answered(new ConversationResult(worded.replies(), worded.decision(), signals),
                Optional.ofNullable(search.result));
    }

    /**
     * Small talk that only the mood can tell from a question or a complaint: thanks told with the story it is for, the
     * trouble in it over ("makasih bgt min, minggu lalu sy lapor genangan ..., td pagi petugas dtg bersihin ... 🙏"), read
     * positif; a good wish alone ("semoga asapnya cepat hilang ya"), read positif or netral. Both opened staff tickets.
     * Condolences alone ("turut berduka utk para korban kereta ..., semoga keluarganya diberi ketabahan 🙏"), read the same
     * way, got choices of unrelated entries or a staff ticket (batches M34 and Q34).
     * Never with an emergency, a possible one, sarcasm or a request for a person.
     */
    private static Optional<SmallTalk.Kind> toldKindly(String text, Classification mood) {
        if (!kindly(mood)) {
            return Optional.empty();
        }
        if (mood.sentiment() == Sentiment.POSITIF && SmallTalk.thanksStory(text)) {
            return Optional.of(SmallTalk.Kind.THANKS);
        }
        if (SmallTalk.condolence(text)) {
            return Optional.of(SmallTalk.Kind.CONDOLENCE);
        }
        // a wish after a greeting ("selamat pagi min, semoga semua aman dan sehat ya hari ini", batch J47) is a wish
        if (SmallTalk.wish(text) || SmallTalk.wish(SmallTalk.withoutGreeting(text))) {
            return Optional.of(SmallTalk.Kind.WISH);
        }
        return SmallTalk.inParts(text);
    }

    /**
     * Whether the text names a crisis in the office's list (prompts/events.txt), not an occasion that only closes roads
     * (its "acara" line: a parade, a marathon).
     */
    private boolean namesACrisis(String text) {
        return retriever.crisesNamed(text).stream().anyMatch(crisis -> !OCCASION.equals(crisis));
    }

    /** The line of prompts/events.txt that names occasions, not crises. */
    private static final String OCCASION = "acara";

    /** A mood read, with no emergency (or a possible one), request for a person, hostility, sarcasm or negative. */
    private static boolean kindly(Classification mood) {
        return disappointedAtMost(mood) && !mood.sentiment().isNegative();
    }

    /** What the chat's previous question asked outside the remit, if it did (read before this one's search remembers it). */
    private Optional<OutsideRemit.Topic> outsideBefore(IncomingMessage message) {
        return recent.recent(message.channel(), message.chatId()).stream().findFirst().flatMap(OutsideRemit::recognise);
    }

    /**
     * Read {@link #kindly}, or only disappointed ({@code berpotensi negatif}, never {@code negatif}): "yaah ga bisa ya,
     * yaudh deh" after a recipe was declined (batch A48).
     */
    private static boolean disappointedAtMost(Classification mood) {
        return mood != null && !mood.emergency() && !mood.possibleEmergency() && !mood.wantsHuman() && !mood.hostile()
                && !mood.sarcastic() && mood.sentiment() != Sentiment.NEGATIF;
    }

    /** What the message is, from its words alone. */
    static Reading read(String text, boolean smallTalk) {
        return read(text, smallTalk, OutsideRemit.recognise(text).isPresent());
    }

    /** The same, told whether the message is outside the remit ({@link OutsideRemit#recognise}, read once). */
    static Reading read(String text, boolean smallTalk, boolean outsideRemit) {
        if (smallTalk) {
            return Reading.SMALL_TALK;
        }
        if (Noise.is(text)) {
            return Reading.NOISE;
        }
        if (Plea.is(text)) {
            return Reading.PLEA;
        }
        if (LinkOnly.is(text)) {
            return Reading.LINK;
        }
        if (AnswerMissed.is(text)) {
            return Reading.ANSWER_MISSED;
        }
        if (Choices.isTypedPick(text) || text.codePoints().anyMatch(Character::isLetter) && Choices.inWords(text) > 0) {
            // "2" or "yang kedua" with no choices on offer (a live offer takes it before this): no question to search.
            return Reading.NOISE;
        }
        if (SensitiveQuestion.is(text)) {
            return Reading.SENSITIVE;
        }
        if (Bereavement.is(text)) {
            return Reading.BEREAVED;
        }
        if (outsideRemit) {
            return Reading.OUT_OF_SCOPE;
        }
        return WORD.splitAsStream(text.strip()).filter(w -> !w.isEmpty()).count() <= 2 ? Reading.FRAGMENT
                : Reading.QUESTION;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Worded(List<Reply> replies, Decision decision, AnswerComposer composer) {
    }

    /** The replies that say what was decided, in the citizen's language. */
    private Worded word(Decision decision, Search search, String question, Language language,
                        Optional<SmallTalk.Kind> smallTalk, Optional<OutsideRemit.Topic> outside, IncomingMessage message) {
        boolean en = language == Language.EN;
        List<Reply> replies = new ArrayList<>();
        if (decision.outcome() == Outcome.SMALL_TALK && smallTalk.filter(SmallTalk.Kind::calling).isPresent()) {
            decision = decision.with(Reason.CALLING); // while a handoff waits, the queue's words answer it
        }
        if (decision.outcome() == Outcome.SMALL_TALK && smallTalk.filter(SmallTalk.Kind.ACKNOWLEDGED::equals).isPresent()) {
            decision = decision.with(Reason.ACKNOWLEDGED); // while a handoff waits, the queue's words answer it
        }
        if (decision.has(Reason.BEREAVED)) {
            replies.add(Reply.text(en ? AnswerTexts.CONDOLENCES_EN : AnswerTexts.CONDOLENCES));
        }
        switch (decision.outcome()) {
            case EMERGENCY -> replies.add(Reply.text(emergency.text(language)));
            case SMALL_TALK -> replies.add(Reply.text(SmallTalk.reply(smallTalk.orElse(SmallTalk.Kind.ACKNOWLEDGED),
                    language)));
            case REPHRASE -> replies.add(Reply.text(AnswerTexts.rephrase(decision, en)));
            case OUT_OF_SCOPE -> replies.add(Reply.text(AnswerTexts.outsideRemit(
                    outside.orElse(OutsideRemit.Topic.GENERAL_KNOWLEDGE), language)));
            case CHOICES -> replies.add(Choices.reply(offer(decision, language, message),
                    titles(decision, search, language), language));
            default -> {
            }
        }
        if (decision.entryId() != null) {
            RetrievalResult result = search.result == null ? null : withFirst(search.result, decision.entryId());
            // A composer that declines (a generated answer the grounding check refused) says why, for the transcript.
            List<String> declined = new ArrayList<>();
            for (AnswerComposer composer : result == null ? List.<AnswerComposer>of() : composers) {
                Optional<Reply> reply = composer.compose(question, result, declined);
                if (reply.isPresent()) {
                    Reply answer = EnglishVersion.inLanguage(reply.get(), result.hits().getFirst(), language);
                    Decision noted = decision.withNote("kb:" + result.kbVersion()).withNote("mode:" + composer.mode());
                    for (String why : declined) {
                        noted = noted.withNote(why);
                    }
                    if (search.context != null) {
                        noted = noted.with(Reason.FOLLOW_UP).withNote(search.context);
                    }
                    if (search.part) {
                        noted = noted.withNote(QuestionParts.NOTE);
                    }
                    replies.add(decision.handsOff() ? answer
                            : answer.withButtons(feedbackButtons(decision.entryId(), language)));
                    return new Worded(replies, noted, composer);
                }
            }
            decision = decider.composerDeclined(decision, search.found());
        }
        if (decision.handsOff() && decision.outcome() != Outcome.EMERGENCY && !decision.has(Reason.BEREAVED)) {
            boolean asked = decision.has(Reason.ASKED_FOR_HUMAN);
            replies.add(Reply.text(en ? (asked ? AnswerTexts.HUMAN_REQUESTED_EN : AnswerTexts.HANDOFF_EN)
                    : (asked ? AnswerTexts.HUMAN_REQUESTED : AnswerTexts.HANDOFF)));
        }
        if (decision.outcome() == Outcome.HANDOFF && !decision.offered().isEmpty()) {
            // Entries too weak to ask about, suggested after the handoff's own words, one tap away while staff come.
            replies.add(Choices.suggestions(offer(decision, language, message), titles(decision, search,
                    language), language));
        }
        return new Worded(replies, decision, null);
    }

    /** Remembers the decision's offered entries as the chat's live offer; its token. */
    private String offer(Decision decision, Language language, IncomingMessage message) {
        String token = Choices.newToken();
        choices.remember(message.channel(), message.chatId(), new ChoiceMemory.Offer(token, decision.offered(), language));
        return token;
    }

    private List<String> titles(Decision decision, Search search, Language language) {
        return decision.offered().stream().map(id -> title(id, search, language)).toList();
    }

    /** The title a choice shows: the entry's English title for an English question when it has one. */
    private String title(String entryId, Search search, Language language) {
        RetrievalHit hit = search.result.hits().stream().filter(h -> h.entryId().equals(entryId)).findFirst()
                .orElseThrow();
        if (language == Language.EN) {
            Optional<EnglishVersion> english = EnglishVersion.of(hit.text());
            if (english.isPresent() && english.get().title() != null) {
                return english.get().title();
            }
        }
        return hit.title();
    }

    /** The result with the chosen entry first (a clarification that was not the best hit). */
    private static RetrievalResult withFirst(RetrievalResult result, String entryId) {
        if (result.top().map(h -> h.entryId().equals(entryId)).orElse(false)) {
            return result;
        }
        List<RetrievalHit> hits = new ArrayList<>();
        result.hits().stream().filter(h -> h.entryId().equals(entryId)).forEach(hits::add);
        result.hits().stream().filter(h -> !h.entryId().equals(entryId)).forEach(hits::add);
        return new RetrievalResult(result.question(), result.normalizedQuestion(), hits, result.confidence(), true,
                List.of(), result.kbVersion(), result.latencyMicros());
    }

    @Override
    public Optional<ConversationResult> choice(IncomingMessage message) {
        return new ChoiceTaker(choices, catalog).take(message);
    }

    /**
     * The search for one question, run at most once and only when the decision asks for it: the question
     * alone, or continued from the chat's previous question or an official update it follows up.
     */
    private final class Search {

        private final IncomingMessage message;
        private final String question;
        /** What is searched: the question, without the first words of a marked follow-up ("kalau", "terus"). */
        private final String searched;
        /** The question starts like a follow-up ("kalau pelajar?"): read after the previous question first. */
        private final boolean marked;
        RetrievalResult result;
        String context;
        /** The chat had a question before this one (or the message replies to an earlier one) to go on from. */
        boolean wentOnFrom;
        /** Answered from one sentence of the message read alone ({@link QuestionParts}). */
        boolean part;
        private Found found;

        /** The message as written (redacted), its sentences not yet run together as the greeting's removal does. */
        private final String told;

        /**
         * What a request for a person asks besides the person, read alone: "sambungin ke admin aja lah" after "jawab dong
         * jgn bot doang" went on from it and was handed off beside an unrelated entry (batch A28).
         */
        private final boolean besidesPerson;

        Search(IncomingMessage message, String question, String told, boolean besidesPerson) {
            this.message = message;
            this.question = Redactor.withoutMarks(question);
            this.told = told;
            this.besidesPerson = besidesPerson;
            String rest = FollowUp.rest(this.question);
            this.marked = rest != null;
            this.searched = marked ? rest : this.question;
        }

        Found found() {
            if (found == null) {
                result = retrieve();
                found = found(result);
            }
            return found;
        }

        /**
         * A message that introduces its writer before asking ("Saya ketua RT 04 Kel. Pantai Indah, Pesisir Barat. Mau tanya
         * jadwal uji sirine") is sure of an entry only when its question alone finds that entry first too, or names the entry's
         * kind ("sy tinggal di batu sari. posko pengungsian terdekat dmn ya?"): the place where the writer lives is in a
         * shelter's address, and the message was answered surely with that regency's shelters (left open by the
         * forty-fifth session, whose batches it was read in).
         */
        private RetrievalResult restsOnTheIntroduction(RetrievalResult result) {
            return unsureUnlessAsked(result, SelfIntroduction.questionAfter(told), (asked, alone) ->
                    alone.top().map(h -> h.entryId().equals(result.hits().getFirst().entryId())).orElse(false)
                            || retriever.namesItsKind(asked, result), INTRODUCTION_ONLY);
        }

        /**
         * A message whose one question is told beside sentences that only tell ("dimana bisa isi ulang tabung oksigen atau
         * dapet pinjaman? listrik di sana blm nyala", "jalur sangkara - pesisir barat aman gk min? lampu jalannya mati
         * semua katanya, mau mudik") is sure of an entry only when its question does not ask aside from it
         * ({@link QuestionParts#asksAside}: the question alone has the entry among its first few, shares a topical word
         * with it, or names its kind, "sy tinggal di batu sari. posko pengungsian terdekat dmn ya?"): the remark's words
         * had made it sure of the power cut and of reporting a street light (batch T53).
         */
        private RetrievalResult restsOnTheRemark(RetrievalResult result) {
            return unsureUnlessAsked(result, QuestionParts.onlyQuestion(told), (asked, alone) ->
                    !QuestionParts.asksAside(asked, alone, result.hits().getFirst().entryId(), result, retriever), REMARK_ONLY);
        }

        /**
         * A message about things no entry speaks of, but for one word ("pertamini di kampung sy jual pertalite 15rb
         * seliter. itu legal gk sih?" and free legal aid, by "legal" alone; batch R54) is sure of no entry
         * ({@link KnowledgeRetriever#restsOnOneWord}): choices or a person, not an answer.
         */
        private RetrievalResult restsOnOneWord(RetrievalResult result) {
            return result.confident() && !marked && retriever.restsOnOneWord(searched, result) ? result.unsure(ONE_WORD)
                    : result;
        }

        /**
         * A sure result (of an unmarked question) made unsure with {@code reason} unless the message's own question,
         * {@code asked} (none: kept as it is), read alone, still {@code keeps} it: given that question and its result.
         */
        private RetrievalResult unsureUnlessAsked(RetrievalResult result, Optional<String> asked,
                                                  java.util.function.BiPredicate<String, RetrievalResult> keeps, String reason) {
            if (!result.confident() || marked || result.hits().isEmpty() || asked.isEmpty()) {
                return result;
            }
            RetrievalResult alone = retriever.retrieve(SmallTalk.withoutGreeting(asked.get()));
            return keeps.test(asked.get(), alone) ? result : result.unsure(reason);
        }

        private RetrievalResult retrieve() {
            RetrievalResult result = retriever.retrieve(searched);
            // A message that tells more than it asks: its question read alone, when that is sure of the entry the
            // whole message found first (QuestionParts; never another entry).
            Optional<RetrievalResult> alone = marked ? Optional.empty() : QuestionParts.surer(told, result, retriever);
            if (alone.isPresent()) {
                result = alone.get();
                part = true;
            }
            RetrievalResult introduced = restsOnTheIntroduction(result);
            if (introduced != result) {
                result = introduced;
                part = false;
            } else if (!part) {
                result = restsOnTheRemark(result);
            }
            result = restsOnOneWord(result);
            // counted after the words that take the last reply in ("oh bisa online ya, linknya apa min" after the business number)
            boolean shortQuestion = !besidesPerson && FollowUp.wordsAfterGivingIn(question) <= FOLLOW_UP_MAX_WORDS;
            // Looked up only when it can matter (a reply to an earlier message, or a weak result).
            List<EarlierContext.Context> contexts = shortQuestion && (message.replyToMessageId() != null || !result.confident())
                    ? earlier.stream().flatMap(source -> source.contextFor(message).stream()).toList() : List.of();
            for (EarlierContext.Context c : contexts) {
                if (c.replied()) {
                    // A reply to the office's own message continues it.
                    RetrievalResult inContext = retriever.retrieve(c.text() + " " + searched);
                    if (follows(inContext)) {
                        result = inContext;
                        context = c.reason();
                        break;
                    }
                }
            }
            // Personal data never rests in Redis: the question was redacted before anything was read from it.
            String remembered = question;
            boolean rememberedAlready = false;
            // "kalau pelajar?" after a fare question: its own word finds the school closures confidently, but it
            // continues the fare question; read in that context first, kept only when sure and on its own topic.
            // "itu buka hari minggu jg gk?" after a question on vaccination posts: sure of the mall's hours alone, but
            // it points at the conversation (FollowUp.pointsAtTheLast).
            // "kalo sabtu buka gk?" after a question on the civil registry's hours: sure of the mall's hours alone, but it
            // asks about the place the conversation is on (FollowUp.asksOpeningDay), marked or not.
            // "sy mahasiswa" after a question on volunteering: sure of the scholarship alone, but it tells more of the
            // question before it (FollowUp.tellsOfSelf; read on the message as told, as the question has lost its "sy").
            boolean pointing = !besidesPerson && context == null && result.confident()
                    && (!marked && FollowUp.pointsAtTheLast(question) || FollowUp.asksOpeningDay(question)
                    || FollowUp.tellsOfSelf(told));
            if ((!result.confident() || marked) && shortQuestion || pointing) {
                // Read and remembered in one step: nothing else reads this chat's questions meanwhile.
                List<String> previous = recent.recentThenRemember(message.channel(), message.chatId(), remembered);
                rememberedAlready = true;
                wentOnFrom = !previous.isEmpty() || !contexts.isEmpty();
                if (!previous.isEmpty()) {
                    RetrievalResult own = result;
                    RetrievalResult inContext = retriever.retrieve(previous.getFirst() + " " + searched);
                    if (pointing && !(inContext.confident() && inContext.top().map(RetrievalHit::entryId)
                            .equals(result.top().map(RetrievalHit::entryId)))) {
                        // not sure of its own words' entry once the conversation is read with it: never that one
                        // surely; the reading in context, when sure of an entry that has the message's topic
                        result = follows(inContext) ? inContext : inContext.unsure(POINTS_BACK);
                        context = "previous-question";
                    } else if (retriever.keepsTopic(FollowUp.ownWords(searched), inContext)) {
                        RetrievalResult before = inContext.confident() ? null : sameFirst(previous.getFirst(), inContext);
                        if (inContext.confident() || before != null && before.confident()) {
                            // sure in context, or stayed on the entry that answered the previous question surely
                            result = inContext.confident() ? inContext : before;
                            context = "previous-question";
                        } else if (marked && before != null) {
                            // "kalo mahasiswa?" after an unsure fare question: unsure in context too, but still on the
                            // fare entry, which has the word. Its choices, not what "mahasiswa" alone finds surely.
                            result = inContext;
                            context = "previous-question";
                        } else if (!result.confident() && result.genericOnly() && !inContext.hits().isEmpty()) {
                            // Unsure either way, but a question with no topic of its own ("biayanya berapa") is about
                            // the conversation's: the choices come from there, not from entries sharing a how or when.
                            result = inContext;
                        }
                    } else if (!result.confident() && !inContext.hits().isEmpty()
                            && retriever.onlyTellsApart(searched, searched, result)) {
                        // A place told after a question ("sy di kab pesisir barat" after "bansos pkh kok blm cair"): its
                        // own words find only the entry named after the place among its kind (that place's shelters),
                        // which it does not ask about. The choices come from the conversation (batches E43-R44: 27 of
                        // 101 places told after a question got choices of shelters and the like).
                        result = inContext;
                    }
                    if (result != own && previous.getFirst().length() + remembered.length() < REREAD_MAX_CHARS) {
                        // read in the conversation's context: remembered so, for the follow-up after this one ("biayanya
                        // brp" after "bisa online gk" after the business number had got the marriage registration)
                        recent.reread(message.channel(), message.chatId(), remembered,
                                previous.getFirst() + " " + remembered);
                    }
                }
                for (EarlierContext.Context c : contexts) {
                    if (result.confident()) {
                        break;
                    }
                    if (!c.replied()) {
                        RetrievalResult inContext = retriever.retrieve(c.text() + " " + searched);
                        if (follows(inContext)) {
                            result = inContext;
                            context = c.reason();
                        }
                    }
                }
            }
            if (!rememberedAlready) {
                recent.remember(message.channel(), message.chatId(), remembered);
            }
            return result;
        }

        /**
         * A result found in context is kept when it is sure and keeps the topic the question names itself:
         * "kalau ada santunan?" after a question on death certificates is not answered with that entry.
         */
        private boolean follows(RetrievalResult inContext) {
            return inContext.confident() && retriever.keepsTopic(FollowUp.ownWords(searched), inContext);
        }

        /**
         * The previous question read alone when it led first to the entry the question in context leads to (the
         * conversation has not moved), else null. "umur 17 boleh?" after "gimana cara jadi relawan": unsure in context
         * (the age is in no entry), it stays on the entry when that answered the previous question surely (and, as the
         * caller has checked, it names no topic of its own that the entry lacks); a marked follow-up keeps its
         * context's choices even when the previous question was unsure too.
         */
        private RetrievalResult sameFirst(String previous, RetrievalResult inContext) {
            if (inContext.unanswerable() || inContext.top().isEmpty()) {
                return null;
            }
            RetrievalResult before = retriever.retrieve(previous);
            return before.top().map(RetrievalHit::entryId).equals(inContext.top().map(RetrievalHit::entryId))
                    ? before : null;
        }

        private Found found(RetrievalResult r) {
            // An entry of a kind that a question about something else shares only its name with, or nothing (a town's
            // shelters for "jam buka disdukcapil batu sari", or another town's) is neither offered nor suggested: in 20
            // batches, 197 of 627 choice lists and suggestions had a shelter entry the question did not ask about
            // (thirty-seventh session)
            java.util.Set<String> named = retriever.notAskedAbout(r.question(),
                    r.hits().stream().map(RetrievalHit::entryId).toList());
            List<String> retrieved = r.hits().stream().map(RetrievalHit::entryId).filter(id -> !named.contains(id))
                    .limit(3).toList();
            String clarification = null;
            String freeOfCharge = null;
            if (!r.unanswerable() && !r.hits().isEmpty() && r.confidence() >= CLARIFICATION_MIN_CONFIDENCE) {
                double best = r.hits().getFirst().score();
                List<RetrievalHit> near = r.hits().stream().limit(3)
                        .filter(h -> h.rank() == 1 || h.score() >= Choices.MIN_SHARE * best).toList();
                clarification = near.stream()
                        .filter(h -> catalog.find(h.entryId()).map(e -> e.tags().stream()
                                .anyMatch(CLARIFICATION_TAGS::contains) && SensitiveQuestion.addresses(
                                        e.title() + "\n" + String.join("\n", e.questions()) + "\n" + e.body(), question))
                                .orElse(false))
                        .map(RetrievalHit::entryId).findFirst().orElse(null);
                // Money asked for a service whose approved entry, the first found, says that very service costs nothing:
                // that entry goes out beside the person ("ada oknum minta duit 200rb buat pendataan rumah rusak":
                // "Pendataan tidak dipungut biaya"); never an entry that says something else is free.
                if (SensitiveQuestion.allegesMoneyAsked(question)) {
                    RetrievalHit first = r.hits().getFirst();
                    freeOfCharge = catalog.find(first.entryId())
                            .filter(e -> SensitiveQuestion.saysFreeOf(e.body(), question))
                            .map(e -> first.entryId()).orElse(null);
                }
            }
            List<String> plausible = Choices.plausible(named.isEmpty() ? r : new RetrievalResult(r.question(),
                    r.normalizedQuestion(), r.hits().stream().filter(h -> !named.contains(h.entryId())).toList(),
                    r.confidence(), r.confident(), r.reasons(), r.kbVersion(), r.latencyMicros()), choicePolicy);
            // When the nearest entries were about another crisis ("trauma healing buat anak2 sejak gempa" and the flood's
            // counselling), what is left was not what the question was near: suggested beside a person, never asked about.
            boolean beside = choicePolicy.personFirst(r.confidence()) || r.otherCrisis();
            // Too weak to ask about, they are suggested beside the person only when the text of each has a word that says
            // what the question asks: in four batches (Y45-B46, read), 96 suggestion lists had entries found by the sense
            // of the words, or by "how" and "when", alone ("ada toleransi berapa hari?" and the vehicle-tax amnesty, a
            // press briefing and the public-service mall). Measured on the ten evaluation sets (docs/decision.md,
            // forty-second session): a stricter test (the word in the title or a phrasing) took four times as many right
            // entries away. Choices, surer, are left as they are: the same test there took the right entry out of
            // Sundanese and English questions.
            if (beside && !plausible.isEmpty()) {
                Set<String> unrelated = retriever.shareNoTopic(r.question(), plausible);
                plausible = plausible.stream().filter(id -> !unrelated.contains(id)).toList();
            }
            return new Found(r.confident(), r.confidence(), r.top().map(RetrievalHit::entryId).orElse(null),
                    r.unanswerable(), r.ambiguous(), plausible, retrieved, clarification,
                    !plausible.isEmpty() && beside, freeOfCharge);
        }
    }

    private static TurnSignals moodOnly(Classification c, Language language, long classifyMicros) {
        if (c == null) {
            return new TurnSignals(null, language.code(), null, Double.NaN, false, false, List.of(), Double.NaN,
                    null, null, null, Map.of());
        }
        return new TurnSignals(null, language.code(), c.sentiment().label(), c.confidence(), c.emergency(),
                c.wantsHuman(), List.of(), Double.NaN, null, null, null, Map.of("classify", classifyMicros));
    }

    /** 👍/👎 under every answer; 👎 offers a person. */
    static List<List<Reply.Button>> feedbackButtons(String entryId, Language language) {
        String id = entryId.length() > 58 ? entryId.substring(0, 58) : entryId;
        boolean en = language == Language.EN;
        return List.of(List.of(new Reply.Button(en ? AnswerTexts.FEEDBACK_UP_EN : AnswerTexts.FEEDBACK_UP, "fb:u:" + id),
                new Reply.Button(en ? AnswerTexts.FEEDBACK_DOWN_EN : AnswerTexts.FEEDBACK_DOWN, "fb:d:" + id)));
    }

    static List<List<Reply.Button>> feedbackButtons(String entryId) {
        return feedbackButtons(entryId, Language.ID);
    }

    private static TurnSignals signals(RetrievalResult result, AnswerComposer composer, long started, long retrieved,
                                       Classification c, Language language, long classifyMicros) {
        long done = System.nanoTime();
        return new TurnSignals(result.normalizedQuestion(), language.code(), c == null ? null : c.sentiment().label(),
                c == null ? Double.NaN : c.confidence(), c != null && c.emergency(), c != null && c.wantsHuman(),
                result.hits().stream().map(h -> new TurnSignals.ScoredEntry(h.entryId(), h.score())).toList(),
                result.confidence(), result.kbVersion(), composer == null ? null : composer.mode(),
                composer == null ? null : composer.model(),
                Map.of("classify", classifyMicros, "retrieve", (retrieved - started) / 1000,
                        "compose", (done - retrieved) / 1000));
    }
}
