package id.sigap.conversation;

import id.sigap.texts.WordTable;

import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Choices when unsure: which retrieved entries are plausible enough to offer, the offer's reply
 * (numbered titles as buttons, plus "Bukan, hubungi petugas"), and reading a pick back. A button's data
 * is {@code ch:<token>:<n>} ({@code n} 1–3, 0 for "Bukan"); the token names the chat's live offer, so a
 * forged or stale button is refused.
 */
final class Choices {

    /** At most this many entries are offered. */
    static final int MAX = 3;
    /**
     * Below this confidence nothing retrieved is plausible. 0 since 2026-12-01 (was 0.08): a calibrated
     * probability does not carry over between knowledge bases (left out, right first entries came at 0.003 to
     * 0.075 and went to a person without choices), so choices are offered whenever BM25 matched and retrieval is
     * unsure; held out this raised one-tap resolution on all three sets and changed no answer (docs/retrieval.md).
     */
    static final double MIN_CONFIDENCE = 0.0;
    /**
     * Below this confidence the plausible entries are too weak to ask "Apakah maksud Anda": a person takes the
     * question at once and the entries are suggested beside the handoff, still one tap away. Since 2026-12-04:
     * on the held-out outputs of ten sets, 91 % (5-fold) and 86 % (knowledge base left out) of the questions offered
     * choices below 0.1 had no right entry among them (unanswerable, or the right entry not offered), and in
     * conversations written by people who saw no entry the offers below it were unrelated titles (docs/decision.md).
     * 0.2 since the twentieth session: of the offers between 0.1 and 0.2 on the same held-out outputs, 74 % (203 of
     * 275, 5-fold) and 71 % (231 of 326, left out) had no right entry among them either; the other quarter keep their
     * right entry one tap away as a suggestion, at the cost of a staff ticket.
     */
    static final double PERSON_BELOW = 0.2;
    /** An entry is plausible when its score is at least this share of the best entry's. */
    static final double MIN_SHARE = 0.75;

    private static final Pattern DATA = Pattern.compile("ch:([a-z0-9]{6}):([0-" + MAX + "])");
    private static final Pattern TYPED = Pattern.compile("\\s*([0-9])\\s*[.)]?\\s*");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Picks and refusals typed in words, from {@code conversation/choice-replies.tsv}. */
    private static final WordTable REPLIES = WordTable.load("conversation/choice-replies.tsv");
    private static final Set<String> FILLER = REPLIES.of("FILLER");
    private static final Set<String> NEGATION = REPLIES.of("NEGATION");
    private static final Set<String> REJECT = REPLIES.of("REJECT");
    /** The words of each position, first to "none of these" (index 0 is the first entry). */
    private static final List<Set<String>> ORDINALS = java.util.stream.IntStream.rangeClosed(1, MAX + 1)
            .mapToObj(i -> REPLIES.of("ORDINAL_" + i)).toList();
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Choices() {
    }

    /** Distinct plausible entries, best first; empty when retrieval found nothing worth offering. */
    static List<String> plausible(RetrievalResult result) {
        return plausible(result, ChoicePolicy.DEFAULT);
    }

    static List<String> plausible(RetrievalResult result, ChoicePolicy policy) {
        if (result.confident() || result.unanswerable() || result.hits().isEmpty()
                || !(result.confidence() >= policy.minConfidence())) {
            return List.of();
        }
        double best = result.hits().getFirst().score();
        List<String> offered = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (RetrievalHit hit : result.hits()) {
            if (offered.size() == MAX) {
                break;
            }
            boolean strong = hit.rank() == 1 || (best > 0 && hit.score() >= policy.minShare() * best);
            if (strong && titles.add(hit.title().strip().toLowerCase(Locale.ROOT))) {
                offered.add(hit.entryId());
            }
        }
        return offered;
    }

