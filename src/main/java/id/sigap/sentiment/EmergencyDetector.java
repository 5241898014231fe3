package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Threats to life and safety happening now: people trapped by water, injured, missing or swept away,
 * fire, electrocution, collapsing buildings, violence, medical emergencies, suicide hints. Scary words
 * used casually ("harga mati", "mati lampu", "asuransi kebakaran"), hypotheticals, rumours about
 * events that are over and a death or injury asked about for its paperwork ("santunan", "akta kematian") do not count.
 * The patterns and their words are in {@code sentiment/emergency.tsv}.
 */
final class EmergencyDetector {

    private static final DetectionPatterns PATTERNS = DetectionPatterns.load("sentiment/emergency.tsv");
    private static final String SUICIDE = "emergency:suicide";
    private static final Pattern ADULT_NOT_HOME = PATTERNS.named("ADULT_NOT_HOME");
    private static final Pattern MISSING_CONTEXT = PATTERNS.named("MISSING_CONTEXT");
    private static final Pattern PLEA_EMERGENCY = PATTERNS.named("PLEA_EMERGENCY");
    private static final Pattern PLEA = PATTERNS.named("PLEA");
    private static final Pattern NOT_A_PLEA = PATTERNS.named("NOT_A_PLEA");
    private static final Pattern DANGER_NOW = PATTERNS.named("DANGER_NOW");
    /** Water in a house up to the waist or higher, now. */
    private static final Pattern DEEP_AT_HOME = PATTERNS.named("DEEP_AT_HOME");
    private static final Pattern DANGER = PATTERNS.named("DANGER");
    private static final Pattern PERSON_AT_RISK = PATTERNS.named("PERSON_AT_RISK");
    private static final Pattern URGENCY = PATTERNS.named("URGENCY");
    private static final Pattern CASUAL = PATTERNS.named("CASUAL");
    private static final Pattern CASUAL_FOR_SUICIDE = PATTERNS.named("CASUAL_FOR_SUICIDE");
    private static final Pattern LAUGHTER = PATTERNS.named("LAUGHTER");
    private static final Pattern OWN_WISH_TO_DIE = PATTERNS.named("OWN_WISH_TO_DIE");
    private static final Pattern EMERGENCY_NUMBER = PATTERNS.named("EMERGENCY_NUMBER");
    private static final Pattern KEEPING = PATTERNS.named("KEEPING");
    /** A supposing word and the rest of its clause ("kalau ada yang tenggelam"). */
    private static final Pattern SUPPOSED = PATTERNS.named("SUPPOSED");
    /** "kalau ada orang ..." (if someone ...) and the rest of its clause. */
    private static final Pattern SUPPOSED_SOMEONE = PATTERNS.named("SUPPOSED_SOMEONE");
    /** A clause whose first words suppose ("kalo misal ...") and the rest of it. */
    private static final Pattern SUPPOSED_OPENING = PATTERNS.named("SUPPOSED_OPENING");
    /** The papers of a death: a death certificate, compensation for the heirs. */
    private static final Pattern DEATH_PAPERS = PATTERNS.named("DEATH_PAPERS");
    /** Water at home that has gone down and not come back ("skrg udh surut"). */
    private static final Pattern WATER_GONE = PATTERNS.named("WATER_GONE");
    /** Water at home told of yesterday, in a clause that opens with the time ("kemarin air masuk rumah sampe sepinggang"). */
    private static final Pattern WATER_THEN = PATTERNS.named("WATER_THEN");
    /** Water that comes with every rain ("tiap ujan dikit air naik ke rumah warga"). */
    private static final Pattern HABITUAL = PATTERNS.named("HABITUAL");
    /** A household living elsewhere ("numpang di rumah saudara") for a while ({@code TIME_SPENT}: "sebulan", "3 minggu"). */
    private static final Pattern DISPLACED = PATTERNS.named("DISPLACED");
    private static final Pattern TIME_SPENT = PATTERNS.named("TIME_SPENT");
    /** Danger seen or read in the news ("liat berita td ada banjir bandang di provinsi sebelah"). */
    private static final Pattern NEWS_SEEN = PATTERNS.named("NEWS_SEEN");
    /** A caller who claims a relative is hurt and asks for a transfer ("ada yg nelpon bilang ... harus transfer"). */
    private static final Pattern SCAM_CALL = PATTERNS.named("SCAM_CALL");
    private static final Pattern RUMOUR = PATTERNS.named("RUMOUR");
    private static final Pattern PAPERWORK = PATTERNS.named("PAPERWORK");
    /** What a sinking is read as: someone drowning, something swept away. */
    private static final java.util.Set<String> SINKING = java.util.Set.of("emergency:drowning", "emergency:swept-away");
    private static final Pattern ACCIDENT = PATTERNS.named("ACCIDENT");
    private static final Pattern IN_CARE = PATTERNS.named("IN_CARE");
    private static final Pattern ANIMAL_TRAPPED = PATTERNS.named("ANIMAL_TRAPPED");
    private static final Pattern ANIMAL_SICK = PATTERNS.named("ANIMAL_SICK");
    /** A disease feared to pass to people ("takut nular ke org"). */
    private static final Pattern CATCHING_FEARED = PATTERNS.named("CATCHING_FEARED");
    /** The people as a whole suffering, told to complain ("rakyat yg sesak napas", "sesak napas tiap hari"). */
    private static final Pattern GROUP_SUFFERING = PATTERNS.named("GROUP_SUFFERING");
    /** Harm waited for, asked rhetorically ("apa harus ada yg kecelakaan dulu baru diperbaiki?"). */
    private static final Pattern HARM_WAITED_FOR = PATTERNS.named("HARM_WAITED_FOR");
    /** The event said to have stopped ("skrg udh gak ada gempa lg"). */
    private static final Pattern EVENT_OVER = PATTERNS.named("EVENT_OVER");
    private static final Pattern HEARSAY = PATTERNS.named("HEARSAY");
    private static final Pattern OWN_AT_RISK = PATTERNS.named("OWN_AT_RISK");
    private static final Pattern OWN_SAFE = PATTERNS.named("OWN_SAFE");
    /** The water asked about as a yes/no question ("banyu sungai ... naik lagi kah?"). */
    private static final Pattern WATER_ASKED = PATTERNS.named("WATER_ASKED");
    /** A word of now that says where the household stays ("sekarang kami numpang di rumah saudara"). */
    private static final Pattern LIVING_NOW = PATTERNS.named("LIVING_NOW");
    /** A wall or tree fallen onto the writer's own vehicle ("roboh ... nimpa mobil sy"). */
    private static final Pattern OWN_VEHICLE_HIT = PATTERNS.named("OWN_VEHICLE_HIT");
    /** Someone said to be inside what fell, under it or hurt. */
    private static final Pattern SOMEONE_INSIDE = PATTERNS.named("SOMEONE_INSIDE");
    /** Now safe, told after what befell ("sekarang sudah di rumah", "skrg udh di posko"). */
    private static final Pattern SAFE_NOW = PATTERNS.named("SAFE_NOW");
    /** Now evacuated, away from the water told before ("skrg udh di posko"). */
    private static final Pattern EVACUATED_NOW = PATTERNS.named("EVACUATED_NOW");
    /** A road sunk into a hole ("jalan ... ambles"). */
    private static final Pattern ROAD_SUNK = PATTERNS.named("ROAD_SUNK");
    /** "kebakaran" for a big sale. */
    private static final Pattern SALE = PATTERNS.named("SALE");
    /** Told as sudden, now ("tiba2", "barusan"). */
    private static final Pattern SUDDEN = PATTERNS.named("SUDDEN");
    /** The writer safe away from home ("aku wis nang pengungsian"). */
    private static final Pattern SELF_AWAY = PATTERNS.named("SELF_AWAY");
    /** What a household that survived long ago may have named: what befell it, itself among those at risk then. */
    private static final List<String> SURVIVED = List.of("emergency:injured", "emergency:collapse", "emergency:trapped",
            "emergency:swept-away", Classification.PEOPLE_AT_RISK);
    /** What a writer safe now may have told of: what a survivor may, and an illness. */
    private static final List<String> OVER_NOW = java.util.stream.Stream.concat(SURVIVED.stream(),
            java.util.stream.Stream.of("emergency:medical")).toList();
    private static final Pattern WATER_AT_HOME = PATTERNS.named("WATER_AT_HOME");
    private static final Pattern SELF = PATTERNS.named("SELF");
    private static final Pattern VEHICLE_BLOCKED = PATTERNS.named("VEHICLE_BLOCKED");
    private static final Pattern SHUT_IN = PATTERNS.named("SHUT_IN");
    private static final Pattern NOT_AN_INJURY = PATTERNS.named("NOT_AN_INJURY");
    /** A person named only as the owner of a thing or a place ("kk anak saya", "desa kami"). */
    private static final Pattern POSSESSOR = PATTERNS.named("POSSESSOR");
    private static final Pattern DEATH = PATTERNS.named("DEATH");
    private static final Pattern DEATH_NOW = PATTERNS.named("DEATH_NOW");
    private static final Pattern PAST = PATTERNS.named("PAST");
    private static final Pattern RESOLVED = PATTERNS.named("RESOLVED");
    private static final Pattern NO_DANGER = PATTERNS.named("NO_DANGER");
    private static final Pattern AID_QUESTION = PATTERNS.named("AID_QUESTION");
    private static final Pattern FIRE_UNDER_WAY = PATTERNS.named("FIRE_UNDER_WAY");
    private static final Pattern SCHOOLWORK = PATTERNS.named("SCHOOLWORK");
    private static final Pattern LONG_AGO = PATTERNS.named("LONG_AGO");
    private static final Pattern LOSS = PATTERNS.named("LOSS");
    private static final Pattern LOSS_TOLD = PATTERNS.named("LOSS_TOLD");
    private static final Pattern DEATH_WISHED = PATTERNS.named("DEATH_WISHED");
    private static final Pattern LOSS_TODAY = PATTERNS.named("LOSS_TODAY");
    private static final Pattern COLLAPSE_REFERRED = PATTERNS.named("COLLAPSE_REFERRED");
    private static final Pattern FIRE_REFERRED = PATTERNS.named("FIRE_REFERRED");
    private static final Pattern FIRE_NAMED = PATTERNS.named("FIRE_NAMED");
    private static final Pattern POISONING = PATTERNS.named("POISONING");
    private static final Pattern BARE_DESPAIR = PATTERNS.named("BARE_DESPAIR");
    private static final Pattern REPORTED_BEFORE = PATTERNS.named("REPORTED_BEFORE");
    private static final Pattern POISONING_CASE = PATTERNS.named("POISONING_CASE");
    private static final Pattern CRISIS_INFO = PATTERNS.named("CRISIS_INFO");
    private static final Pattern ASKING = PATTERNS.named("ASKING");
    private static final Pattern STAYS_IN_FOR = PATTERNS.named("STAYS_IN_FOR");
    private static final Pattern FIRE_AS_TOPIC = PATTERNS.named("FIRE_AS_TOPIC");
    private static final Pattern OWN_POISONED = PATTERNS.named("OWN_POISONED");
    private static final Pattern FIRE_OVER = PATTERNS.named("FIRE_OVER");
    private static final Pattern FIRE_BURNING = PATTERNS.named("FIRE_BURNING");
    private static final Pattern MILD = PATTERNS.named("MILD");
    private static final Pattern MILD_SYMPTOM = PATTERNS.named("MILD_SYMPTOM");
    private static final Pattern FEARED = PATTERNS.named("FEARED");
    private static final Pattern BABY = PATTERNS.named("BABY");
    private static final Pattern STRANDED = PATTERNS.named("STRANDED");
    private static final Pattern FEARED_BREACH = PATTERNS.named("FEARED_BREACH");
    private static final Pattern FEARED_COLLAPSE = PATTERNS.named("FEARED_COLLAPSE");
    private static final Pattern AID_ASKED = PATTERNS.named("AID_ASKED");
    private static final Pattern JUST_NOW = PATTERNS.named("JUST_NOW");
    private static final Pattern FORWARDED = PATTERNS.named("FORWARDED");
    private static final Pattern VICTIMS_AS_GROUP = PATTERNS.named("VICTIMS_AS_GROUP");
    private static final Pattern COUNT_ASKED = PATTERNS.named("COUNT_ASKED");
    private static final Pattern NEWS_ASKED = PATTERNS.named("NEWS_ASKED");
    private static final Pattern DISASTER_REFERRED = PATTERNS.named("DISASTER_REFERRED");
    private static final Pattern HELP_OFFERED = PATTERNS.named("HELP_OFFERED");
    private static final Pattern POISONING_ASIDE = PATTERNS.named("POISONING_ASIDE");
    private static final Pattern CHAIN = PATTERNS.named("CHAIN");
    private static final Pattern SCHOOL_TASK = PATTERNS.named("SCHOOL_TASK");
    private static final Pattern WORK_TOPIC = PATTERNS.named("WORK_TOPIC");
    private static final Pattern DATA_ASKED = PATTERNS.named("DATA_ASKED");
    private static final Pattern SINCE_EVENT = PATTERNS.named("SINCE_EVENT");
    private static final Pattern CHRONIC = PATTERNS.named("CHRONIC");
    /** Care that is planned and repeated: a routine check-up, dialysis, physiotherapy. */
    private static final Pattern ROUTINE_CARE = PATTERNS.named("ROUTINE_CARE");
    private static final Pattern HOMEBOUND = PATTERNS.named("HOMEBOUND");
    private static final Pattern AID_FOR_EVENT = PATTERNS.named("AID_FOR_EVENT");
    private static final Pattern AID_MISUSED = PATTERNS.named("AID_MISUSED");
    private static final Pattern NOT_URGENT = PATTERNS.named("NOT_URGENT");
    private static final Pattern HOME_VISIT = PATTERNS.named("HOME_VISIT");
    private static final Pattern HOME_CARE = PATTERNS.named("HOME_CARE");
    private static final Pattern LASTING = PATTERNS.named("LASTING");
    private static final Pattern BLAME_ASKED = PATTERNS.named("BLAME_ASKED");
    private static final Pattern MARRIAGE_MATTER = PATTERNS.named("MARRIAGE_MATTER");
    private static final String PEOPLE_AT_RISK = Classification.PEOPLE_AT_RISK;
    private static final String CRY_FOR_HELP = Classification.CRY_FOR_HELP;
    /** The signals made only of words that schoolwork uses too (a child, a flood, "tolong"). */
    private static final List<String> COMPOSED = Classification.COMPOSED_DANGERS;
    /**
     * What a sinking, an explosion or a crash named as a known event may be found as: people in the water, missing, hurt,
     * a fire.
     */
    private static final List<String> DISASTER_SIGNALS = List.of("emergency:drowning", "emergency:swept-away",
            "emergency:missing", "emergency:injured", "emergency:english", "emergency:fire");
    /** What may have driven a household out and be over once it lives elsewhere for a while. */
    private static final List<String> DISPLACED_BY = List.of("emergency:fire", "emergency:collapse", "emergency:swept-away",
            PEOPLE_AT_RISK);
    /** What a complaint about a report not followed up may name and stay a complaint: a hazard, no one hurt. */
    private static final List<String> REPORTED_HAZARDS = List.of("emergency:collapse", PEOPLE_AT_RISK);
    /** What a chain message passed on or a school task's topic may name and stay no emergency: no one trapped or missing. */
    private static final List<String> NAMED_EVENTS = List.of("emergency:injured", "emergency:fire", "emergency:collapse",
            PEOPLE_AT_RISK, CRY_FOR_HELP);
    /** What a school task's topic may name: the events above and unrest ("kliping ttg ... kerusuhan"). */
    private static final List<String> TASK_TOPICS = java.util.stream.Stream.concat(NAMED_EVENTS.stream(),
            java.util.stream.Stream.of("emergency:violence")).toList();
    private static final Pattern STILL = PATTERNS.named("STILL");
    /** A number after an age word ("umur 80", "usia 7"): a child's or an elder's age. */
    private static final Pattern AGE = PATTERNS.named("AGE");
    /** A number before a word for years that is not a duration ("72 tahun"): only an elder's age counts. */
    private static final Pattern YEARS_OLD = PATTERNS.named("YEARS_OLD");
    private static final Pattern KIN_AGE = PATTERNS.named("KIN_AGE");

