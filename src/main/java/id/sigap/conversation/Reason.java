package id.sigap.conversation;

import id.sigap.texts.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Why a turn ended the way it did: a value, never a string to parse. Each reason has one English key,
 * written to logs, transcripts and metrics, and one Indonesian label for officers (queue cards, the
 * report). Older transcripts and handoffs used other keys for some reasons; those are read as aliases.
 */
public enum Reason {
    // what the citizen's message is
    EMERGENCY("emergency"),
    HOSTILE("hostile"),
    ASKED_FOR_HUMAN("asked-for-human", "command:petugas"),
    NEGATIVE("negative-sentiment", "negatif", "sentiment:negatif"),
    POSSIBLE_EMERGENCY("possible-emergency"),
    REPEATED_CONCERN("repeated-concern", "repeated-berpotensi-negatif"),
    /** A complaint that reports made before were never followed up ("sudah 3 kali lapor tapi tidak ada tindak lanjut"). */
    NOT_FOLLOWED_UP("not-followed-up"),
    CONCERN_UNSURE("concern-unsure", "low-retrieval-confidence"),
    SENSITIVE("sensitive"),
    BEREAVED("bereaved"),
    OUT_OF_SCOPE("out-of-scope"),
    NOISE("noise"),
    /** A plea and a form of address alone ("tolong min"): asked what is happening, with 112 in case a life is at risk. */
    PLEA("plea"),
    LINK_ONLY("link-only"),
    ANSWER_MISSED("answer-missed"),
    SMALL_TALK("small-talk"),
    /** Small talk that only calls out ("halo???", "p", "tes"): while a handoff waits, asking whether anyone is there. */
    CALLING("calling"),
    /**
     * Small talk that only acknowledges ("ok", "ok sy tunggu ditelp"): while a handoff waits, the queue's words (in an
     * emergency, the emergency's), not "Baik. Jika ada pertanyaan lain ...".
     */
    ACKNOWLEDGED("acknowledged"),
    // what retrieval found
    CONFIDENT_MATCH("confident-match"),
    CLARIFICATION("clarification"),
    /** Money alleged asked for a service whose approved entry says it is free: the entry goes out beside the person. */
    FREE_OF_CHARGE("free-of-charge"),
    LOW_CONFIDENCE("low-confidence"),
    UNANSWERABLE("unanswerable", "no-match", "no-answer"),
    AMBIGUOUS("ambiguous"),
    COMPOSER_DECLINED("composer-declined"),
    FOLLOW_UP("follow-up"),
    // the citizen's choices and buttons
    CHOICES_OFFERED("choices-offered"),
    SUGGESTED_BESIDE_PERSON("suggested-beside-person"),
    CHOICE_TAKEN("choice-taken"),
    CHOICE_REJECTED("choice-rejected"),
    THUMBS_DOWN("thumbs-down", "feedback:down"),
    // the handoff and the rest of the pipeline
    CRISIS_NOTICE("crisis-notice"),
    /** While an emergency waits for a person, the citizen asked whom to call: the emergency numbers again. */
    NUMBERS_ASKED("numbers-asked"),
    ALREADY_QUEUED("already-queued"),
    RELAYED_TO_STAFF("relayed-to-staff"),
    COMMAND("command"),
    DATA_ERASED("data-erased"),
    UNSUPPORTED_CONTENT("unsupported-content"),
    NOT_FOR_THE_BOT("not-for-the-bot", "group-chat", "channel-post", "service-message"),
    PIPELINE_ERROR("pipeline-error"),
    NOT_ANSWERING("not-answering", "no-answerer");

    private static final Map<String, Reason> BY_KEY = Arrays.stream(values())
            .flatMap(r -> Stream.concat(Stream.of(r.key), r.aliases.stream()).map(k -> Map.entry(k, r)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String key;
    private final List<String> aliases;

    Reason(String key, String... aliases) {
        this.key = key;
        this.aliases = List.of(aliases);
    }

    /** The English key for logs, transcripts and metrics (and how a reason reads in JSON). */
    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
        return key;
    }

    /** The Indonesian label officers read (texts/petugas.yaml, {@code reason.<key>}). */
    public String label() {
        return Texts.officer("reason." + key);
    }

    /** The reason recorded under a key (a current key or an older one), looked up in the table. */
    public static Optional<Reason> ofKey(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }

    /** The officers' label of a recorded key; a key no reason knows (an older note) is shown as it is. */
    public static String labelOf(String key) {
        return ofKey(key).map(Reason::label).orElse(key);
    }

    /** The officers' labels of recorded keys, each once, in order; notes nobody labels are left out. */
    public static List<String> labels(List<String> keys) {
        return keys.stream().map(Reason::ofKey).flatMap(Optional::stream).map(Reason::label).distinct().toList();
    }

}
