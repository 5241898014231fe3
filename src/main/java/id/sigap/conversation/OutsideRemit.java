package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions clearly outside what a provincial humas office answers, by topic: travel tickets and
 * flights, sports results, recipes, general knowledge, private disputes, election results, markets and
 * gambling. Recognised from phrases, in Indonesian and English; each topic has its own reply saying
 * where such things are usually asked. The knowledge base still comes first: a confident entry (a free
 * homecoming bus, say) is the answer even when a phrase here matches.
 */
final class OutsideRemit {

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A kind of question the office does not answer, each with its own pointer. */
    enum Topic { TRAVEL, SPORTS, RECIPE, GENERAL_KNOWLEDGE, PRIVATE_DISPUTE, ELECTION_RESULT, MARKET }

    private record Rule(Topic topic, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Topic.TRAVEL, "tiket pesawat", "harga tiket", "tiket kereta", "tiket konser", "penerbangan",
                    "jadwal pesawat", "maskapai", "flight", "flights", "plane ticket", "airline", "airfare",
                    "tiket bioskop", "promo tiket", "booking hotel", "harga hotel", "bioskop", "jadwal film", "film terbaru",
                    "konser", "concert", "cinema", "movie"),
            rule(Topic.SPORTS, "skor", "hasil pertandingan", "pertandingan tadi", "liga", "piala dunia", "timnas",
                    "persib", "persija", "sepak bola", "sepakbola", "motogp", "football", "match result",
                    "who won the match", "klasemen", "juara liga", "badminton", "bulu tangkis", "world cup", "premier league", "champions league",
                    "liga champions", "who won the", "who will win"),
            rule(Topic.RECIPE, "resep", "cara masak", "cara memasak", "cara membuat kue", "cara bikin kue",
                    "recipe", "how to cook", "bumbu rendang"),
            rule(Topic.GENERAL_KNOWLEDGE, "siapa penemu", "penemu lampu", "ibu kota negara", "ibukota negara",
                    "gunung tertinggi", "planet terbesar", "siapa presiden pertama amerika", "rumus", "arti kata",
                    "capital of", "who invented", "tallest mountain", "largest planet", "berapa jarak bumi",
                    "terjemahkan", "translate", "pr matematika", "soal matematika", "ibukota", "ibu kota jepang",
                    "ibu kota negara", "jerawat", "skincare", "perawatan wajah", "buat cv", "bikin cv", "membuat cv",
                    "contoh cv", "cv yang menarik", "tips diet", "write a cv", "lyrics", "lirik lagu"),
            rule(Topic.PRIVATE_DISPUTE, "warisan", "sengketa dengan tetangga", "tetangga saya berisik",
                    "bertengkar dengan", "utang piutang", "hutang piutang", "pinjam uang", "ditagih utang",
                    "cerai", "perceraian", "hak asuh", "suami saya", "istri saya selingkuh", "mantan saya",
                    "divorce", "my neighbour", "my neighbor", "inheritance", "berisik", "musik kencang", "musik kenceng",
                    "cekcok", "ribut sama tetangga", "ribut dengan tetangga", "masalah dengan tetangga",
                    "masalah sama tetangga", "noisy neighbour", "noisy neighbor"),
            rule(Topic.ELECTION_RESULT, "hasil pemilu", "hasil pilkada", "hasil pilpres", "hasil pileg",
                    "quick count", "hitung cepat", "siapa pemenang pilkada", "siapa pemenang pemilu",
                    "siapa yang menang pilkada", "siapa yang menang pemilu", "election result", "who won the election"),
            rule(Topic.MARKET, "harga saham", "saham", "bitcoin", "kripto", "crypto", "harga emas hari ini",
                    "kurs dolar", "kurs dollar", "harga emas", "emas antam", "logam mulia", "gold price", "togel", "nomor togel", "judi", "slot online", "stock price",
                    "exchange rate"));

    private OutsideRemit() {
    }

    static Optional<Topic> recognise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = " " + NOT_WORD.matcher(IndonesianNormalizer.normalize(text.toLowerCase(Locale.ROOT)))
                .replaceAll(" ") + " ";
        String raw = " " + NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        return RULES.stream().filter(r -> r.pattern().matcher(normalized).find() || r.pattern().matcher(raw).find())
                .map(Rule::topic).findFirst();
    }

    private static Rule rule(Topic topic, String... phrases) {
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(phrase));
        }
        return new Rule(topic, Pattern.compile(" (?:" + alternatives + ") "));
    }
}
