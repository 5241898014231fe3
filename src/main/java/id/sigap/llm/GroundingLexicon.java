package id.sigap.llm;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the grounding rules treat specially. Lucene's Indonesian stop list decides which words carry
 * no fact of their own, except the ones listed here that change what a sentence means (negations,
 * obligation, permission, "only", "all", "already", "until"); Lucene's Indonesian stemmer lets "dibuka"
 * and "buka" count as the same word.
 */
final class GroundingLexicon {

    /**
     * Words that negate what follows them up to the end of the sentence or a "tetapi". Not English "no":
     * in Indonesian text it is "nomor" ("Jl. Kenanga No. 12").
     */
    static final Set<String> NEGATORS = Set.of("tidak", "tak", "bukan", "belum", "jangan", "tanpa", "non", "enggak",
            "nggak", "gak", "ga", "ndak", "tiada", "dilarang", "not", "never", "without", "cannot", "dont",
            "don't", "isn't", "aren't", "won't", "can't");

    /**
     * Words that call what they name false ("penipuan bantuan tunai"): in a source they negate what
     * follows like "tidak"; an answer sentence with one of them is itself a denial.
     */
    static final Set<String> DENIALS = Set.of("hoaks", "hoax", "penipuan", "tipu", "menipu", "palsu", "bohong",
            "disinformasi", "fake", "scam");

    /** Words that end the reach of a negation and start a new clause. */
    static final Set<String> CONTRASTS = Set.of("tetapi", "tapi", "namun", "melainkan", "sedangkan", "padahal", "but");

    /** Words that start a new clause (a statement checked on its own). */
    static final Set<String> CLAUSE_BREAKS = Set.of("dan", "serta", "atau", "and", "or", "tetapi", "tapi", "namun",
            "melainkan", "sedangkan", "padahal", "but");

    /** Kinds of modality: an answer may not add one the source does not state. */
    enum Modality { OBLIGATION, PERMISSION, EXCLUSIVE, UNIVERSAL, CERTAIN }

    static final Map<String, Modality> MODALS = Map.ofEntries(
            Map.entry("wajib", Modality.OBLIGATION), Map.entry("diwajibkan", Modality.OBLIGATION),
            Map.entry("harus", Modality.OBLIGATION), Map.entry("mesti", Modality.OBLIGATION),
            Map.entry("perlu", Modality.OBLIGATION), Map.entry("diharuskan", Modality.OBLIGATION),
            Map.entry("must", Modality.OBLIGATION), Map.entry("required", Modality.OBLIGATION),
            Map.entry("need", Modality.OBLIGATION), Map.entry("should", Modality.OBLIGATION),
            Map.entry("dapat", Modality.PERMISSION), Map.entry("bisa", Modality.PERMISSION),
            Map.entry("boleh", Modality.PERMISSION), Map.entry("diperbolehkan", Modality.PERMISSION),
            Map.entry("can", Modality.PERMISSION), Map.entry("may", Modality.PERMISSION),
            Map.entry("hanya", Modality.EXCLUSIVE), Map.entry("cuma", Modality.EXCLUSIVE),
            Map.entry("khusus", Modality.EXCLUSIVE), Map.entry("only", Modality.EXCLUSIVE),
            Map.entry("semua", Modality.UNIVERSAL), Map.entry("seluruh", Modality.UNIVERSAL),
            Map.entry("setiap", Modality.UNIVERSAL), Map.entry("tiap", Modality.UNIVERSAL),
            Map.entry("segala", Modality.UNIVERSAL), Map.entry("all", Modality.UNIVERSAL),
            Map.entry("every", Modality.UNIVERSAL), Map.entry("selalu", Modality.CERTAIN),
            Map.entry("pasti", Modality.CERTAIN), Map.entry("dijamin", Modality.CERTAIN),
            Map.entry("always", Modality.CERTAIN), Map.entry("guaranteed", Modality.CERTAIN));

    /**
     * Pairs of opposite meanings, as stems: an answer saying one side where the source says the other is
     * a reversal ("posko sudah ditutup" for "posko buka 24 jam").
     */
    static final List<List<Set<String>>> OPPOSITES = List.of(
            List.of(Set.of("buka", "open"), Set.of("tutup", "closed", "close")),
            List.of(Set.of("sudah", "telah", "already"), Set.of("belum", "yet")),
            List.of(Set.of("gratis", "cuma-cuma", "free"), Set.of("bayar", "tarif", "pungut", "paid", "pay")),
            List.of(Set.of("mulai", "sejak", "from", "since"), Set.of("sampai", "hingga", "until")),
            List.of(Set.of("sebelum", "before"), Set.of("sesudah", "setelah", "after")),
            List.of(Set.of("naik"), Set.of("turun")),
            List.of(Set.of("aktif"), Set.of("nonaktif")),
            List.of(Set.of("aman", "safe"), Set.of("bahaya", "dangerous")),
            List.of(Set.of("benar", "asli", "fakta", "true"), Set.of("hoaks", "palsu", "bohong", "tipu", "fake")),
            List.of(Set.of("tambah"), Set.of("kurang")),
            List.of(Set.of("berlanjut", "dilanjutkan"), Set.of("henti", "tunda", "batal")),
            List.of(Set.of("masuk"), Set.of("keluar")),
            List.of(Set.of("tinggi"), Set.of("rendah")),
            List.of(Set.of("nyala", "hidup"), Set.of("padam", "mati")),
            List.of(Set.of("libur"), Set.of("masuk")),
            List.of(Set.of("daring", "online"), Set.of("luring", "tatap")));