    /** An age at or below this is a child's: not home is missing at once. */
    static final long CHILD_AGE = 12;
    /** An age from this up to {@link #ADULT_AGE} (exclusive) and above {@link #CHILD_AGE} is a teenager's. */
    static final long TEEN_AGE = 13;
    /** An age at or above this is an adult's. */
    static final long ADULT_AGE = 18;
    /** An age at or above this is an elder's. */
    static final long ELDER_AGE = 65;
    /** Older than this is no age. */
    private static final long OLDEST = 120;
    /** The token an age of a child or an elder becomes for the patterns; {@code VULNERABLE} and {@code PERSON} include it. */
    static final String VULNERABLE_AGE = "vulnerable_age";
    /**
     * The token a teenager's age (13-17) becomes: a person ({@code PERSON}), not home missing only with danger or a long
     * silence, like an adult, but also across clauses ({@code ADULT_NOT_HOME}).
     */
    static final String MINOR_AGE = "minor_age";

    private static List<String> strongSignals(String joined) {
        return PATTERNS.signals(joined, "emergency:");
    }

    /** Whether no signal is found once the words of {@code set} are set aside (a death asked about, a feared symptom). */
    private static boolean nothingBesides(Pattern set, String joined) {
        return strongSignals(set.matcher(joined).replaceAll(" ")).isEmpty();
    }

