package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Mockery told by its manner rather than by a complaint word: "wkwk hebat ya pemda, bantuan dateng pas kita udh beli
 * air sendiri 3 hari. makasih loh 👏👏" names no complaint, yet every citizen reads it as one. Two of these marks make it
 * sarcasm, one of them a mark sincere praise does not have (two claps or more, praise or thanks followed by "lho",
 * laughter opening the message, help that came only after a span the message tells); the others are praise alone
 * opening the message ({@link SarcasticOpener}, laughter allowed beside it) and praise alone closing it after something
 * else ("... 👏👏 pinter bgt"), which sincere praise has too ("mantap, jalan desa sekarang udah mulus, makasih pemkab").
 * Never when the message is praise and thanks only ("wkwk mantap min makasih 👏👏"), nor when it praises anything besides
 * the {@code IRONIC} words and thanks ("hebat ya pemprov, bantuan cepat sampai 👏👏"): the marks then cheer, unless the
 * help came late ("lapor dr senin baru dibales hari jumat. cepet bgt pelayanannya 👏👏"). Nor when a clause tells that
 * something good is done and no word complains ("wah hebat banget, bantuan udah sampai, makasih pemprov 👏👏"): that is
 * what the thanks are for.
 */
final class MockingManner {

    private static final SentimentWords WORDS = SentimentWords.shipped();
    private static final int MARKS = 2;

    private MockingManner() {
    }

    /** Whether the message mocks by its manner; {@code praise} are the phrases of its positive lexicon hits. */
    static boolean mocks(List<String> tokens, List<String> praise) {
        boolean late = cameLate(tokens); // beside help that came late, praise of its speed is ironic too
        if (tokens.stream().noneMatch(MockingManner::praising)
                || !late && praise.stream()
                        .anyMatch(p -> p == null || !ironic(p) && !WORDS.is(SentimentWords.Kind.THANKS, p))) {
            return false;
        }
        List<List<String>> clauses = clauses(tokens);
        if (clauses.stream().noneMatch(c -> c.size() >= 2 && c.stream().noneMatch(MockingManner::praising))) {
            return false; // praise and thanks only
        }
        if (clauses.stream().anyMatch(MockingManner::goodNews)
                && tokens.stream().noneMatch(MockingManner::complains)) {
            return false; // "wah hebat banget, bantuan udah sampai, makasih pemprov 👏👏": what the thanks are for
        }
        // the marks sincere praise never has: applause, "lho" after thanks, laughter opening it, help that came late
        int strong = 0;
        if (applauds(tokens)) {
            strong++;
        }
        if (thanksWithLho(tokens)) {
            strong++;
        }
        if (WORDS.is(SentimentWords.Kind.LAUGHTER, tokens.getFirst())) {
            strong++;
        }
        if (late) {
            strong++;
        }
        // the marks it may have ("mantap, jalan desa sekarang udah mulus, makasih pemkab")
        int weak = 0;
        if (SarcasticOpener.openerEnd(tokens) >= 0) {
            weak++;
        }
        if (clauses.size() >= 2 && praiseOnly(clauses.getLast())) {
            weak++;
        }
        return strong >= 1 && strong + weak >= MARKS;
    }

