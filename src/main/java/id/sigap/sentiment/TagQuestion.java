package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * A yes/no question made with a "gak" tag: the negation asks, it complains about nothing. Left in, the model
 * trained on reviews reads the "tidak" as negative and a plain question comes out berpotensi negatif. A tag is
 * <ul>
 *   <li>a "tidak" closing a clause of at least three words, before particles only ("sabtu buka gk",
 *       "diundur gk sih?");</li>
 *   <li>a "tidak" inside a clause, after the word the question is built on ("ada gak bantuan", "boleh gk
 *       diwakilkan") or followed by a particle ("keluar gak sih hasilnya"), or, in a question, followed by a
 *       time or a preposition it cannot negate ("berlaku gak tahun depan", "gratis gak di puskesmas");</li>
 *   <li>a clause-initial "tidak ada ... ya" in a question ("gak ada libur ya minggu ini?");</li>
 *   <li>a "belum" closing a clause that asks with "sudah" ("sudah diperbaiki belum").</li>
 * </ul>
 * A "tidak" after another negator or after "sudah"/"masih" ("sudah gak ada": no longer), one before "ada"
 * inside a clause ("beneran gak ada orangnya") and one before a sentiment word ("bisa gak jelas") negates. The tags are taken out of what is scored and the message counts as a
 * question, unless the message complains anyway or is aimed at the office ("kalian peduli gak"); emergencies and
 * requests for a person are still read from the whole message. The word lists are in {@code sentiment/words.tsv}.
 */
final class TagQuestion {

    private static final String NOT = "tidak";
    private static final String NOT_YET = "belum";
    private static final String ALREADY = "sudah";
    private static final String STILL = "masih";
    private static final String EXISTS = "ada";
    private static final String WHICH = "yang";

    private TagQuestion() {
    }

    /** The message speaks to or about the office ("kalian niat kerja gak"): a tag there is not a plain question. */
    static boolean aimedAtTheOffice(NormalisedText text) {
        return text.tokens().stream().anyMatch(SentimentWords.shipped()::aimedAt);
    }

    /**
     * A tag questioning someone's will or competence ("kalian becus gak sih", "pemda peduli ga sih sama warga",
     * "niat kerja gak sih") says they lack it: the "tidak" moves before the word or two it questions when that
     * makes a lexicon complaint ("tidak becus", "tidak niat") or negates praise ("tidak peduli"), and the message
     * is aimed at the office or the complaint is strong. Returns the message itself when there is no such tag.
     */
    static NormalisedText rhetorical(NormalisedText text, Lexicon lexicon) {
        List<String> tokens = text.tokens();
        boolean aimed = aimedAtTheOffice(text);
        SentimentWords words = SentimentWords.shipped();
        for (int k = 1; k < tokens.size(); k++) {
            boolean closes = k + 1 == tokens.size() || tokens.get(k + 1).equals(NormalisedText.BREAK)
                    || words.particles().contains(tokens.get(k + 1)) || words.address().contains(tokens.get(k + 1));
            if (!tokens.get(k).equals(NOT) || !closes) {
                continue;
            }
            for (int j = k - 1; j >= Math.max(0, k - 2) && !tokens.get(j).equals(NormalisedText.BREAK); j--) {
                if (j == k - 1 && words.askedByTag().contains(tokens.get(j))) {
                    continue; // "ada gak sih ...", "buka gak": asks
                }
                List<String> negated = new ArrayList<>();
                negated.add(NOT);
                negated.addAll(tokens.subList(j, k));
                Lexicon.Match complaint = lexicon.longestMatch(negated, 0);
                Lexicon.Match praise = lexicon.longestMatch(tokens.subList(j, k), 0);
                boolean says = complaint != null && complaint.length() >= 2 && complaint.entry().kind() == Lexicon.Kind.NEG
                        && (aimed || complaint.entry().weight() >= STRONG_COMPLAINT)
                        || aimed && praise != null && praise.length() == k - j && praise.entry().kind() == Lexicon.Kind.POS;
                if (says) {
                    List<String> moved = new ArrayList<>(tokens);
                    moved.remove(k);
                    moved.add(j, NOT);
                    return new NormalisedText(List.copyOf(moved), text.exclamations(), text.questions(), text.shouting(),
                            text.stretched(), text.numbers());
                }
            }
        }
        return text;
    }

    /** A lexicon complaint this strong ("tidak becus") is rhetorical in a tag even when no one is named. */
    private static final double STRONG_COMPLAINT = 2.5;

    /** The message without its question tags, or the message itself when it has none. */
    static NormalisedText untagged(NormalisedText text, Lexicon lexicon) {
        List<String> tokens = text.tokens();
        List<String> kept = new ArrayList<>(tokens.size());
        boolean found = false;
        int clauseStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && !tokens.get(i).equals(NormalisedText.BREAK)) {
                continue;
            }
            List<String> clause = tokens.subList(clauseStart, i);
            int end = withoutTrailingParticles(clause);
            boolean confirms = confirms(clause, end);
            for (int k = 0; k < clause.size(); k++) {
                if (confirms && k < end && isConfirmedNegation(clause, k, end, lexicon)
                        || isTag(clause, k, end, text.questions() > 0, lexicon)) {
                    found = true;
                    if (k == end - 1) {
                        break; // a closing tag goes with the particles after it
                    }
                    while (k + 1 < clause.size() && SentimentWords.shipped().particles().contains(clause.get(k + 1))) {
                        k++; // "ada gak sih ...": the particle belongs to the tag
                    }
                } else {
                    kept.add(clause.get(k));
                }
            }
            if (i < tokens.size()) {
                kept.add(NormalisedText.BREAK);
            }
            clauseStart = i + 1;
        }
        if (!found || kept.stream().allMatch(NormalisedText.BREAK::equals)) {
            return text;
        }
        return new NormalisedText(List.copyOf(kept), text.exclamations(), Math.max(1, text.questions()),
                text.shouting(), text.stretched(), text.numbers());
    }

    /** Where the clause ends before its trailing particles, forms of address and confirming word. */
    private static int withoutTrailingParticles(List<String> clause) {
        SentimentWords words = SentimentWords.shipped();
        int end = clause.size();
        while (end > 1 && (words.particles().contains(clause.get(end - 1)) || words.address().contains(clause.get(end - 1))
                || words.confirm().contains(clause.get(end - 1)))) {
            end--;
        }
        return end;
    }

    /** Whether the clause ends by asking to confirm ("sudah cair kan", "gratis kan pak"). */
    private static boolean confirms(List<String> clause, int end) {
        return end >= 2 && clause.subList(end, clause.size()).stream().anyMatch(SentimentWords.shipped().confirm()::contains);
    }

    /**
     * In a clause asking to confirm, a "tidak" or "belum" that negates no sentiment word asks as well ("gak ada
     * biaya kan", "gak wajib kan"); one that starts a lexicon complaint with a later word of the clause ("belum
     * ... juga") complains.
     */
    private static boolean isConfirmedNegation(List<String> clause, int k, int end, Lexicon lexicon) {
        String word = clause.get(k);
        if (!word.equals(NOT) && !word.equals(NOT_YET)) {
            return false;
        }
        if (k > 0 && (clause.get(k - 1).equals(NOT) || clause.get(k - 1).equals(NOT_YET))) {
            return false;
        }
        if (startsSentiment(clause, k, lexicon) || k + 1 < end && startsSentiment(clause, k + 1, lexicon)) {
            return false;
        }
        for (int j = k + 1; j < clause.size(); j++) {
            Lexicon.Match match = lexicon.longestMatch(List.of(word, clause.get(j)), 0);
            if (match != null && match.length() == 2 && match.entry().kind() == Lexicon.Kind.NEG) {
                return false; // "belum cair juga kan": still not
            }
        }
        return true;
    }

    private static boolean isTag(List<String> clause, int k, int end, boolean asked, Lexicon lexicon) {
        String word = clause.get(k);
        String before = k > 0 ? clause.get(k - 1) : null;
        if (before != null && (before.equals(NOT) || before.equals(NOT_YET) || before.equals("bukan"))) {
            return false;
        }
        if (word.equals(NOT_YET)) {
            // "sudah diperbaiki belum", "cair belum?" ask; "sudah 3 hari bantuan belum" complains (the lexicon sees that)
            return k == end - 1 && (k >= 2 && clause.subList(0, k).contains(ALREADY)
                    || k >= 1 && asked && SentimentWords.shipped().askedByTag().contains(before));
        }
        if (!word.equals(NOT)) {
            return false;
        }
        if (k == end - 1) {
            // "tidak", "ya tidak", "bisa tidak": too short to tell a question from a refusal
            return end >= 3;
        }
        if (clause.size() < 3) {
            return false;
        }
        SentimentWords words = SentimentWords.shipped();
        if (k == 0) {
            // "gak ada libur ya minggu ini?", also over the lexicon's "tidak ada info"; "gak ada yang jawab ya" complains
            return asked && clause.get(1).equals(EXISTS) && !clause.get(2).equals(WHICH)
                    && clause.subList(2, Math.min(clause.size(), 5)).stream().anyMatch(words.particles()::contains);
        }
        if (startsSentiment(clause, k, lexicon) || startsSentiment(clause, k + 1, lexicon)) {
            return false;
        }
        if (before.equals(ALREADY) || before.equals(STILL)) {
            return false; // "sudah gak ada": no longer
        }
        String after = clause.get(k + 1);
        if (after.equals(EXISTS)) {
            return false; // "beneran gak ada orangnya": negates that there is one
        }
        return words.askedByTag().contains(before) || words.particles().contains(after)
                || asked && (words.afterTag().contains(after) || words.address().contains(after));
    }

    /** Whether a lexicon sentiment word or phrase starts at {@code at}: a "tidak" before it negates it. */
    private static boolean startsSentiment(List<String> clause, int at, Lexicon lexicon) {
        Lexicon.Match match = lexicon.longestMatch(clause, at);
        return match != null && switch (match.entry().kind()) {
            case POS, NEG, ABUSE -> true;
            default -> false;
        };
    }
}
