package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions clearly outside what a provincial humas office answers, by topic: travel tickets and
 * flights, sports results, recipes, general knowledge, private disputes, election results, markets and
 * gambling, shopping, religious rulings. Recognised from phrases, in Indonesian and English, read from
 * {@code conversation/outside-remit.tsv} (the file explains each topic); each topic has its own reply saying
 * where such things are usually asked. The knowledge base still comes first: a confident entry (a free
 * homecoming bus, say) is the answer even when a phrase here matches.
 */
final class OutsideRemit {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The verb "help" as typed ("bantu", "bantuin", "bantukan", "bntu"). */
    private static final Pattern HELP_VERB = Pattern.compile("\\b(?:bantu|bantuin|bantukan|bantuinn|bntu|bntuin)\\b");

    /** A kind of question the office does not answer, each with its own pointer. */
    enum Topic {
        TRAVEL, SPORTS, RECIPE, GENERAL_KNOWLEDGE, PRIVATE_DISPUTE, ELECTION_RESULT, MARKET, SHOPPING, NATIONAL_SELECTION,
        RELIGION, PERSONAL_LIFE
    }

    /**
     * A topic's phrases, and the words that take a message back into the remit ({@code NOT_<TOPIC>} in the file):
     * "resep obat dari dokter posko" is a prescription, not a recipe; "cerai, KK-nya gimana" is a family card.
     */
    private record Rule(Topic topic, Pattern pattern, Set<String> unless, Pattern firm, Set<String> firmUnless) {

        boolean applies(String normalized, String raw) {
            return foundUnless(pattern, unless, normalized, raw)
                    || firm != null && foundUnless(firm, firmUnless, normalized, raw);
        }
    }

    private static final WordTable PHRASES = WordTable.load("conversation/outside-remit.tsv");
    /**
     * Words of the office's own services and of the flood's damage ({@code IN_REMIT} in the file), which take a message
     * back into the remit whatever topic's phrase it has: "harga tiket bus trans sangkara", "rumah makan sy
     * kebanjiran, ada bantuan umkm", "skor ujian akhir semester".
     */
    private static final String IN_REMIT = "IN_REMIT";
    /** Words that ask the government for the thing a firm phrase names ("penginapan gratis buat pengungsi dr pemprov"). */
    private static final Set<String> NOT_FIRM = PHRASES.of("NOT_FIRM");
    private static final List<Rule> RULES = Arrays.stream(Topic.values()).map(t -> rule(t, t.name())).toList();
    /**
     * A private dispute told in words of its own: someone of private life (a neighbour, an in-law, a partner) and a
     * quarrel or nuisance ("tetangga parkir di depan pagar", "kesel sama mertua"), in either order.
     */
    private static final Pattern PRIVATE_PERSON = rule(Topic.PRIVATE_DISPUTE, "PRIVATE_PERSON").pattern();
    private static final Pattern PRIVATE_TROUBLE = rule(Topic.PRIVATE_DISPUTE, "PRIVATE_TROUBLE").pattern();
    private static final Set<String> PRIVATE_UNLESS = RULES.get(Topic.PRIVATE_DISPUTE.ordinal()).unless();

    private OutsideRemit() {
    }

