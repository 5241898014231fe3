package id.sigap.retrieval;

import id.sigap.knowledge.Markdown;
import id.sigap.knowledge.KnowledgeEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one entry says, in the terms of the analyzer, at the grain the answerability features need:
 * every term; each passage (the title with one sentence, or one {@code questions:} phrasing); the
 * phrasings alone; and the pairs of terms that stand near each other. A question whose words are all
 * somewhere in an entry but never together ("jumlah korban meninggal banjir" against an entry that
 * mentions each word in another sentence) is covered by its terms and not by its passages or pairs.
 */
record EntryEvidence(Set<String> terms, List<Set<String>> passages, List<Set<String>> phrasings,
                     Set<String> nearPairs) {

    /** Two terms at most this far apart (after stop words are gone) count as standing together. */
    static final int NEAR = 3;
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;:])\\s+|\\n+");

    static EntryEvidence of(KnowledgeEntry entry) {
        Set<String> terms = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        List<Set<String>> passages = new ArrayList<>();
        List<Set<String>> phrasings = new ArrayList<>();
        List<String> title = IndonesianAnalysis.terms(IndonesianNormalizer.normalize(entry.title()));
        add(title, terms, pairs);
        phrasings.add(Set.copyOf(title));
        for (String question : entry.questions()) {
            List<String> q = IndonesianAnalysis.terms(IndonesianNormalizer.normalize(question));
            add(q, terms, pairs);
            phrasings.add(Set.copyOf(q));
            passages.add(union(q, title));
        }
        String body = IndonesianNormalizer.normalize(Markdown.plain(entry.body()));
        for (String sentence : SENTENCE.split(body)) {
            List<String> s = IndonesianAnalysis.terms(sentence);
            if (!s.isEmpty()) {
                add(s, terms, pairs);
                passages.add(union(s, title));
            }
        }
        if (passages.isEmpty()) {
            passages.add(Set.copyOf(title));
        }
        return new EntryEvidence(Set.copyOf(terms), List.copyOf(passages), List.copyOf(phrasings), Set.copyOf(pairs));
    }

    /** The unordered pair of two terms, as stored. */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + ' ' + b : b + ' ' + a;
    }

    private static void add(List<String> sequence, Set<String> terms, Set<String> pairs) {
        terms.addAll(sequence);
        for (int i = 0; i < sequence.size(); i++) {
            for (int j = i + 1; j <= Math.min(sequence.size() - 1, i + NEAR); j++) {
                pairs.add(pair(sequence.get(i), sequence.get(j)));
            }
        }
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
