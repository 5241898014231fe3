package id.sigap.retrieval;

/** Edit distance between two index terms, only as far as the answerability features need it. */
final class TermDistance {

    private TermDistance() {
    }

    /** True when one insertion, deletion, substitution or swap of neighbours turns a into b (or a equals b). */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la < lb ? a.regionMatches(i, b, i + 1, la - i) : b.regionMatches(i, a, i + 1, lb - i);
    }
}
