package id.sigap.transcript;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words that say what a question is about: lower-cased, without Indonesian function words,
 * greetings, politeness and redaction placeholders. Two questions are alike when their word sets
 * overlap (Jaccard).
 */
final class QuestionTokens {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:NIK|TELEPON|EMAIL|KARTU)]");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> STOPWORDS = Set.of(
            "yang", "yg", "di", "ke", "dari", "dan", "atau", "ini", "itu", "apa", "apakah", "bagaimana", "gimana",
            "kapan", "dimana", "mana", "siapa", "berapa", "kenapa", "mengapa", "saya", "aku", "sy", "kami", "kita",
            "anda", "bisa", "bs", "ada", "untuk", "utk", "buat", "dengan", "dgn", "pada", "dalam", "sudah", "udah",
            "sdh", "belum", "blm", "akan", "mau", "ingin", "pengen", "tolong", "mohon", "pak", "bu", "bapak", "ibu",
            "min", "admin", "kak", "mas", "mbak", "ya", "iya", "gak", "ga", "nggak", "enggak", "tidak", "tdk", "dong",
            "sih", "kah", "nya", "juga", "saja", "aja", "lagi", "kalau", "kalo", "jika", "cara", "halo", "hai", "hi",
            "selamat", "pagi", "siang", "sore", "malam", "terima", "kasih", "makasih", "nih", "tuh", "deh", "kok",
            "the", "is", "are", "what", "how", "where", "when", "can", "i", "to", "of", "a", "an", "in", "for",
            "harus", "perlu", "adakah", "tentang", "soal", "masih", "karena", "karna", "krn");

    private QuestionTokens() {
    }

    static Set<String> of(String text) {
        Set<String> tokens = new TreeSet<>();
        if (text == null) {
            return tokens;
        }
        for (String word : SPLIT.split(PLACEHOLDER.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))) {
            if (word.length() >= 2 && !STOPWORDS.contains(word)) {
                tokens.add(stem(word));
            }
        }
        return tokens;
    }

    /**
     * A light stem, enough to match "diliburkan" with "libur" and "jadwalnya" with "jadwal": the
     * commonest Indonesian suffixes and the passive prefix, keeping at least four letters.
     */
    static String stem(String word) {
        String w = word;
        for (String suffix : new String[]{"nya", "lah", "kah", "kan"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.startsWith("di") && w.length() - 2 >= 4) {
            w = w.substring(2);
        }
        return w;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String token : small) {
            if (large.contains(token)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