    /** Whether a word of "still going on" is left once the words of {@code set} are set aside. */
    private static boolean stillBesides(Pattern set, String joined) {
        return STILL.matcher(set.matcher(joined).replaceAll(" ")).find();
    }

    /** What {@link #found} finds once the words of {@code set} are set aside (a hardship's cause, a supposition). */
    private static List<String> foundBesides(Pattern set, String joined, NormalisedText text) {
        String aside = set.matcher(joined).replaceAll(" ");
        return found(aside, POSSESSOR.matcher(aside).replaceAll(" "), text);
    }

    /** Whether no person at risk is named once the words of {@code set} are set aside (a count asked, victims as a group). */
    private static boolean noOneBesides(Pattern set, String text) {
        return !PERSON_AT_RISK.matcher(set.matcher(text).replaceAll(" ")).find();
    }

    private final EmergencyModel model;

    /** The rules, and the learnt model as a second opinion that does not decide (see {@link Findings}). */
    EmergencyDetector() {
        this(EmergencyModel.load());
    }

    EmergencyDetector(EmergencyModel model) {
        this.model = model;
    }

    /**
     * What the rules find ({@code signals}, empty when there is no emergency) and, when they find nothing, the learnt
     * model's second opinion ({@code "learnt-emergency:0.93"}, else null): it reads danger and no guard dismisses it.
     * The second opinion never makes the message an emergency (on the team's own non-emergencies it raised alarms the
     * rules do not); the decision hands such a chat to a person at high priority
     * ({@link Classification#possibleEmergency()}; docs/sentiment.md, fourteenth session).
     */
    record Findings(List<String> signals, String secondOpinion) {
    }

    /** What the rules find before any guard sets it aside (a fire told as over still names a fire). */
    List<String> named(NormalisedText text) {
        Prepared prepared = Prepared.of(text);
        return List.copyOf(found(prepared.joined(), prepared.people(), text));
    }

    /** The message as the patterns read it ({@code joined}) and the same without possessors ({@code people}). */
    private record Prepared(String joined, String people) {
        static Prepared of(NormalisedText text) {
            String joined = " " + withAges(text) + " ";
            return new Prepared(joined, POSSESSOR.matcher(joined).replaceAll(" "));
        }
    }

    /** The rules' findings and the learnt model's second opinion, in one pass. */
    Findings read(NormalisedText text) {
        Prepared prepared = Prepared.of(text);
        String joined = prepared.joined();
        String people = prepared.people();
        List<String> found = found(joined, people, text);
        if (!found.isEmpty()) {
            return new Findings(guarded(text, joined, people, found), null);
        }
        double p = model.probability(text);
        if (p < model.threshold()
                || guarded(text, joined, people, new ArrayList<>(List.of("emergency:learnt"))).isEmpty()) {
            // giving up said and nothing else ("rasanya pengen nyerah aja" after days in a shelter with everything lost):
            // too little to tell a life at risk from a chore given up, so a person looks soon
            return new Findings(List.of(), BARE_DESPAIR.matcher(joined).matches()
                    ? Classification.POSSIBLE_EMERGENCY + "despair" : null);
        }
        return new Findings(List.of(), String.format(java.util.Locale.ROOT, Classification.LEARNT_EMERGENCY + "%.2f", p));
    }

