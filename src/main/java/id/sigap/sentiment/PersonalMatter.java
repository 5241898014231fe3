package id.sigap.sentiment;

import java.util.List;

/**
 * A complaint about someone of the writer's private life ("pacar saya marah terus", "bos saya suka marah-marah"): the
 * message opens with a {@code PRIVATE} person of {@code words.tsv} followed by the writer ("suami saya", "pacarku"),
 * and names no official, no one of the office and no public service. It is not anger at the office: at most
 * berpotensi negatif, and netral when the writer asks what to do ("saya harus gimana").
 */
final class PersonalMatter {

    private static final SentimentWords WORDS = SentimentWords.shipped();
    /** How far into the message the private person may stand ("aduh, pacar saya ..."). */
    private static final int OPENING = 3;

    private PersonalMatter() {
    }

    /** Whether the message is about someone of the writer's private life and not about the office. */
    static boolean isPrivate(NormalisedText text) {
        List<String> tokens = text.tokens();
        boolean opens = false;
        for (int i = 0; i < Math.min(OPENING, tokens.size()); i++) {
            String token = tokens.get(i);
            boolean privatePerson = WORDS.is(SentimentWords.Kind.PRIVATE, token) && i + 1 < tokens.size()
                    && WORDS.firstPerson().contains(tokens.get(i + 1))
                    || token.endsWith("ku") && WORDS.is(SentimentWords.Kind.PRIVATE, token.substring(0, token.length() - 2));
            opens |= privatePerson;
        }
        return opens && tokens.stream().noneMatch(t -> WORDS.aimedAt(t) || WORDS.is(SentimentWords.Kind.SERVICE, t)
                || WORDS.is(SentimentWords.Kind.REPORT, t));
    }

    /** "saya harus bagaimana", "sebaiknya apa": an advice word followed within two words by a question word. */
    static boolean asksAdvice(NormalisedText text) {
        List<String> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (WORDS.is(SentimentWords.Kind.ADVICE, tokens.get(i))) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
                    if (WORDS.is(SentimentWords.Kind.ASKING, tokens.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