    static String newToken() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            token.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return token.toString();
    }

    /** The offer's message: the numbered titles in the text (for typing) and as buttons (for tapping). */
    static Reply reply(String token, List<String> titles, Language language) {
        boolean en = language == Language.EN;
        String none = en ? AnswerTexts.NONE_OF_THESE_EN : AnswerTexts.NONE_OF_THESE;
        return numbered(en ? AnswerTexts.CHOICES_EN : AnswerTexts.CHOICES, token, titles, none, language);
    }

    /**
     * Entries suggested beside a handoff (too weak to ask "did you mean"): the numbered titles as buttons, with no
     * "none of these", since a person already takes the question.
     */
    static Reply suggestions(String token, List<String> titles, Language language) {
        return numbered(language == Language.EN ? AnswerTexts.SUGGESTIONS_EN : AnswerTexts.SUGGESTIONS, token, titles,
                null, language);
    }

    /** The header, the numbered titles in the text and as buttons, "none of these" last when given, and the hint. */
    private static Reply numbered(String header, String token, List<String> titles, String none, Language language) {
        StringBuilder text = new StringBuilder(header).append('\n');
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            text.append(i + 1).append(". ").append(titles.get(i)).append('\n');
            rows.add(List.of(new Reply.Button((i + 1) + ". " + titles.get(i), "ch:" + token + ":" + (i + 1))));
        }
        if (none != null) {
            text.append(titles.size() + 1).append(". ").append(none).append('\n');
            rows.add(List.of(new Reply.Button(none, "ch:" + token + ":0")));
        }
        text.append('\n').append(language == Language.EN ? AnswerTexts.CHOICES_HINT_EN : AnswerTexts.CHOICES_HINT);
        return Reply.text(text.toString()).withButtons(rows);
    }

    /** A pick: the entry's position (1-based), or 0 for "none of these". */
    record Pick(String token, int number) {
    }

    /** Reads button data; empty when it is not a choice button at all. */
    static Optional<Pick> fromButton(String data) {
        if (data == null || !data.startsWith("ch:")) {
            return Optional.empty();
        }
        Matcher m = DATA.matcher(data);
        return Optional.of(m.matches() ? new Pick(m.group(1), Integer.parseInt(m.group(2))) : new Pick("", -1));
    }

    /** A lone digit as a pick is typed ("2", "3."), whether or not an offer is live. */
    static boolean isTypedPick(String text) {
        return text != null && TYPED.matcher(text).matches();
    }

    /** Reads a typed number against the live offer: 1..n an entry, n+1 "none of these". */
    static Optional<Pick> fromText(String text, ChoiceMemory.Offer offer) {
        Matcher m = TYPED.matcher(text == null ? "" : text);
        int n;
        if (m.matches()) {
            n = Integer.parseInt(m.group(1));
        } else {
            n = inWords(text);
            if (n < 0) {
                return Optional.empty();
            }
            if (n == 0) {
                return Optional.of(new Pick(offer.token(), 0)); // "bukan itu", "ga ada yang cocok"
            }
        }
        if (n >= 1 && n <= offer.entries().size()) {
            return Optional.of(new Pick(offer.token(), n));
        }
        return n == offer.entries().size() + 1 ? Optional.of(new Pick(offer.token(), 0)) : Optional.empty();
    }

    /**
     * A pick written in words: the number its number words name among fillers ("yang kedua" is 2), 0 for a refusal
     * ("bukan itu"), -1 for anything else, which is read as a new message.
     */
    static int inWords(String text) {
        if (text == null) {
            return -1;
        }
        List<String> words = java.util.Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT).strip()))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.size() > 6) {
            return -1;
        }
        List<String> kept = words.stream().filter(w -> !FILLER.contains(w)).toList();
        for (int i = 1; i <= MAX + 1; i++) {
            if (!kept.isEmpty() && kept.size() <= 2 && ORDINALS.get(i - 1).containsAll(kept)) {
                return i; // "kedua", "the first one"
            }
        }
        boolean refused = words.stream().anyMatch(NEGATION::contains);
        boolean onlyRefusal = kept.stream().allMatch(w -> NEGATION.contains(w) || REJECT.contains(w));
        return refused && onlyRefusal ? 0 : -1;
    }
}