    /**
     * {@code found} unless a guard dismisses it: casual words, a supposition, paperwork, a rumour, the past
     * ({@code joined}: the message for the patterns; {@code people}: the same without possessors).
     */
    private static List<String> guarded(NormalisedText text, String joined, String people, List<String> found) {
        boolean plea = PLEA.matcher(joined).find();
        boolean still = STILL.matcher(joined).find() || text.exclamations() >= 2;
        // danger at hand: water rising to a height, into the house
        // water that has gone down ("skrg udh surut", batch I56) is at hand no more, unless it came back; nor water told of
        // yesterday in a clause that opens with the time, unless a word of still or now stands in the message (batch Q56)
        boolean atHand = (DANGER_NOW.matcher(joined).find() || WATER_AT_HOME.matcher(joined).find())
                && !WATER_GONE.matcher(joined).find() && !(WATER_THEN.matcher(joined).find() && !still);
        // laughter the only casual word, beside a live wire or water at hand, keeps the danger (batches S56, Y56)
        boolean laughingOnly = !CASUAL.matcher(LAUGHTER.matcher(joined).replaceAll(" ")).find();
        boolean dangerBesideLaughter = laughingOnly && (found.equals(List.of("emergency:electrocution")) || atHand);
        if (CASUAL.matcher(joined).find() && !plea && !dangerBesideLaughter
                && (!found.contains(SUICIDE) || CASUAL_FOR_SUICIDE.matcher(joined).find())) {
            // scary words used casually; a suicide word only with media or prevention work about
            return List.of();
        }
        if (!plea && !still && EMERGENCY_NUMBER.matcher(joined).find()
                && (KEEPING.matcher(joined).find() || onlyWithin(SUPPOSED, joined, text))) {
            // asks for the number to keep it, or for a case supposed
            return List.of();
        }
        if (!plea && !still && onlyWithin(SUPPOSED_SOMEONE, joined, text)) {
            // "kalau ada orang pingsan, pertolongan pertamanya apa?"
            return List.of();
        }
        if (!plea && !still && text.exclamations() < 2 && (onlyWithin(SUPPOSED_OPENING, joined, text)
                || found.equals(List.of("emergency:trapped")) && onlyWithin(SUPPOSED, joined, text))) {
            // a clause that opens by supposing holds every danger found: "kalo misal sy naik brt trus busnya kecelakaan, yg
            // tanggung biaya rumah sakit siapa?" (batch T55, read); being unable to get out, supposed anywhere, to ask for a
            // plan: "Zona saya belum wajib mengungsi, tapi kalau status naik saya tidak bisa turun sendiri. Apakah ada
            // pendataan warga disabilitas untuk evakuasi?" (batch J55, read after its measurement)
            return List.of();
        }
        boolean deathNow = plea || text.exclamations() >= 2 || DEATH_NOW.matcher(joined).find();
        boolean fireUnderWay = FIRE_UNDER_WAY.matcher(joined).find();
        if (PAPERWORK.matcher(joined).find() && !deathNow
                && nothingBesides(DEATH, joined)) {
            // only the death itself was found, and it is asked about for its paperwork; an injury stays
            return List.of();
        }
        if (found.equals(List.of("emergency:missing")) && DEATH_PAPERS.matcher(joined).find() && !deathNow && !atHand) {
            // someone long missing, the papers of a death asked for: "ngurus akta kematian kanggo korban kapal sing durung
            // ketemu jasade piye ya?" (batch A56, read after its measurement)
            return List.of();
        }
        if (found.equals(List.of(CRY_FOR_HELP)) && PAPERWORK.matcher(joined).find()
                && !atHand) {
            // "pliss urgent soal data KK sy yg salah nama": only the word "urgent", about papers, names no danger
            return List.of();
        }
        if (found.equals(List.of("emergency:fire"))
                && (AID_QUESTION.matcher(joined).find() || PAPERWORK.matcher(joined).find()) && !deathNow && !still
                && !DANGER_NOW.matcher(joined).find() && !fireUnderWay) {
            // a fire that is over, asked about for its aftermath: "bantuan buat korban kebakaran pasar kapan cair?"
            // (aid for its victims), "kalo ktp aye ilang pas kebakaran pasar, ngurus ulangnya ..." (papers lost to it)
            return List.of();
        }
        if (SINKING.containsAll(found) && AID_QUESTION.matcher(joined).find() && !deathNow && !still && !atHand && !plea) {
            // aid asked for the victims of a sinking all know: "Ada bantuan untuk keluarga korban kapal yang tenggelam tidak?
            // Ke mana daftarnya?" (and its Sundanese, once the slang list read "kulawarga" and "kanggo"; forty-seventh session)
            return List.of();
        }
        if (found.equals(List.of("emergency:injured")) && nothingBesides(ACCIDENT, joined)
                && (AID_QUESTION.matcher(joined).find() || PAPERWORK.matcher(joined).find()) && !deathNow && !still
                && !atHand) {
            // an accident named as what the papers or the aid are for: "korban kecelakaan jembatan bisa pake bpjs gk?"
            return List.of();
        }
        if ((found.equals(List.of("emergency:medical")) || found.equals(List.of("emergency:injured")) && !deathNow)
                && IN_CARE.matcher(joined).find() && !plea && !atHand
                && !stillBesides(IN_CARE, joined) && text.exclamations() < 2) {
            // someone already in care, the care asked about: "Ayah saya 80 tahun, dirawat karena dehidrasi. Mohon
            // ditindaklanjuti oleh pihak provinsi, RSUD Batu Sari perlu tambahan tempat tidur."; "masih di rs" is the care's
            // own, a "still" beside it ("skrg sesak napas makin parah") or "!!" keeps the emergency. Someone who fainted or
            // was hurt and has been taken away too ("semalem ada ibu2 pingsan di antrian vaksin, udh dibawa ambulans sih")
            return List.of();
        }
        boolean fireAsHomework = found.equals(List.of("emergency:fire")) && !fireUnderWay
                && FIRE_AS_TOPIC.matcher(joined).find(); // "bantuin pr aku: sebutkan 5 dampak kebakaran hutan" (batch G40)
        if ((COMPOSED.containsAll(found) || fireAsHomework) && SCHOOLWORK.matcher(joined).find() && text.exclamations() < 2
                && !STILL.matcher(PLEA.matcher(joined).replaceAll(" ")).find()
                && !atHand) {
            // "tolong bantu pr anak sy: sebutkan 5 penyebab banjir": homework about floods ("tolong" asks for help with
            // it: the plea is not what is still going on here)
            return List.of();
        }
        // a death, and nothing found besides its clause (what it came of is no second danger)
        boolean deathTold = DEATH.matcher(joined).find() && nothingBesides(LOSS_TOLD, joined);
        boolean lossOnly = found.equals(List.of("emergency:injured"))
                && nothingBesides(LOSS, joined)
                || found.equals(List.of("emergency:fire")) && !fireUnderWay
                || deathTold;
        if (lossOnly && LONG_AGO.matcher(joined).find() && !deathNow && !atHand && !LOSS_TODAY.matcher(joined).find()) {
            // a loss long over, told as grief: "tahun lalu anak sy meninggal kecelakaan ... sy keinget terus", "sejak
            // rumah kebakaran bulan lalu ... tiap malem kebayang api terus"; the writer's own wish to die told with it
            // stays ("anak sy meninggal krn DBD minggu lalu, rasanya pengen nyusul aja", batch J45)
            return ownWishToDie(found, joined);
        }
        if (namedAsEvent(found, "emergency:fire", FIRE_NAMED, joined) && !fireUnderWay && !plea && !atHand
                && text.exclamations() < 2) {
            // a fire named as a cause, a place or a topic: "pasti lg rame bgt chat masuk gara2 kebakaran", "sy ngontrak di
            // lokasi kebakaran, yg punya kontrakan gk mau balikin uang" (batch Y41)
            return List.of();
        }
        if (!plea && !still && !atHand && (namedAsEvent(found, "emergency:collapse", COLLAPSE_REFERRED, joined)
                || namedAsEvent(found, "emergency:fire", FIRE_REFERRED, joined) && !fireUnderWay)) {
            // a collapse named as a known event ("kontraktor tanggul yg jebol itu perusahaan punya siapa?"), a fire named
            // as a case ("pantes kebakaran ga pernah diusut tuntas", "siapa pelaku pembakaran lahan itu?")
            return List.of();
        }
        if (REPORTED_HAZARDS.containsAll(found) && REPORTED_BEFORE.matcher(joined).find() && !plea && !deathNow
                && !still && !WATER_AT_HOME.matcher(joined).find()) {
            // a danger reported before and not followed up, complained of: "sudah tiga kali saya melapor ... tanggul jebol
            // ..., sudah dua minggu tidak ada tindak lanjut" (a breach is danger at hand; nothing still going on here)
            return List.of();
        }
        // a death in a fire that is over, told as such ("katanya ada korban meninggal di kebakaran pasar tp ditutup2in", batch
        // V56, read): the fire found beside the death is the same event
        boolean deathInFireOver = found.size() == 2 && found.containsAll(List.of("emergency:injured", "emergency:fire"))
                && FIRE_OVER.matcher(joined).find() && !FIRE_BURNING.matcher(joined).find() && !fireUnderWay;
        if ((found.equals(List.of("emergency:injured")) || deathInFireOver) && deathTold
                && !DEATH_WISHED.matcher(joined).find() && !plea && !deathNow && !atHand) {
            // a death told and nothing else: no life to save now, a loss (condolences and a person) or a count asked
            // ("ibu sy meninggal td pagi ...", "2 murid sy meninggal bulan ini", "angka kematian yg diumumin itu
            // beneran?"); with a plea, "!!", "barusan" or danger at hand it stays an emergency
            return List.of();
        }
        if (found.equals(List.of("emergency:injured")) && nothingBesides(POISONING, joined)
                && POISONING_CASE.matcher(joined).find() && !plea && !deathNow && !atHand
                && !stillBesides(POISONING_ASIDE, joined)) {
            // a poisoning named as a case: "min hasil lab keracunan makanan di sdn 3 kapan keluar?", "berapa jumlah siswa
            // yg keracunan mbg", who pays for it (deathNow covers "!!"); its "still" may be the programme's, the news' or
            // the care's ("makan gratisnya masih jalan ga?", "sekarang dirawat di rsud, biayanya ditanggung?")
            return List.of();
        }
        // the event as what is asked about: a fire named as a topic, never reported; a poisoning of no one of the writer's
        boolean crisisOnly = found.equals(List.of("emergency:fire")) && !fireUnderWay && FIRE_AS_TOPIC.matcher(joined).find()
                || found.equals(List.of("emergency:injured")) && nothingBesides(POISONING, joined)
                && !OWN_POISONED.matcher(joined).find();
        if (crisisOnly && CRISIS_INFO.matcher(joined).find() && (text.questions() > 0 || ASKING.matcher(joined).find())
                && !plea && !still && !deathNow && !atHand) {
            // the crisis asked about: "nomor pengaduan dampak kebakaran pabrik brp ya", "anak2 yg keracunan dirawat dmn?"
            return List.of();
        }
        if (namedAsEvent(found, "emergency:fire", FIRE_OVER, joined) && !FIRE_BURNING.matcher(joined).find()
                && !deathNow && !atHand) {
            // a fire told as over, its aftermath asked about or complained of: "pasar induk yg kebakaran semalem hari ini
            // buka gk?", "kiosnya udh kebakar mau jualan dmn lg" (deathNow covers a plea and "!!")
            return List.of();
        }
        if (found.equals(List.of("emergency:medical")) && MILD.matcher(joined).find() && !plea
                && text.exclamations() < 2 && !atHand && !BABY.matcher(joined).find()
                && nothingBesides(MILD_SYMPTOM, joined)) {
            // a symptom told as mild, a check-up asked: "nenek sy sesak dikit tp ga parah, mau diperiksa aja"
            return List.of();
        }
        if ((found.equals(List.of("emergency:injured")) || found.equals(List.of("emergency:medical")))
                && FEARED.matcher(joined).find() && !plea && !still && text.exclamations() < 2 && !atHand
                && nothingBesides(FEARED, joined)) {
            // a symptom feared, not had: "suntik campak di sekolah aman gak sih? takut kejang kayak berita2 itu"
            return List.of();
        }
        boolean ownAtRisk = OWN_AT_RISK.matcher(people).find() && !OWN_SAFE.matcher(joined).find();
        if (RUMOUR.matcher(joined).find() && (!still || FORWARDED.matcher(joined).find()) && !ownAtRisk && !(atHand && plea)) {
            // a rumour asked about; in a forwarded chain message its "SEGERA" and "!!!" are the chain's, not the writer's.
            // Not a plea with danger at hand told beside a chain ("tolong air laut naik masuk rumah sy skrg sepinggang, tadi
            // ada pesan berantai katanya ada tsunami": an attack kept since "katanya ada" reads as a rumour)
            return List.of();
        }
        if (List.of("emergency:injured", "emergency:medical").containsAll(found) && SCAM_CALL.matcher(joined).find()
                && !atHand && !DEATH_NOW.matcher(joined).find()) {
            // a caller who says a relative is hurt and asks for money now: a known fraud, told by the one called ("ada yg
            // nelpon bilang anak sy kecelakaan di jalan tol, harus transfer 15 juta skrg buat operasi", wave A58-D58)
            return List.of();
        }
        boolean passedOnEvent = NAMED_EVENTS.containsAll(found)
                || found.equals(List.of("emergency:medical")) && !STILL.matcher(joined).find();
        if (passedOnEvent && CHAIN.matcher(joined).find() && !SELF.matcher(CHAIN.matcher(people).replaceAll(" ")).find()
                && !ownAtRisk && !plea && (!atHand || FORWARDED.matcher(joined).find())) {
            // a chain message passed on in the third person: "[Diteruskan] BREAKING: Ledakan tabung LPG ..., 3 orang luka
            // bakar ... sebarkan!!" (its "!!" and "SEKARANG" are the chain's); someone trapped or missing stays. A health
            // hoax too, with no "still" word of its own: "*PENTING!! SEBARKAN* Dokter senior RS bilang DBD sembuh 1 malam
            // ... Jgn mau diinfus di RS ...!!". Water rising told by a chain marked as one is the chain's too ("PESAN BERANTAI: Air
            // laut akan naik 10 meter malam ini ... SEBARKAN!!!", batch W57, read after its measurement)
            return List.of();
        }
        if (TASK_TOPICS.containsAll(found) && SCHOOL_TASK.matcher(joined).find() && WORK_TOPIC.matcher(joined).find()
                && !plea && !still && !ownAtRisk && !DANGER_NOW.matcher(WORK_TOPIC.matcher(joined).replaceAll(" ")).find()
                && !WATER_AT_HOME.matcher(joined).find()) {
            // a school task's topic: "aku lagi bikin tugas sekolah tentang bahaya kebocoran gas, ada data brp kasus
            // kebakaran ... tahun lalu gk?" (the gas leak is the topic, not at hand)
            return List.of();
        }
        if (NAMED_EVENTS.containsAll(found) && DATA_ASKED.matcher(joined).find() && !plea && !still && !ownAtRisk
                && !atHand && !deathNow) {
            // figures asked for: "boleh minta data jumlah kecelakaan laut 5 tahun terakhir buat skripsi?"
            return List.of();
        }
        if (found.equals(List.of(PEOPLE_AT_RISK)) && !plea && text.exclamations() < 2
                && onlyWithin(SINCE_EVENT, joined, text)) {
            // a collapse named as what a hardship came of: "sejak jembatan putus anak sy hrs berangkat jam 5 pagi"
            return List.of();
        }
        if (found.equals(List.of("emergency:medical")) && CHRONIC.matcher(joined).find() && PAPERWORK.matcher(joined).find()
                && !plea && text.exclamations() < 2 && !atHand && nothingBesides(CHRONIC, joined)) {
            // a lasting illness named beside papers: "ibu sedang sakit stroke tidak bisa jalan ..., apa boleh bapak yang
            // ambilkan [KTP-nya]"
            return List.of();
        }
        if (found.equals(List.of("emergency:medical")) && ROUTINE_CARE.matcher(joined).find() && !deathNow && !atHand) {
            // a way to routine care asked for someone ill for long: "ambulans desa itu bisa dipake buat nganter kontrol
            // rutin gk? ibu sy stroke gk bisa naik motor" (batch F56, read after its measurement)
            return List.of();
        }
        if (List.of("emergency:medical", "emergency:trapped").containsAll(found) && HOMEBOUND.matcher(joined).find()
                && HOME_VISIT.matcher(joined).find()
                && (PAPERWORK.matcher(joined).find() || HOME_CARE.matcher(joined).find() && LASTING.matcher(joined).find())
                && !plea && !still && !atHand
                && !deathNow && nothingBesides(HOMEBOUND, joined)) {
            // a lasting condition named to ask for a service at home: "Disdukcapil bisa datang ke rumah untuk rekam
            // e-KTP? Ibu saya stroke, tidak bisa keluar rumah."
            return List.of();
        }
        if (found.equals(List.of("emergency:collapse")) && FEARED_COLLAPSE.matcher(joined).find()
                && AID_ASKED.matcher(joined).find() && !plea && !still && !atHand && !deathNow
                && nothingBesides(FEARED_COLLAPSE, joined)) {
            // a collapse feared, told to ask for aid: "korban longsor dpt bantuan apa aja ya min? ... dinding retak2
            // parah, takut roboh" (batch A51, read)
            return List.of();
        }
        if (found.equals(List.of("emergency:collapse")) && AID_ASKED.matcher(joined).find() && !JUST_NOW.matcher(joined).find()
                && !plea && !still && !atHand && !deathNow && noOneBesides(AID_ASKED, people)) {
            // a house buried or fallen, told to ask for aid, no word that it is now and no one named: "rumah sy ketimbun
            // longsor, bantuannya kapan ya" (forty-sixth session, beside batch J52's buried houses)
            return List.of();
        }
        if (found.equals(List.of("emergency:collapse")) && FEARED_BREACH.matcher(joined).find() && !plea && !still
                && !atHand && !deathNow) {
            // "tiap denger hujan deres jantung sy deg2an takut bendungan jebol": a breach feared, not under way
            return List.of();
        }
        if (List.of("emergency:missing", "emergency:drowning").containsAll(found) && NEWS_ASKED.matcher(joined).find()
                && (text.questions() > 0 || ASKING.matcher(joined).find()) && !plea && !ownAtRisk && !atHand && !deathNow
                && noOneBesides(NEWS_ASKED, people)) {
            // news asked of a search under way: "udh ada kabar penumpang yg hilang blm min?"
            return List.of();
        }
        if (List.of("emergency:injured", "emergency:medical", "emergency:missing").containsAll(found)
                && HELP_OFFERED.matcher(joined).find()
                && nothingBesides(HELP_OFFERED, joined) && !plea && !atHand && !deathNow) {
            // help for the hurt offered: "sy relawan, mau bantu warga yg luka2. daftar dmn?"
            return List.of();
        }
        if (DISASTER_SIGNALS.containsAll(found) && DISASTER_REFERRED.matcher(joined).find()
                && nothingBesides(DISASTER_REFERRED, joined) && !plea && !ownAtRisk && !atHand && !deathNow && !still
                && !FIRE_BURNING.matcher(joined).find()) {
            // the sinking or the explosion all know, its aftermath asked about: "min ada daftar penumpang kapal yg
            // tenggelam di pesisir selatan gk", "penyebab ledakan gudang di batu sari udh ketauan blm?"
            return List.of();
        }
        if (List.of("emergency:missing", "emergency:injured").containsAll(found) && COUNT_ASKED.matcher(joined).find()
                && !plea && !still && !deathNow && !atHand
                && noOneBesides(COUNT_ASKED, people)) {
            // "Mohon informasi jumlah korban meninggal dan hilang per hari ini": a count asked, no one of the writer's
            return List.of();
        }
        if (found.equals(List.of(PEOPLE_AT_RISK)) && VICTIMS_AS_GROUP.matcher(joined).find() && !plea && !atHand
                && noOneBesides(VICTIMS_AS_GROUP, joined)) {
            // "Pejabat bejat ketawain korban banjir!!!": the flood's victims as a group, no one at risk now
            return List.of();
        }
        if ((found.equals(List.of(PEOPLE_AT_RISK)) || found.equals(List.of("emergency:collapse"))
                || found.equals(List.of("emergency:fire")))
                && AID_MISUSED.matcher(joined).find() && !plea && !atHand && !DEATH_NOW.matcher(joined).find()
                && onlyWithin(AID_FOR_EVENT, joined, text)) {
            // the disaster names only the aid alleged misused: "kades sukareja potong bantuan banjir!! ... yg nyampe ke
            // warga cm 5kg" (batch C51, read); a landslide's too ("pak kades kami bagi2 sembako bantuan longsor cuma ke
            // keluarganya sama tim suksesnya", batch Y56, read) and a fire's ("bantuan korban kebakaran dipotong2 sm pak rt",
            // wave A58-D58, read after its measurement)
            return List.of();
        }
        if (found.equals(List.of(PEOPLE_AT_RISK)) && PAPERWORK.matcher(joined).find() && !plea && !still && !atHand
                && !deathNow) {
            // everyday words around papers: "lurah Sidomulyo minta uang 200rb per orang buat ngurus KTP yg ilang kena
            // banjir, katanya biar cepet ... ini pungli kan" (a person, the flood, "cepat"; batch I52, read)
            return List.of();
        }
        if (COMPOSED.containsAll(found) && NOT_URGENT.matcher(joined).find() && !atHand
                && !DEATH_NOW.matcher(joined).find()) {
            // the writer says it is not urgent: "Not urgent but the big sign ... says 'PLEASE DO NOT FEED THE FISH ...
            // THEY ARE DANGEROUS'" (batch L52, read)
            return List.of();
        }
        if (found.equals(List.of("emergency:missing")) && MARRIAGE_MATTER.matcher(joined).find() && !plea && !deathNow
                && !atHand) {
            // a husband long gone, told to ask about divorce or maintenance: "mau nanya cerai gmn caranya. suami gk pulang2
            // udh 6 bulan sejak gk melaut" (batches M51 and Q51, read)
            return List.of();
        }
        if (found.equals(List.of(PEOPLE_AT_RISK)) && BLAME_ASKED.matcher(joined).find() && PAST.matcher(joined).find()
                && !plea && !DEATH_NOW.matcher(joined).find() && !stillBesides(PAST, joined)) {
            // who is to blame for what happened: "kmrn malem bendungan dibuka gk ada pengumuman ... warga bantaran kaget air
            // naik tengah malem. siapa yg tanggung jawab??" (batch M51, read); the water rising is of then, unless a word of
            // still or now stands beside it
            return List.of();
        }
        if (VICTIMS_AS_GROUP.matcher(joined).find() && nothingBesides(VICTIMS_AS_GROUP, joined) && !plea && !still
                && !atHand && !deathNow) {
            // "bantuan sembako korban longsor cuma dibagi ke keluarga pak RT doang": the landslide and the people are only
            // the victims named as a group, whom the aid is for (batch Q50, read); set aside, nothing is found
            return List.of();
        }
        if (found.equals(List.of("emergency:trapped")) && STRANDED.matcher(joined).find() && !plea && !atHand
                && text.exclamations() < 2) {
            // "our tour group is stuck in the hotel since the airport closed": stranded, not trapped
            return List.of();
        }
        boolean noOneNamed = !PERSON_AT_RISK.matcher(people).find() && !atHand && !SELF.matcher(people).find();
        if (found.equals(List.of("emergency:collapse")) && HEARSAY.matcher(joined).find() && text.questions() > 0
                && noOneNamed && !plea) {
            // "katanya bendungan mau jebol malam ini, harus ngungsi sekarang??" asks whether the rumour is true
            return List.of();
        }
        if (found.equals(List.of("emergency:trapped")) && ANIMAL_TRAPPED.matcher(joined).find() && (noOneNamed
                || !PERSON_AT_RISK.matcher(people).find() && !atHand && SELF_AWAY.matcher(joined).find())) {
            // "kucing saya ketinggalan di rumah yang kebanjiran, bisa dievakuasi?": an animal, no person; the writer safe
            // at the shelter ("aku wis nang pengungsian", wave K59-N59, read) is no one left there either
            return List.of();
        }
        if (List.of("emergency:collapse", PEOPLE_AT_RISK).containsAll(found) && EVENT_OVER.matcher(joined).find() && !plea
                && !deathNow && !atHand && !still && !SHUT_IN.matcher(joined).find()) {
            // the event said to have stopped, its damage asked about: "gempa td malem ... dinding rumah retak2. skrg udh gak
            // ada gempa lg, tp anak2 takut tidur di dalem. aman gak ya?" (batch I57, read)
            return List.of();
        }
        if (List.of("emergency:injured", PEOPLE_AT_RISK).containsAll(found) && !plea && !deathNow && !atHand
                && onlyWithin(HARM_WAITED_FOR, joined, text)) {
            // harm waited for, asked rhetorically: "Sudah TIGA bulan lampu jalan ... mati ... Apa harus ada yg kecelakaan
            // dulu baru diperbaiki?" (batch I57, read); set aside, nothing is found
            return List.of();
        }
        if (List.of("emergency:medical", "emergency:injured", "emergency:drowning").containsAll(found) && !plea && !deathNow
                && !atHand && onlyWithin(GROUP_SUFFERING, joined, text)) {
            // the haze's sufferers as a whole, in a complaint: "PT ... bakar lahan, rakyat yg sesak napas, pemerintah cuma
            // bikin rapat" (batch F57, read after its measurement); or drowning while the office sleeps: "admin g*blok kerja lo
            // apa sih, warga tenggelam lo enak2 tidur" (batch T57, read after its measurement); set aside, nothing is found
            return List.of();
        }
        // a person named only as feared to catch it ("takut nular ke org", batch B57) is no one sick
        // (the writer named inside the animal's own words, "sapi di kampung saya", is no one sick either)
        boolean noOneButFeared = noOneBesides(CATCHING_FEARED, people) && !atHand
                && !SELF.matcher(ANIMAL_SICK.matcher(people).replaceAll(" ")).find();
        if ((found.equals(List.of("emergency:medical")) || found.equals(List.of(CRY_FOR_HELP)))
                && ANIMAL_SICK.matcher(joined).find() && noOneButFeared && !plea) {
            // "sapi sy mulutnya berbusa ... itu PMK bkn ya?": a sick animal, no person; "DARURAT MIN!!! kucing sy gk mau
            // makan dr kemarin 😭😭" (batch Q57, read) too
            return List.of();
        }
        if (List.of(PEOPLE_AT_RISK, "emergency:injured").containsAll(found) && OWN_SAFE.matcher(joined).find()
                && NEWS_SEEN.matcher(joined).find()
                && !plea && !still && !deathNow) {
            // danger seen in the news, the writer's own safe: "min liat berita td ada banjir bandang di provinsi sebelah,
            // ngeri ya 😢 keluarga sy aman sih alhamdulillah" (batch Q57, read)
            return List.of();
        }
        if (DISPLACED_BY.containsAll(found) && DISPLACED.matcher(joined).find() && TIME_SPENT.matcher(joined).find()
                && !plea && !atHand && !deathNow && !JUST_NOW.matcher(joined).find()) {
            // a household living elsewhere for a while: what drove it out is over ("bang aye numpang di rumah enyak aye
            // udeh sebulan, rumah aye kebakaran. ntu bantuan sewa rumah ade kagak sih?", batches P57 and Q57, read)
            return List.of();
        }
        if (found.equals(List.of("emergency:trapped"))
                && (VEHICLE_BLOCKED.matcher(joined).find() || STAYS_IN_FOR.matcher(joined).find()) && !plea && !atHand
                && !SHUT_IN.matcher(joined).find()) {
            // "tetangga sy parkir mobil depan pagar sy, motor sy gk bs keluar": a vehicle blocked in; "gk bs keluar rumah
            // krn jaga ortu sakit": staying in to care for someone. No one trapped either way
            return List.of();
        }
        if (found.equals(List.of(PEOPLE_AT_RISK)) && !plea && !still && text.exclamations() < 2
                && onlyWithin(HABITUAL, joined, text)) {
            // water that comes with every rain, complained of: "gorong2 di depan pasar lama mampet, tiap ujan dikit air naik
            // ke rumah warga" (batch Q56, read); set aside, nothing is found
            return List.of();
        }
        if (SURVIVED.containsAll(found) && OWN_SAFE.matcher(joined).find() && LONG_AGO.matcher(joined).find()
                && !plea && !atHand && !deathNow && !JUST_NOW.matcher(LIVING_NOW.matcher(joined).replaceAll(" ")).find()) {
            // survived long ago, told to ask for help after: "kami selamat dari longsor bulan lalu di kampung kami, tapi
            // rumah kami tertimbun. Sekarang kami numpang di rumah saudara. ... apakah ada program pendampingan
            // psikologis ...?" (batch W58, read); its "sekarang" says where they stay
            return List.of();
        }
        if (List.of(PEOPLE_AT_RISK, "emergency:trapped").containsAll(found) && onlyWithin(WATER_GONE, joined, text)
                && !plea && !atHand && !deathNow) {
            // the only danger named is water gone down, a fear of what comes after beside it: "air di perumahan sudah
            // surut ... takut listriknya bahaya waktu dinyalakan ... kapan boleh pulang" (batch X58, read); a night spent
            // in the loft told before it ("semalem ... kami sekeluarga naik ke loteng sampe subuh ... skrg air udh surut",
            // batch Y58, read)
            return List.of();
        }
        if (OVER_NOW.containsAll(found) && SAFE_NOW.matcher(joined).find() && !plea
                && (!atHand || EVACUATED_NOW.matcher(joined).find()) && !deathNow
                && !stillBesides(SAFE_NOW, joined)) {
            // told after it was over, safe now: "Saya tadi sempat pingsan kena panas ..., sekarang sudah di rumah.", "jam 2
            // udh sepinggang, kami naik ke lantai 2 tetangga ... skrg udh di posko" (wave G59-J59, read)
            return List.of();
        }
        if (found.equals(List.of("emergency:collapse"))
                && (ROAD_SUNK.matcher(joined).find() && !SUDDEN.matcher(joined).find() || OWN_VEHICLE_HIT.matcher(joined).find())
                && !SOMEONE_INSIDE.matcher(joined).find() && !plea && !still && !atHand && !deathNow) {
            // a road sunk into a hole, reported: "jalan di depan SDN 3 Cibeber ambles abis banjir, lubangnya gede bgt, motor
            // udh ada yg jatuh td pagi" (wave G59-J59, read); fallen onto the writer's own vehicle: "pager tembok tetangga
            // roboh kena banjir trs nimpa mobil sy. dia gk mau ganti rugi ... sy bisa tuntut gk?" (batch B59, read). No one
            // inside, under it or hurt either way
            return List.of();
        }
        if (found.equals(List.of("emergency:fire")) && SALE.matcher(joined).find() && !plea && !atHand
                && !SOMEONE_INSIDE.matcher(joined).find()) {
            // "kebakaran" for a big sale: "anjir kebakaran!! 🔥🔥 diskon di mall gede2an" (wave G59-J59, read)
            return List.of();
        }
        if (found.equals(List.of(PEOPLE_AT_RISK)) && onlyWithin(HABITUAL, joined, text) && !DANGER_NOW.matcher(joined).find()
                && !plea && !atHand && !DEATH_NOW.matcher(joined).find()) {
            // floods every year told in anger, its "!!" the anger's: "Udah tiap tahun banjir di Medan gak pernah beres2. Kami
            // bayar pajak!!" (batch Z58, read)
            return List.of();
        }
        if (found.equals(List.of(PEOPLE_AT_RISK)) && CRISIS_INFO.matcher(joined).find()
                && onlyWithin(WATER_ASKED, joined, text) && !plea && !still && !deathNow) {
            // the water asked about beside crisis information: "banyu sungai di Martapura naik lagi kah? sakulahan anak
            // ulun libur kah isuk?" (batch X58, read)
            return List.of();
        }
        if (found.equals(List.of("emergency:injured")) && nothingBesides(POISONING, joined)
                && HEARSAY.matcher(joined).find() && !OWN_POISONED.matcher(joined).find() && !plea && !still
                && !deathNow && !atHand) {
            // a poisoning heard of, of no one of the writer's: "katanya mi instan dr bantuan ada yg dikasih racun, ada anak
            // keracunan" (batch X58, read); a rumour to check, with a person
            return List.of();
        }
        if (NO_DANGER.matcher(joined).find() && !still && !deathNow && !atHand) {
            // the writer says nobody is in danger: "gak ada yg kena kok, udah kami kasih tali rafia", "it's not an acute
            // danger, but ..." (with a plea, "!!", a word of now or danger at hand it stays)
            return List.of();
        }
        // a past event named beside danger at hand ("kayak banjir tahun lalu, air udh sedada") is not over; nor is the
        // writer's own wish to die told after a loss of yesterday ("anak sy meninggal kmrn ... buat apa sy hidup lg")
        if ((RESOLVED.matcher(joined).find() || PAST.matcher(joined).find()) && !still
                && !atHand) {
            return ownWishToDie(found, joined);
        }
        return found;
    }

