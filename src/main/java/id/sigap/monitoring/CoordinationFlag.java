package id.sigap.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * Possible coordinated activity, with its evidence. It describes posts, not people: accounts appear only
 * as pseudonyms, and the flag says the pattern deserves a look, never who is behind it.
 *
 * @param kind     near-identical texts from many accounts, or a new account posting in a burst
 * @param accounts pseudonyms of the accounts involved (at most ten shown)
 * @param accountCount how many distinct accounts
 * @param posts    how many posts
 * @param from     first post of the pattern
 * @param to       last post
 * @param itemIds  the items the posts are
 * @param example  one of the texts (redacted)
 * @param similarity the lowest estimated similarity between a post and the pattern's first (near-identical only)
 */
record CoordinationFlag(Kind kind, List<String> accounts, int accountCount, int posts, Instant from, Instant to,
                               List<String> itemIds, String example, double similarity) {

    /** What pattern was seen. */
    public enum Kind {
        NEAR_IDENTICAL("teks hampir sama dari banyak akun"), NEW_ACCOUNT_BURST("akun baru mengirim beruntun");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