    /**
     * Words a faithful paraphrase adds without stating a fact: addressing the citizen, courtesy, and
     * verbs of being, going and contacting. Kept short on purpose: every word here is one the check
     * cannot see.
     */
    static final Set<String> NEUTRAL = Set.of("anda", "kamu", "bapak", "ibu", "saudara", "warga", "kami", "kita",
            "silakan", "silahkan", "mohon", "terima", "kasih", "maaf", "semoga", "membantu", "sigap", "informasi",
            "info", "lengkap", "lanjut", "selengkapnya", "berikut", "hal", "mengenai", "terkait", "misalnya",
            "contoh", "yaitu", "yakni", "berada", "terletak", "tersedia", "ada", "datang", "datangi", "kunjungi",
            "pergi", "menuju", "hubungi", "menghubungi", "lihat", "cek", "simak", "sebut", "disebutkan", "tertulis",
            "sumber", "ragu", "khawatir", "tetap", "jawab", "jawaban", "pertanyaan", "tanya", "bertanya",
            "dimaksud", "menurut", "disampaikan", "dijelaskan", "jelas", "mengatakan", "nya", "siapkan",
            "menyiapkan", "dicek", "hubung", "siap", "mengecek", "meliputi", "termasuk", "lupa", "ingat", "perhatikan");

    private static final CharArraySet STOP = IndonesianAnalyzer.getDefaultStopSet();
    /** Function words Lucene's list lacks, and English ones for answers in English. */
    private static final Set<String> MORE_FUNCTION_WORDS = Set.of("untuk", "ya", "iya", "yg", "utk", "dgn", "dg",
            "pula", "lagi", "pun", "lewat", "via", "jadi", "kalau", "bahwa", "yaitu", "antara", "lain", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "is", "are",
            "be", "it", "this", "that", "these", "those", "you", "your", "we", "our", "please", "there");
    private static final IndonesianAnalyzer STEMMER = new IndonesianAnalyzer(CharArraySet.EMPTY_SET);
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;

    private GroundingLexicon() {
    }

    /** A word without a fact of its own (and not one that changes meaning). */
    static boolean isFunctionWord(String word) {
        return (STOP.contains(word) || MORE_FUNCTION_WORDS.contains(word)) && !NEGATORS.contains(word)
                && !MODALS.containsKey(word);
    }

    /**
     * A neutral word, or one whose stem is listed as neutral itself ("dihubungi": "hubung"). Not by the
     * stems of the listed words: "termasuk" stems to "masuk", which is not neutral at all.
     */
    static boolean isNeutral(String word) {
        return NEUTRAL.contains(word) || NEUTRAL.contains(stem(word));
    }

    static Optional<Modality> modality(String word) {
        return Optional.ofNullable(MODALS.get(word));
    }

    /** The stem of a word, as Lucene's Indonesian stemmer gives it (lower case). */
    static String stem(String word) {
        String cached = STEMS.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = word;
        try (TokenStream tokens = STEMMER.tokenStream("w", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            if (tokens.incrementToken()) {
                stem = term.toString();
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (STEMS.size() > MAX_CACHED) {
            STEMS.clear();
        }
        STEMS.put(word, stem);
        return stem;
    }

    private static final Pattern ELIDED = Pattern.compile("^(me|pe)(ny|ng|n|m)([aiueo].*)$");

    /**
     * The forms a word is compared by: itself, its stem, and the stem with the consonant that the
     * prefix swallowed put back, which Lucene's stemmer does not do ("menutup" is "tutup", "memakai"
     * is "pakai", "menambah" is "tambah").
     */
    static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stem(word));
        forms.add(word);
        Matcher m = ELIDED.matcher(word);
        if (m.matches()) {
            String restored = switch (m.group(2)) {
                case "ny" -> "s";
                case "ng" -> "k";
                case "n" -> "t";
                default -> "p";
            };
            forms.add(stem(restored + m.group(3)));
        }
        return forms;
    }

    /** The sides of pairs of opposites a word (or stem) stands on. */
    static List<Side> opposites(String word) {
        List<Side> sides = new ArrayList<>();
        for (List<Set<String>> pair : OPPOSITES) {
            for (int side = 0; side < 2; side++) {
                if (pair.get(side).contains(word)) {
                    sides.add(new Side(pair, side));
                }
            }
        }
        return sides;
    }

    /** One side of a pair of opposites. */
    record Side(List<Set<String>> pair, int side) {
        Set<String> same() {
            return pair.get(side);
        }

        Set<String> other() {
            return pair.get(1 - side);
        }
    }
}