    /** What a guard that dismisses the rest keeps: the writer's own wish to die, when found and told as theirs. */
    private static List<String> ownWishToDie(List<String> found, String joined) {
        return found.contains(SUICIDE) && OWN_WISH_TO_DIE.matcher(joined).find() ? List.of(SUICIDE) : List.of();
    }

    /** Whether {@code signal} alone was found, and {@code referred} names it as a known event or a case. */
    private static boolean namedAsEvent(List<String> found, String signal, Pattern referred, String joined) {
        return found.equals(List.of(signal)) && referred.matcher(joined).find();
    }

    /** The signals of a threat in {@code joined} ({@code people}: the same without possessors), before any guard. */
    private static List<String> found(String joined, String people, NormalisedText text) {
        List<String> found = strongSignals(NOT_AN_INJURY.matcher(people).replaceAll(" "));
        if (found.isEmpty() && ADULT_NOT_HOME.matcher(people).find() && MISSING_CONTEXT.matcher(joined).find()) {
            found.add("emergency:missing");
        }
        if (found.isEmpty() && (DANGER_NOW.matcher(joined).find() || DANGER.matcher(joined).find()
                && (URGENCY.matcher(joined).find() || text.exclamations() >= 2)) && PERSON_AT_RISK.matcher(joined).find()) {
            found.add(PEOPLE_AT_RISK);
        }
        if (found.isEmpty() && DEEP_AT_HOME.matcher(joined).find()) {
            // "min air masuk rumah udh sepinggang, kali meluap": water waist-deep in a house has its household in it,
            // named or not (batch Z39, read)
            found.add(PEOPLE_AT_RISK);
        }
        if (found.isEmpty() && PLEA_EMERGENCY.matcher(joined).find() && !NOT_A_PLEA.matcher(joined).find()
                && (text.exclamations() >= 1 || PLEA.matcher(joined).find())) {
            found.add(CRY_FOR_HELP);
        }
        return found;
    }

