package id.sigap.monitoring;

import id.sigap.retrieval.IndonesianAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words that say what an item is about: normalised, without Indonesian (and a few English)
 * function words, news boilerplate and redaction placeholders, stemmed (Lucene's Indonesian stemmer) so that
 * "diliburkan" meets "libur". Each term keeps one surface form for labels.
 */
final class TopicTerms {

    private static final java.util.Map<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A stem and the word it was read from. */
    record Term(String stem, String word) {
    }

    private static final Set<String> STOPWORDS = Set.copyOf(java.util.List.of(
            "yang", "yg", "di", "ke", "dari", "dan", "atau", "ini", "itu", "apa", "apakah", "bagaimana", "gimana",
            "kapan", "dimana", "mana", "siapa", "berapa", "kenapa", "mengapa", "saya", "aku", "sy", "kami", "kita",
            "anda", "bisa", "ada", "untuk", "utk", "buat", "dengan", "dgn", "pada", "dalam", "sudah", "udah", "sdh",
            "belum", "akan", "mau", "ingin", "tolong", "mohon", "pak", "bu", "bapak", "ibu", "min", "admin", "kak",
            "ya", "iya", "gak", "ga", "nggak", "tidak", "tdk", "dong", "sih", "nya", "juga", "saja", "aja", "lagi",
            "kalau", "kalo", "jika", "karena", "karna", "krn", "telah", "masih", "oleh", "para", "bahwa", "tersebut",
            "sebagai", "agar", "bagi", "hingga", "sejak", "saat", "setelah", "sebelum", "antara", "lebih", "sangat",
            "kata", "ujar", "jelas", "menurut", "dia", "ia", "mereka", "kamu", "pun", "lah", "tak", "namun",
            "tapi", "tetapi", "serta", "yakni", "yaitu", "baru", "satu", "dua", "tiga", "hari", "kemarin",
            "sekitar", "sebuah", "seorang", "pihak", "hal", "secara", "lain", "lalu", "kini", "harus", "perlu",
            "banyak", "semua", "setiap", "warga", "kota", "kabupaten", "kab", "desa", "kecamatan", "kelurahan", "provinsi", "kabar", "berita", "info", "sekali", "lapor", "laporan",
            "the", "and", "of", "to", "is", "in", "that", "for", "it", "with", "on", "are", "by", "this", "a", "an",
            "telepon", "email", "nik", "kartu"));

    private TopicTerms() {
    }

    static List<Term> of(String text) {
        List<Term> terms = new ArrayList<>();
        for (String word : TextFingerprint.words(text)) {
            if (word.length() < 3 || STOPWORDS.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            terms.add(new Term(stem(word), word));
        }
        return terms;
    }

    /**
     * The stem of one word by Lucene's Indonesian stemmer (through the retrieval feature's analysis, so that
     * "perbaikan" and "diperbaiki" meet at "baik"); the word itself when the analyzer drops it. Cached: news
     * repeat their words.
     */
    static String stem(String word) {
        String cached = STEMS.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> terms = IndonesianAnalysis.terms(word);
        String stem = terms.isEmpty() || terms.getFirst().length() < 3 ? word : terms.getFirst();
        if (STEMS.size() < 200_000) {
            STEMS.put(word, stem);
        }
        return stem;
    }
}
