package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * What the classifier read in one message.
 *
 * @param text       the message as received
 * @param sentiment  one of the four classes
 * @param confidence probability of {@code sentiment}, 0..1
 * @param emergency  a threat to life or safety happening now
 * @param wantsHuman the citizen explicitly asks for an officer or a person
 * @param hostile    abusive or insulting language
 * @param signals    why: short machine-readable strings such as {@code lex:neg-strong}, {@code negation}, {@code emergency:trapped}
 * @param besidesRequest what the message asks about besides a person (normalised, possibly empty) when {@code wantsHuman};
 *                   otherwise the message itself: "tolong sambungkan ke petugas" is about nothing else
 */
public record Classification(String text, Sentiment sentiment, double confidence, boolean emergency,
                             boolean wantsHuman, boolean hostile, List<String> signals, String besidesRequest) {

    public Classification {
        signals = List.copyOf(signals);
        besidesRequest = besidesRequest == null ? text : besidesRequest;
    }

    public Classification(String text, Sentiment sentiment, double confidence, boolean emergency,
                          boolean wantsHuman, boolean hostile, List<String> signals) {
        this(text, sentiment, confidence, emergency, wantsHuman, hostile, signals, text);
    }

    /** The signal of a berpotensi-negatif label taken back to netral for small talk ({@link #withoutWariness}). */
    public static final String SMALL_TALK_NETRAL = "small-talk-netral";

    /**
     * The same reading with a berpotensi-negatif label taken back to netral, for a greeting, a call or thanks: the
     * model's wariness has nothing there to be wary of ("min" alone, "udh makan blm 😁" read berpotensi negatif, and
     * two such turns made the next unsure question a repeated concern). Negatif, an emergency, hostility, distress,
     * sarcasm and a request for a person are kept as read.
     */
    public Classification withoutWariness() {
        if (sentiment != Sentiment.BERPOTENSI_NEGATIF || emergency || hostile || wantsHuman
                || signals.contains(DISTRESS) || sarcastic()) {
            return this;
        }
        List<String> marked = new ArrayList<>(signals);
        marked.add(SMALL_TALK_NETRAL);
        return new Classification(text, Sentiment.NETRAL, confidence, false, false, false, marked, besidesRequest);
    }

    /** What every emergency signal starts with ("emergency:fire"). */
    static final String EMERGENCY_PREFIX = "emergency:";
    /** Signals that the rules compose from everyday words (a person, danger, urgency; a cry for help). */
    static final String PEOPLE_AT_RISK = EMERGENCY_PREFIX + "people-at-risk";
    static final String CRY_FOR_HELP = EMERGENCY_PREFIX + "plea";
    static final List<String> COMPOSED_DANGERS = List.of(PEOPLE_AT_RISK, CRY_FOR_HELP);

    /** The emergency signals of this reading. */
    public List<String> emergencySignals() {
        return signals.stream().filter(s -> s.startsWith(EMERGENCY_PREFIX)).toList();
    }

    /**
     * Whether this reading names a danger that is not among {@code namedBefore} and not composed of everyday words (a
     * person, a flood and "cepat"; a plea): what two messages read together must add to the first one alone for the
     * second to be an emergency ({@link #inDangerTogetherWith}).
     */
    public boolean namesDangerBesides(List<String> namedBefore) {
        return emergencySignals().stream().anyMatch(s -> !namedBefore.contains(s) && !COMPOSED_DANGERS.contains(s));
    }

    /** The signal of an emergency told over two messages ({@link #inDangerTogetherWith}). */
    public static final String ACROSS_TURNS = "emergency:across-turns";

    /**
     * This reading made an emergency because {@code together}, the chat's previous question read with this message, is
     * one and the previous question alone was not: "air kali udh masuk rumah nih sampe lutut, makin naik" and then "ibu sy
     * gk bisa jalan, sy sendirian di rumah" (fiftieth session, batch Z56). Its own mood, requests and words are kept;
     * the danger's signals are added.
     */
    public Classification inDangerTogetherWith(Classification together) {
        if (emergency || !together.emergency()) {
            return this;
        }
        List<String> marked = new ArrayList<>(signals);
        together.emergencySignals().stream().filter(s -> !marked.contains(s)).forEach(marked::add);
        marked.add(ACROSS_TURNS);
        Sentiment mood = sentiment.isNegative() ? sentiment : Sentiment.BERPOTENSI_NEGATIF;
        return new Classification(text, mood, confidence, true, wantsHuman, hostile, marked, besidesRequest);
    }

    /** The signal of a possible emergency read only in a message with the chat's last ones ({@link #possiblyInDangerTogetherWith}). */
    public static final String POSSIBLE_ACROSS_TURNS = "possible-emergency:across-turns";

    /**
     * This reading made a possible emergency because {@code together}, the chat's last messages read with this one, is one
     * (the learnt model reads danger there, the rules none) and this message alone was not: "istri sy hamil 9 bln", "kami di
     * posko", "ketubannya pecah barusan" (batch Y58). A person at a high priority, the emergency numbers first; never the
     * emergency reply on the model's word alone.
     */
    public Classification possiblyInDangerTogetherWith(Classification together) {
        if (emergency || possibleEmergency() || !together.possibleEmergency()) {
            return this;
        }
        List<String> marked = new ArrayList<>(signals);
        together.signals().stream().filter(s -> s.startsWith(LEARNT_EMERGENCY) || s.startsWith(POSSIBLE_EMERGENCY))
                .filter(s -> !marked.contains(s)).forEach(marked::add);
        marked.add(POSSIBLE_ACROSS_TURNS);
        return new Classification(text, sentiment, confidence, false, wantsHuman, hostile, marked, besidesRequest);
    }

    /** The signal of praise read as mockery ("wah hebat ya pemkot, beras naik terus ... 👏👏"). */
    public static final String SARCASM = "sarcasm";

    /** Whether praise in the message was read as mockery. */
    public boolean sarcastic() {
        return signals.contains(SARCASM);
    }

    /** The signal of a writer in distress: going without food or drink, despair, an emergency of their own. */
    public static final String DISTRESS = "distress";

    /** Whether the writer is in distress (going without food or drink, despair): a person, never a pointer elsewhere. */
    public boolean distress() {
        return signals.contains(DISTRESS);
    }

    /** The implied complaints of a matter reported or promised and not followed up ({@link ImpliedComplaint}). */
    static final java.util.Set<String> NOT_FOLLOWED_UP = java.util.Set.of(ImpliedComplaint.SIGNAL + "waiting",
            ImpliedComplaint.SIGNAL + "repeated", ImpliedComplaint.SIGNAL + "broken-promise",
            ImpliedComplaint.SIGNAL + "report-pending");

    /**
     * Whether the writer complains that something reported, asked or promised was not followed up ("SUDAH 3 KALI SAYA
     * LAPOR ... TDK ADA TANGGAPAN", "hotline yg kalian kasih gk pernah diangkat!!! sy telp 10x").
     */
    public boolean notFollowedUp() {
        return signals.stream().anyMatch(NOT_FOLLOWED_UP::contains);
    }

    /** Reports made more than once and never followed up ("sudah 3 kali lapor tapi tidak ada tindak lanjut"). */
    public boolean reportedAgainInVain() {
        return signals.contains(ImpliedComplaint.SIGNAL + "repeated");
    }

    /**
     * A report already made whose follow-up is asked after or missed ("udh lapor ..., udh ada tindak lanjut blm?"): only
     * the office knows how it stands.
     */
    public boolean reportPending() {
        return signals.contains(ImpliedComplaint.SIGNAL + "report-pending");
    }

    /** The prefix of the learnt model's second opinion among the signals (see {@link #possibleEmergency()}). */
    public static final String LEARNT_EMERGENCY = "learnt-emergency:";

    /**
     * The prefix of a rule's second opinion among the signals: a message that may tell of a danger and says too little to
     * be sure ({@code "possible-emergency:despair"}, a bare "rasanya pengen nyerah aja").
     */
    public static final String POSSIBLE_EMERGENCY = "possible-emergency:";

    /**
     * Whether the learnt model (or a rule's second opinion) reads an emergency that the rules did not find
     * ({@code emergency()} is false then): a person should look soon, but the emergency reply is not sent on its word
     * alone.
     */
    public boolean possibleEmergency() {
        return !emergency && signals.stream().anyMatch(s -> s.startsWith(LEARNT_EMERGENCY)
                || s.startsWith(POSSIBLE_EMERGENCY));
    }
}