    /**
     * Whether the threat is named only inside what {@code set} finds (clauses that suppose, a hardship's cause, water
     * with every rain ...): {@code set} is found, and without it nothing is.
     */
    private static boolean onlyWithin(Pattern set, String joined, NormalisedText text) {
        return set.matcher(joined).find() && foundBesides(set, joined, text).isEmpty();
    }

    /**
     * The message joined for the patterns, with a number that is a child's or an elder's age written as
     * {@link #VULNERABLE_AGE}: "kakek saya umur 80 belum pulang", "dia umur 9 tahun, belum pulang" name someone who
     * cannot be expected to find the way home, though numbers are otherwise only {@code <num>}; a teenager's age ("putri
     * saya umur 14", "anak 15 thn") is written as {@link #MINOR_AGE}.
     */
    static String withAges(NormalisedText text) {
        String joined = text.joined();
        if (!joined.contains(NormalisedText.NUMBER)) {
            return joined;
        }
        Map<Integer, String> ages = new HashMap<>();
        markAges(AGE, joined, text, true, ages);
        markAges(YEARS_OLD, joined, text, false, ages);
        markAges(KIN_AGE, joined, text, true, ages);
        if (ages.isEmpty()) {
            return joined;
        }
        List<String> tokens = new ArrayList<>(text.tokens());
        int index = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals(NormalisedText.NUMBER)) {
                String age = ages.get(index++);
                if (age != null) {
                    tokens.set(i, age);
                }
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * Adds the indexes (among the number tokens) of the ages {@code pattern}'s group {@code age} finds, with their token:
     * an elder's, a teenager's, and (when {@code childToo}) a child's.
     */
    private static void markAges(Pattern pattern, String joined, NormalisedText text, boolean childToo, Map<Integer, String> ages) {
        Matcher matcher = pattern.matcher(joined);
        while (matcher.find()) {
            int at = matcher.start("age");
            int index = 0;
            for (int from = joined.indexOf(NormalisedText.NUMBER); from >= 0 && from < at;
                 from = joined.indexOf(NormalisedText.NUMBER, from + 1)) {
                index++;
            }
            long age = text.number(index);
            if (age >= ELDER_AGE && age <= OLDEST || childToo && age >= 0 && age <= CHILD_AGE) {
                ages.put(index, VULNERABLE_AGE);
            } else if (age >= TEEN_AGE && age < ADULT_AGE) {
                ages.putIfAbsent(index, MINOR_AGE);
            }
        }
    }
}
