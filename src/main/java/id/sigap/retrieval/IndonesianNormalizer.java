package id.sigap.retrieval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites informal Indonesian as citizens type it into the spelling the knowledge base uses
 * ("gmn klo ktp sy ilang" → "bagaimana kalau ktp saya hilang"). Applied to questions and to the
 * indexed text alike, so both sides meet in the middle even where the table misses a word.
 * The sentiment feature may use it too; this class owns the table.
 */
public final class IndonesianNormalizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern REDUPLICATION = Pattern.compile("\\b(\\p{L}{2,})2\\b");
    private static final Pattern LONG_RUN = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        put("tidak", "gak", "nggak", "ngga", "nggk", "ngak", "enggak", "engga", "ga", "gk", "tdk", "ndak", "nda", "kagak", "kaga");
        put("bagaimana", "gmn", "gimana", "gmana", "bgmn", "bgaimana", "gemana", "gmna");
        put("di mana", "dmn", "dimana", "dimn", "dmana");
        put("ke mana", "kmn", "kemana");
        put("dari mana", "darimana", "drmn");
        put("yang", "yg", "yng");
        put("saya", "sy", "aku", "ak", "gw", "gue", "gua", "ane", "sya");
        put("kami", "kmi");
        put("sudah", "udh", "udah", "sdh", "dah", "udahan", "sudh");
        put("belum", "blm", "belom", "blum");
        put("bisa", "bs", "bsa");
        put("berapa", "brp", "brapa", "brpa");
        put("kapan", "kpn", "kapn");
        put("karena", "krn", "karna", "krna");
        put("untuk", "utk", "untk");
        put("dengan", "dg", "dgn", "dngn");
        put("tetapi", "tp", "tapi");
        put("juga", "jg");
        put("lagi", "lg");
        put("saja", "aja", "aj", "doang");
        put("sama", "sm");
        put("orang", "org");
        put("dari", "dr");
        put("pada", "pd");
        put("sekarang", "skrg", "skrng", "skrang", "skg");
        put("kalau", "kalo", "klo", "kl", "klau");
        put("mengapa", "knp", "knapa", "kenapa", "napa");
        put("ingin", "pengen", "pgn", "pengin", "pingin", "mau");
        put("tahu", "tau");
        put("sangat", "bgt", "banget", "bngt");
        put("terus", "trs", "trus");
        put("benar", "bnr", "bener", "beneran");
        put("memang", "emg", "emang");
        put("hanya", "cuma", "cuman", "cm");
        put("begitu", "gitu");
        put("begini", "gini");
        put("sampai", "sampe", "ampe", "smp");
        put("pakai", "pake");
        put("cari", "nyari");
        put("urus", "ngurus");
        put("ambil", "ngambil");
        put("daftar", "ndaftar", "daftarin");
        put("cek", "ngecek", "check");
        put("buat", "bikin");
        put("nomor", "nomer", "no", "nmr", "nmor");
        put("telepon", "tlp", "telp", "tlpn", "telpon", "nelpon");
        put("whatsapp", "wa", "whatsap");
        put("terima kasih", "makasih", "makasi", "mksh", "trims", "trimakasih", "terimakasih", "thx", "thanks", "tengkyu");
        put("hilang", "ilang");
        put("rusak", "rsk");
        put("banjir", "bnjr");
        put("jalan", "jln");
        put("rumah", "rmh");
        put("sekolah", "sklh");
        put("masalah", "mslh");
        put("bagaimana cara", "caranya");
        put("apa", "ap", "apaan");
        put("siapa", "sapa", "spa");
        put("bantuan", "bantuin");
        put("tolong", "tlg", "tolongin");
        put("gratis", "gratisan");
        put("pemerintah", "pemda", "pemkot", "pemkab", "pemprov");
    }

    private IndonesianNormalizer() {
    }

    private static void put(String formal, String... informal) {
        for (String word : informal) {
            WORDS.put(word, formal);
        }
    }

    /** Lower case, squeezed letter runs ("tolooong" → "tolong"), "2" reduplication, informal words. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = REDUPLICATION.matcher(s).replaceAll("$1 $1");
        s = LONG_RUN.matcher(s).replaceAll("$1");
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        while (m.find()) {
            String replacement = WORDS.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
