package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A yes/no question made by a trailing "gak" ("masih ada gk?", "sabtu buka gak", "diundur gk sih?"):
 * the negation asks, it complains about nothing. Left in, the model trained
 * on reviews reads the "tidak" as negative and a plain question comes out berpotensi negatif. The tag is
 * taken out of what is scored and the clause counts as a question, unless the message complains anyway or is
 * aimed at the office ("kalian peduli gak"); emergencies and requests for a person are still read from the
 * whole message.
 */
final class TagQuestion {

    private static final Set<String> PARTICLES = Set.of("sih", "ya", "kah", "nih", "dong", "ini", "itu");

    /** Words that aim a question at the office or its people, where a trailing "gak" is rhetorical. */
    private static final Set<String> ADDRESSED = Set.of("kalian", "kamu", "lu", "lo", "pemerintah", "pemprov", "pemda",
            "pemkab", "pemkot", "pejabat", "petugas", "aparat", "dinas", "gubernur", "bupati", "walikota");

    private TagQuestion() {
    }

    /** The message speaks to or about the office ("kalian niat kerja gak"): a tag there is not a plain question. */
    static boolean aimedAtTheOffice(NormalisedText text) {
        return text.tokens().stream().anyMatch(ADDRESSED::contains);
    }

    /** The message without its question tags, or the message itself when it has none. */
    static NormalisedText untagged(NormalisedText text) {
        List<String> tokens = text.tokens();
        List<String> kept = new ArrayList<>(tokens.size());
        boolean found = false;
        int clauseStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && !tokens.get(i).equals(NormalisedText.BREAK)) {
                continue;
            }
            List<String> clause = tokens.subList(clauseStart, i);
            int tag = tagAt(clause);
            if (tag >= 0) {
                found = true;
                kept.addAll(clause.subList(0, tag));
            } else {
                kept.addAll(clause);
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
                text.shouting(), text.stretched());
    }

    /** Where the tag starts in a clause: "tidak" at its end, before particles only. */
    private static int tagAt(List<String> clause) {
        int end = clause.size();
        while (end > 0 && PARTICLES.contains(clause.get(end - 1))) {
            end--;
        }
        if (end < 3) {
            return -1; // "tidak", "ya tidak", "bisa tidak": too short to tell a question from a refusal
        }
        String last = clause.get(end - 1);
        String before = clause.get(end - 2);
        if (before.equals("tidak") || before.equals("belum") || before.equals("bukan")) {
            return -1;
        }
        // "belum" at the end is left alone: "sudah 3 hari bantuan belum" complains
        return last.equals("tidak") ? end - 1 : -1;
    }
}