    static Optional<Topic> recognise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // "bantu"/"bantuin" asks for help; the normaliser spells it "bantuan" (aid), a word of the remit that took "min
        // bantuin kerjain PR anak sy" back in (batch V36): read it as the plea it is
        String pleaded = HELP_VERB.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("tolong");
        String normalized = " " + NOT_WORD.matcher(IndonesianNormalizer.normalize(pleaded)).replaceAll(" ") + " ";
        String raw = " " + NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        Optional<Topic> topic = RULES.stream().filter(r -> r.applies(normalized, raw)).map(Rule::topic).findFirst();
        if (topic.isEmpty() && found(PRIVATE_PERSON, normalized, raw) && found(PRIVATE_TROUBLE, normalized, raw)
                && !mentionsAny(PRIVATE_UNLESS, normalized, raw)) {
            return Optional.of(Topic.PRIVATE_DISPUTE);
        }
        return topic.isPresent() ? topic : askedBesideContext(text);
    }

    /**
     * The topic of the only question a message asks, when the rest only tells why it is asked: "min skor bola semalem
     * brp? gk bisa nonton krn mati lampu wkwk" (batch T53) was taken back into the remit by its "mati lampu" and got the
     * power-cut entry, surely. Not when the rest asks or needs something too ("rumah kebanjiran, butuh bantuan. skor bola
     * semalem brp?"): that is answered as a whole.
     */
    private static Optional<Topic> askedBesideContext(String text) {
        List<String> parts = Sentences.of(text);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<String> asked = parts.stream().filter(p -> p.endsWith("?")).toList();
        if (asked.size() != 1 || parts.stream().filter(p -> !p.endsWith("?"))
                .anyMatch(p -> NEEDS.matcher(p.toLowerCase(Locale.ROOT)).find())) {
            return Optional.empty();
        }
        return recognise(asked.getFirst()).filter(ASKED_BESIDE_CONTEXT::contains);
    }

    /**
     * Topics no reason told beside them brings into the remit. Travel and markets are not among them: a bus or a ferry
     * asked after with a bridge down or a strike told beside it ("bus damri ... masih jalan gak ya? katanya jalan utama yg
     * lewat jembatan putus") is the crisis's transport.
     */
    private static final Set<Topic> ASKED_BESIDE_CONTEXT = java.util.EnumSet.of(Topic.SPORTS, Topic.RECIPE,
            Topic.GENERAL_KNOWLEDGE, Topic.ELECTION_RESULT, Topic.NATIONAL_SELECTION, Topic.PERSONAL_LIFE);

    /** Words by which a sentence asks or needs something of its own ({@code ASKS_TOO} in the file). */
    private static final Pattern NEEDS = Pattern.compile("\\b(?:" + String.join("|", PHRASES.of("ASKS_TOO").stream().sorted()
            .map(Pattern::quote).toList()) + ")\\b");

    /** One of the words, whole, in the normalised spelling or as typed (both padded with spaces). */
    private static boolean mentionsAny(Set<String> words, String normalized, String raw) {
        return words.stream().anyMatch(w -> normalized.contains(" " + w + " ") || raw.contains(" " + w + " "));
    }

    /**
     * The phrase stands in the message and none of the words that take it back does outside the phrase itself: the
     * normaliser writes "bantuin" as "bantuan", and "bantuin pr" (homework) must not be taken back into the remit by
     * its own "bantuan" (seventeenth session, a helper's batch).
     */
    private static boolean foundUnless(Pattern pattern, Set<String> unless, String normalized, String raw) {
        Matcher inRaw = pattern.matcher(raw);
        boolean r = inRaw.find();
        String restNormalized = normalized;
        String restRaw = raw;
        if (r) {
            // the phrase as typed, in the normalised spelling too ("bantuin pr" is "bantuan pr" there), blanked out
            // before the phrases are: a shorter phrase inside it ("cariin jodoh" in "bantuin sy cariin jodoh") would
            // leave its "bantuan" behind (thirty-sixth session, batch O36)
            String typed = inRaw.group().strip();
            String typedNormalized = " " + NOT_WORD.matcher(IndonesianNormalizer.normalize(typed)).replaceAll(" ").strip()
                    + " ";
            restNormalized = restNormalized.replace(typedNormalized, "  ");
            restRaw = pattern.matcher(raw).replaceAll("  ");
        }
        // every match blanked out (a space each side kept); nothing blanked, no match
        String blanked = pattern.matcher(restNormalized).replaceAll("  ");
        if (!r && blanked.equals(restNormalized)) {
            return false;
        }
        return !mentionsAny(unless, blanked, restRaw);
    }

    /** In the normalised spelling or as typed. */
    private static boolean found(Pattern pattern, String normalized, String raw) {
        return pattern.matcher(normalized).find() || pattern.matcher(raw).find();
    }

    /**
     * The phrases of one kind of the file as one pattern of whole words; with {@code FIRM_<TOPIC>} phrases, which stay
     * out of the remit beside the office's words ("resep rendang ..., lg ngungsi") and beside a topic's own exceptions
     * ("resep rendang ... buat masak di dapur umum"), cancelled only by {@code NOT_FIRM}.
     */
    private static Rule rule(Topic topic, String kind) {
        String except = "NOT_" + topic.name();
        Set<String> notTopic = PHRASES.kinds().contains(except) ? PHRASES.of(except) : Set.of();
        Set<String> unless = new java.util.HashSet<>(PHRASES.of(IN_REMIT));
        unless.addAll(notTopic);
        String firm = "FIRM_" + kind;
        return new Rule(topic, PHRASES.phrases(kind), Set.copyOf(unless),
                PHRASES.kinds().contains(firm) ? PHRASES.phrases(firm) : null, NOT_FIRM);
    }
}
