package id.sigap.sentiment;

import java.util.List;
import java.util.Set;

/**
 * Reads a plain question or report about a service's state as what it is: "listrik mati dari kemarin",
 * "jalan ahmad yani sudah bisa dilewati belum", "kapan air pdam menyala lagi" are netral. The words for an
 * outage, a closure or a delay are negative in the lexicon and in the model trained on reviews, so such a
 * message used to read as berpotensi negatif and, twice in a row, handed an answered chat to staff. It stays
 * negative when it carries more: a complaint word, blame, sarcasm, abuse, shouting, several exclamation
 * marks, repetition ("telat terus", "selalu mati"), or an emergency.
 */
final class ServiceStateReading {

    /**
     * Words that name the state of a service or a road (outage, closure, delay, disruption) and the plain
     * questions of time that go with them ("sampai kapan", "dari kemarin"), which the lexicon counts as mild
     * impatience.
     */
    static final Set<String> STATE_WORDS = Set.of("kapan", "sampai kapan", "dari kemarin", "mati", "padam", "pemadaman", "putus", "terputus", "ditutup",
            "tutup", "penutupan", "telat", "terlambat", "keterlambatan", "tertunda", "ditunda", "penundaan", "macet",
            "gangguan", "terganggu", "error", "down", "mogok", "dialihkan", "pengalihan");

    /** Words that ask about or report a service coming back, being open or passable. */
    private static final Set<String> SERVICE_WORDS = Set.of("menyala", "nyala", "normal", "dibuka", "buka",
            "beroperasi", "dilewati", "dilewatin", "lewat", "dilalui", "lancar", "jalan", "listrik", "air", "pdam",
            "pln", "internet", "sinyal", "jaringan", "jembatan", "bus", "kereta", "krl", "angkot", "kantor",
            "loket", "jadwal", "operasional", "lampu", "gas", "sekolah", "pasar", "surut");

    /**
     * Repetition, exasperation, insufficiency, waiting and intensity make a report a complaint: "telat terus",
     * "selalu mati", "yaelah", "cuma satu loket", "macet banget".
     */
    static final Set<String> COMPLAINT_CUES = Set.of("terus", "terus-terusan", "terusan", "selalu", "mulu",
            "melulu", "lagi-lagi", "tiap", "setiap", "sering", "kok", "masa", "sih", "yaelah", "duh", "aduh", "haduh",
            "hadeh", "capek", "cape", "kurang", "cuma", "hanya", "doang", "banget", "sekali", "parah", "gaya",
            "nunggu", "menunggu", "antri", "antre", "antrian", "antrean", "kesal", "kecewa");

    /** Words that make a message a question when it has no question mark. */
    private static final Set<String> ASKING = Set.of("kapan", "apakah", "apa", "belum", "berapa", "bagaimana",
            "gimana", "kenapa", "mengapa", "bisa", "ada", "masih", "sudah", "kah");

    /** Complaint weight below this is a plain question of time ("kapan" weighs 0.3), not a complaint. */
    static final double MILD = 0.3;

    /** A report this short ("listrik mati dari kemarin") is a report, not a story with a complaint in it. */
    private static final int SHORT_REPORT_WORDS = 6;

    private static final Set<String> TOO_STRONG = Set.of("blame", "shouting", "exclamations", "sarcasm", "lex:abuse");

    private ServiceStateReading() {
    }

    /** Whether a message read as negative is only a plain question or report about a service's state. */
    static boolean isPlainServiceReport(NormalisedText text, LexiconEvidence evidence, List<String> emergency) {
        if (!emergency.isEmpty() || evidence.hostile() || evidence.sarcasm() || evidence.complaint() > MILD
                || evidence.signals().stream().anyMatch(TOO_STRONG::contains) || text.shouting()) {
            return false;
        }
        List<String> tokens = text.tokens();
        if (tokens.stream().anyMatch(COMPLAINT_CUES::contains)) {
            return false;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (STATE_WORDS.contains(tokens.get(i)) && tokens.get(i + 1).equals("lagi")) {
                return false; // "error lagi", "mati lagi": again, not back on
            }
        }
        long words = tokens.stream().filter(t -> !t.equals(NormalisedText.BREAK)).count();
        boolean asks = text.questions() > 0 || tokens.stream().anyMatch(ASKING::contains);
        return (asks || words <= SHORT_REPORT_WORDS)
                && tokens.stream().anyMatch(t -> STATE_WORDS.contains(t) || SERVICE_WORDS.contains(t));
    }
}