    /** A clause telling that something good is done ("bantuan udah sampai"), not when it came ("pas", "baru"). */
    private static boolean goodNews(List<String> clause) {
        if (clause.stream().anyMatch(t -> WORDS.is(SentimentWords.Kind.LATE_MARK, t))) {
            return false;
        }
        for (int i = 0; i < clause.size(); i++) {
            if (WORDS.is(SentimentWords.Kind.DONE, clause.get(i))) {
                for (int j = i + 1; j < Math.min(i + 3, clause.size()); j++) {
                    if (WORDS.is(SentimentWords.Kind.GOOD_NEWS, clause.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A complaint word that is no intensifier or particle ("cuma", "malah"; not "banget", "sih"). */
    private static boolean complains(String token) {
        return WORDS.is(SentimentWords.Kind.COMPLAINT, token) && !WORDS.is(SentimentWords.Kind.IRONIC_FILLER, token)
                && !WORDS.is(SentimentWords.Kind.PARTICLE, token);
    }

    /**
     * Whether the message has a word of the praise that mocks ("bagus sekali pelayanannya", "mantap"): beside a complaint
     * told without a complaint word (the caller's), it mocks wherever it stands ("oh iya bagus sekali pelayanannya. antri
     * dari subuh ... disuruh balik minggu depan karena blangko habis. luar biasa.", batch Q57, read).
     */
    static boolean praisesIronically(List<String> tokens) {
        return tokens.stream().anyMatch(MockingManner::ironic);
    }

    private static boolean ironic(String phrase) {
        return WORDS.is(SentimentWords.Kind.IRONIC, phrase);
    }

    private static boolean praising(String token) {
        return ironic(token) || WORDS.is(SentimentWords.Kind.THANKS, token);
    }

    /**
     * Applause and laughter at the office with no word of praise: "wkwk pemerintah baru bangun ya? rumah warga udh
     * tenggelam baru bikin pengumuman 👏👏👏" (batch I31) was read netral; not applause for one's own news ("wkwk anak sy
     * juara lomba 👏👏👏"), which names no office.
     */
    static boolean jeers(List<String> tokens) {
        return !tokens.isEmpty() && tokens.stream().noneMatch(MockingManner::praising) && applauds(tokens)
                && WORDS.is(SentimentWords.Kind.LAUGHTER, tokens.getFirst()) && tokens.stream().anyMatch(WORDS::praisedAt);
    }

    /** Two claps or more. */
    private static boolean applauds(List<String> tokens) {
        return tokens.stream().filter(Emoji.CLAP::equals).count() >= 2;
    }

    private static boolean thanksWithLho(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (WORDS.is(SentimentWords.Kind.MOCKING_PARTICLE, tokens.get(i)) && praising(tokens.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "gempa 3 hari yg lalu baru skrg pak gub dateng", "lapor dr senin baru dibales hari jumat": it came only ("baru")
     * after a span the message tells, which praise never says of what it thanks for; not "baru siang udah dibales" (fast).
     */
    private static boolean cameLate(List<String> tokens) {
        int only = -1;
        boolean since = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (only < 0 && WORDS.is(SentimentWords.Kind.ONLY, token)) {
                only = i;
            }
            since |= WORDS.is(SentimentWords.Kind.AGO, token) || WORDS.is(SentimentWords.Kind.SINCE, token)
                    && i + 1 < tokens.size() && WORDS.is(SentimentWords.Kind.DAY, tokens.get(i + 1));
        }
        return only >= 0 && since
                && tokens.subList(only + 1, tokens.size()).stream().noneMatch(t -> WORDS.is(SentimentWords.Kind.DONE, t));
    }

    /** A clause of praise only, with fillers, particles, claps and whom it praises ("pintar banget", "mantap pemprov"). */
    private static boolean praiseOnly(List<String> clause) {
        boolean praise = false;
        for (String token : clause) {
            if (praising(token)) {
                praise = true;
            } else if (!Emoji.CLAP.equals(token) && !WORDS.praisedAt(token) && !WORDS.is(SentimentWords.Kind.IRONIC_FILLER, token)
                    && !WORDS.is(SentimentWords.Kind.PARTICLE, token) && !WORDS.is(SentimentWords.Kind.SARCASM_PARTICLE, token)) {
                return false;
            }
        }
        return praise;
    }

    private static List<List<String>> clauses(List<String> tokens) {
        List<List<String>> clauses = new ArrayList<>();
        List<String> clause = new ArrayList<>();
        for (String token : tokens) {
            if (token.equals(NormalisedText.BREAK)) {
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
                clause = new ArrayList<>();
            } else {
                clause.add(token);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        return clauses;
    }
}
