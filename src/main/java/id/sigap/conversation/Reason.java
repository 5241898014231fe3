package id.sigap.conversation;

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
    EMERGENCY("emergency", "darurat"),
    HOSTILE("hostile", "bahasa kasar atau bermusuhan"),
    ASKED_FOR_HUMAN("asked-for-human", "warga meminta petugas", "command:petugas"),
    NEGATIVE("negative-sentiment", "sentimen negatif", "negatif", "sentiment:negatif"),
    REPEATED_CONCERN("repeated-concern", "keluhan berulang", "repeated-berpotensi-negatif"),
    CONCERN_UNSURE("concern-unsure", "keluhan tanpa jawaban pasti", "low-retrieval-confidence"),
    SENSITIVE("sensitive", "pertanyaan sensitif tentang pejabat"),
    OUT_OF_SCOPE("out-of-scope", "di luar wewenang kantor"),
    NOISE("noise", "pesan tidak terbaca"),
    SMALL_TALK("small-talk", "sapaan atau ucapan terima kasih"),
    // what retrieval found
    CONFIDENT_MATCH("confident-match", "jawaban resmi ditemukan"),
    CLARIFICATION("clarification", "klarifikasi resmi ditemukan"),
    LOW_CONFIDENCE("low-confidence", "jawaban bot tidak pasti"),
    UNANSWERABLE("unanswerable", "tidak ada di basis pengetahuan", "no-match", "no-answer"),
    AMBIGUOUS("ambiguous", "pertanyaan ambigu"),
    COMPOSER_DECLINED("composer-declined", "jawaban tidak dapat disusun"),
    FOLLOW_UP("follow-up", "lanjutan pertanyaan sebelumnya"),
    // the citizen's choices and buttons
    CHOICES_OFFERED("choices-offered", "warga diberi pilihan jawaban"),
    CHOICE_TAKEN("choice-taken", "warga memilih jawaban"),
    CHOICE_REJECTED("choice-rejected", "warga menolak pilihan jawaban"),
    THUMBS_DOWN("thumbs-down", "jawaban dinilai tidak membantu", "feedback:down"),
    // the handoff and the rest of the pipeline
    CRISIS_NOTICE("crisis-notice", "disertai pemberitahuan krisis"),
    ALREADY_QUEUED("already-queued", "sudah dalam antrean"),
    RELAYED_TO_STAFF("relayed-to-staff", "diteruskan ke petugas"),
    COMMAND("command", "perintah"),
    DATA_ERASED("data-erased", "data warga dihapus"),
    UNSUPPORTED_CONTENT("unsupported-content", "jenis pesan tidak terbaca"),
    NOT_FOR_THE_BOT("not-for-the-bot", "bukan untuk bot", "group-chat", "channel-post", "service-message"),
    PIPELINE_ERROR("pipeline-error", "gangguan sistem"),
    NOT_ANSWERING("not-answering", "bot belum menjawab", "no-answerer");

    private static final Map<String, Reason> BY_KEY = Arrays.stream(values())
            .flatMap(r -> Stream.concat(Stream.of(r.key), r.aliases.stream()).map(k -> Map.entry(k, r)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String key;
    private final String label;
    private final List<String> aliases;

    Reason(String key, String label, String... aliases) {
        this.key = key;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The English key for logs, transcripts and metrics (and how a reason reads in JSON). */
    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
        return key;
    }

    /** The Indonesian label officers read. */
    public String label() {
        return label;
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
