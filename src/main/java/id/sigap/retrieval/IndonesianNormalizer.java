package id.sigap.retrieval;

import id.sigap.privacy.Redactor;

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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Pattern REDUPLICATION = Pattern.compile("\\b(\\p{L}{2,})2\\b");
    private static final Pattern LONG_RUN = Pattern.compile("(\\p{L})\\1{2,}");
    /**
     * A web address or the host of an e-mail address ("https://cekbansos.kemensos.go.id", "lapor.go.id"): one
     * token to Lucene's tokenizer, so "cekbansos" or "lapor" in a question never met it in an answer.
     */
    private static final Pattern HOST = Pattern.compile(
            "(?:https?://)?((?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\.)+\\p{L}{2,})(?![\\p{L}\\p{N}])");
    /** The parts of a host name that say nothing of what it is. */
    private static final java.util.Set<String> HOST_NOISE = java.util.Set.of("www", "go", "co", "ac", "or", "sch",
            "mil", "net", "com", "org", "id", "html", "htm", "php", "aspx");
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
        put("nomor", "nomer", "nmr", "nmor");
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
        // Everyday chat spellings and abbreviations (general usage, not tied to one entry).
        put("dapat", "dapet", "dpt", "dpet");
        put("habis", "abis", "hbs");
        put("tahun", "taun", "thn", "th");
        put("bulan", "bln");
        put("hari", "hr");
        put("minggu", "mgg");
        put("tanggal", "tgl", "tggl");
        put("masih", "msh", "masi");
        put("lowongan kerja", "loker");
        put("harus", "hrs", "musti", "mesti");
        put("besok", "bsk", "besuk");
        put("kemarin", "kmrn", "kemaren", "kmren");
        put("tadi", "td");
        // (forty-fifth session; batch W50, read) "udh mkn blm min, ..." was no care for the staff. Not "jgn" as "jangan": "jgn
        // telp nomor ini dia bs denger" in a chat handed over as an emergency then found the emergency numbers surely
        put("makan", "mkn", "mkan");
        // (forty-sixth session; batch J52, read) "min perpus provinsi buka jam brp ya" found the library second, behind the
        // office hours
        put("perpustakaan", "perpus");
        put("nanti", "ntar", "entar", "ntr");
        put("sebelum", "sblm");
        put("sesudah", "stlh");
        put("banyak", "byk", "bnyk");
        put("dekat", "deket", "dkt");
        put("cepat", "cepet", "cpt");
        put("tetap", "tetep");
        put("lihat", "liat", "ngeliat", "ngelihat");
        put("dengar", "denger", "dengerin");
        put("beri", "ngasih");
        put("diberi", "dikasih");
        put("uang", "duit", "doku");
        put("sampai", "nyampe", "nyampai");
        put("terjebak", "kejebak");
        put("terendam", "kerendem", "kerendam", "terendem");
        put("tercatat", "kecatet", "kecatat");
        put("terbawa", "kebawa");
        put("terpeleset", "kepleset", "kepeleset");
        put("orang tua", "ortu");
        put("besar", "gede", "gedhe");
        put("kecil", "kecik");
        put("tolong", "tlg", "tolongin");
        put("gratis", "gratisan");
        put("pemerintah", "pemda", "pemkot", "pemkab", "pemprov");
        // Regional everyday words (Javanese, Sundanese) citizens mix in.
        put("bagaimana", "piye", "kumaha", "pripun");
        put("sekarang", "saiki", "ayeuna");
        put("sudah", "wis", "uwis", "sampun", "atos");
        put("belum", "durung", "dereng");
        put("tidak", "ora", "mboten", "teu", "henteu");
        put("ada", "ono", "wonten", "aya");
        put("apa", "opo", "naon", "menapa");
        put("untuk", "kanggo", "kangge");
        put("tempat", "panggon", "nggon");
        put("air", "banyu", "banyune", "cai");
        put("rumah", "omah", "imah", "griya");
        put("turun", "mudun");
        put("di mana", "endi", "ngendi");
        put("dan", "karo", "jeung");
        put("saya", "kulo", "kula", "abdi");
        put("anak", "bocah", "budak");
        put("ternak", "wedus", "sapiku");
    }

    /** English words and phrases of public services and crises ({@code retrieval/english.tsv}). */
    static final EnglishWords ENGLISH = EnglishWords.load(WORDS.keySet());

    /** English function words the search leaves out ("the", "is", "my"); they stay in the normalised text. */
    public static java.util.Set<String> englishStopWords() {
        return ENGLISH.stopWords();
    }

    /** Words that end in "-in" or start with "ng"/"ny" by nature, not by informal affixing. */
    private static final java.util.Set<String> NOT_AFFIXED = java.util.Set.of("ingin", "mesin", "kain", "main", "izin",
            "ijin", "yakin", "lain", "miskin", "angin", "dingin", "kemarin", "latin", "vaksin", "bensin", "kabin",
            "margin", "admin", "online", "login", "insulin", "rutin", "vitamin", "protein", "mungkin", "cermin",
            "batin", "lingkungan", "musim", "domisili", "kuningan", "karangsarin", "dermin", "pin", "pengin", "pingin",
            "nyaman", "nyata", "nyawa", "nyala", "nyamuk", "nyeri", "nganga", "ngarai", "nyanyi", "nyonya", "nyenyak",
            "nyaris");

    private IndonesianNormalizer() {
    }

    private static void put(String formal, String... informal) {
        for (String word : informal) {
            WORDS.put(word, formal);
        }
    }

    /**
     * Informal verb affixes: "ngungsi" → "mengungsi", "nyari" → "menyari", "bersihin" → "bersihkan", so that
     * the stemmer finds the same root as in the formal text.
     */
    static String formal(String word) {
        if (word.length() < 5 || NOT_AFFIXED.contains(word)) {
            return word;
        }
        String w = word;
        if ((w.startsWith("ng") || w.startsWith("ny")) && isVowel(w.charAt(2))) {
            w = "me" + w;
        }
        if (w.endsWith("in") && !isVowel(w.charAt(w.length() - 3)) && w.length() >= 6) {
            w = w.substring(0, w.length() - 2) + "kan";
        }
        return w;
    }

    /**
     * The word's spelling of the table or the Indonesian of its English: the whole word ("don't"), else for an
     * apostrophe form the word before it ("government's" as "government"); null when neither knows it.
     */
    private static String replacement(String word) {
        String known = WORDS.get(word);
        if (known == null) {
            known = ENGLISH.words().get(word);
        }
        int apostrophe = word.indexOf('\'');
        if (known == null && apostrophe > 0) {
            String base = word.substring(0, apostrophe);
            known = WORDS.containsKey(base) ? WORDS.get(base) : ENGLISH.words().get(base);
        }
        return known;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Lower case, squeezed letter runs ("tolooong" → "tolong"), "2" reduplication, informal words.
     *
     * <p>The last result is remembered ({@code LAST}; a pure function of the text, so this changes nothing but
     * the work): a turn normalises the same question in several steps that cannot simply hand the form on. The
     * conversation's small-talk check and greeting strip run before it is known whether retrieval runs at all
     * (the decision asks for it lazily), and retrieval's live path goes through LangChain4j's
     * {@code RetrievalAugmentor}, whose {@code Query} carries only the text and chat metadata to
     * {@link HybridKnowledgeRetriever#retrieve(dev.langchain4j.rag.query.Query)}: a form computed in the
     * conversation could only reach it through a side channel of its own, a memo under another name, and
     * {@link KnowledgeRetriever} would take a second argument that LangChain4j's path drops. The composer then
     * normalises the question again. One slot, shared by all threads (an immutable pair, swapped atomically):
     * a miss costs one normalisation, never a wrong form.
     */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Remembered last = LAST.get();
        if (last != null && last.text().equals(text)) {
            return last.normalized();
        }
        String normalized = normalizeAnew(text);
        LAST.set(new Remembered(text, normalized));
        return normalized;
    }

    /**
     * A question is searched redacted (the search must not see what it must not keep), and the marks where personal
     * data was are no part of it: "[TELEPON]" read as "telepon" would lead to the entries about phone numbers.
     */
    private static String withoutRedactionMarks(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        String without = text;
        for (Redactor.Kind kind : Redactor.Kind.values()) {
            without = without.replace(kind.placeholder(), " ");
        }
        return without;
    }

    /** "cekbansos.kemensos.go.id" → "cekbansos kemensos": its meaningful labels as words. */
    private static String hostWords(String host) {
        StringBuilder words = new StringBuilder();
        for (String label : host.split("[.-]")) {
            if (!label.isEmpty() && !HOST_NOISE.contains(label)) {
                words.append(words.isEmpty() ? "" : " ").append(label);
            }
        }
        return words.isEmpty() ? host : words.toString();
    }

    /** "mati lampu", "lampu kok mati terus": the lights out, as citizens say a power cut. */
    private static final Pattern LIGHTS_OUT = Pattern.compile("\\b(?:mati|padam) lampu\\b|\\blampu((?: \\w+){0,2}) (?:mati|padam)\\b");
    /** Words of a street or public light, whose lamp may be out while the power is on. */
    private static final Pattern STREET_LIGHT = Pattern.compile("\\b(?:jalan\\w*|gang|pju|penerangan|tiang|lalu lintas|"
            + "lampu merah|taman|jembatan|street|traffic)\\b");

    /**
     * A power cut said the everyday way ("min lampu kok mati terus", "mati lampu dari kemarin") as the words the
     * knowledge base uses, "listrik padam": read as it is typed, it found the entry on reporting a broken street light
     * surely (batch K29, a blackout week). A message that names a street, an alley or a public light keeps its words.
     */
    static String blackout(String s) {
        if (s.indexOf("lampu") < 0 || STREET_LIGHT.matcher(s).find()) {
            return s;
        }
        return LIGHTS_OUT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                "listrik" + (m.group(1) == null ? "" : m.group(1)) + " padam"));
    }

    private record Remembered(String text, String normalized) {
    }

    private static final java.util.concurrent.atomic.AtomicReference<Remembered> LAST =
            new java.util.concurrent.atomic.AtomicReference<>();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /**
     * "a" after an English word that takes an article ("is there a fee?", "how do I get a new ID card"): the article, no
     * search term. Left as a word, the one entry that says "SIM A" came first for English questions: "Is there a fee? We're
     * happy to pay ..." after a café's question on a water truck got the driving-licence entry surely (forty-fifth session,
     * batch T51, read). After an Indonesian word ("sim a", "kelas a") it stays.
     */
    private static final Pattern ARTICLE = Pattern.compile("\\b(is there|are there|there is|there's|is|was|get|got|getting|"
            + "need|needs|have|has|had|want|for|with|make|take|find|buy|book|register|as|such|what|how|where|of|in|on|at|"
            + "to|from|by|about|into|and|or|but|if|it|this|that|i|we|you|they|my|our|your|there|be|submit|file|request|"
            + "open|start|run|own|rent|issue|obtain|receive|send|bring|pay|renew|replace) a\\b(?! ?\\d)");

    private static String normalizeAnew(String text) {
        String s = Normalizer.normalize(withoutRedactionMarks(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = REDUPLICATION.matcher(s).replaceAll("$1 $1");
        s = LONG_RUN.matcher(s).replaceAll("$1");
        if (s.indexOf('.') >= 0) { // a host name has a dot; most messages have none, and this runs on every normalisation
            s = HOST.matcher(s).replaceAll(host -> Matcher.quoteReplacement(hostWords(host.group(1))));
        }
        if (s.contains(" a ")) { // the English article, never the letter of "SIM A" or "golongan A"
            s = ARTICLE.matcher(s).replaceAll("$1");
        }
        s = ENGLISH.replacePhrases(s.replace('\u2019', '\''));
        s = blackout(s);
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        while (m.find()) {
            String replacement = replacement(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : formal(m.group())));
        }
        m.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
