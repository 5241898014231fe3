package id.sigap.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The verbs a misspelt word was probably meant to be: those within two edits (insertions, deletions,
 * substitutions or swaps of neighbours). Picocli's own suggestions compare letter pairs, which misses the
 * commonest typo of a short word, two swapped letters ("caht" for chat); its suggestions are used as well.
 */
final class NearestVerb {

    private static final int MAX_EDITS = 2;

    private NearestVerb() {
    }

    static List<String> of(String word, Collection<String> verbs) {
        return verbs.stream()
                .filter(verb -> distance(word.toLowerCase(java.util.Locale.ROOT), verb) <= Math.min(MAX_EDITS, verb.length() - 1))
                .sorted(Comparator.comparingInt((String verb) -> distance(word, verb)).thenComparing(verb -> verb))
                .toList();
    }

    /** Optimal string alignment distance (Levenshtein plus swaps of adjacent letters). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
