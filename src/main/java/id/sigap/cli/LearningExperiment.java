package id.sigap.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.phrasing.Phrasings;
import id.sigap.privacy.Redactor;
import id.sigap.retrieval.CandidateRanker;
import id.sigap.retrieval.RetrievalSettings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code eval --learning true}: what accepted phrasings would do. Each entry's questions in the set are split
 * in two halves in file order (an entry with n questions: the first n/2, rounded down, are "learned");
 * the learned halves are added to their entries' {@code questions:} (redacted, and not twice, as accepting
 * proposals in the console would), and the other halves, with every question that expects a handoff, are
 * asked before and after. Entries with a single question learn nothing; their question is still asked,
 * so a loss elsewhere caused by the new phrasings shows. The confidence model and the ranker are the
 * shipped ones, unchanged.
 */
final class LearningExperiment {

    private LearningExperiment() {
    }

    /** The learned phrasings, the knowledge base with them, and the questions asked. */
    record Split(KnowledgeBase after, List<GoldenQuestion> fed, List<GoldenQuestion> asked,
                 List<GoldenQuestion> askedOfLearningEntries, int answerableEntries, int entriesWithTwoOrMore, int learned,
                 int handoffQuestions) {
    }

    /** Splits; of the first halves only the questions {@code learn} accepts are added to their entries. */
    static Split split(KnowledgeBase kb, List<GoldenQuestion> questions, Predicate<GoldenQuestion> learn) {
        Map<String, List<GoldenQuestion>> byEntry = new LinkedHashMap<>();
        List<GoldenQuestion> handoff = new ArrayList<>();
        for (GoldenQuestion q : questions) {
            if (q.expected().isEmpty()) {
                handoff.add(q);
            } else {
                byEntry.computeIfAbsent(q.expected().getFirst(), e -> new ArrayList<>()).add(q);
            }
        }
        Map<String, List<String>> learned = new LinkedHashMap<>();
        List<GoldenQuestion> asked = new ArrayList<>();
        List<GoldenQuestion> ofLearning = new ArrayList<>();
        List<GoldenQuestion> fed = new ArrayList<>();
        int twoOrMore = 0;
        int learnedCount = 0;
        for (Map.Entry<String, List<GoldenQuestion>> e : byEntry.entrySet()) {
            List<GoldenQuestion> qs = e.getValue();
            int half = qs.size() / 2;
            if (half > 0) {
                twoOrMore++;
                ofLearning.addAll(qs.subList(half, qs.size()));
            }
            List<String> add = learned.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            fed.addAll(qs.subList(0, half));
            qs.subList(0, half).stream().filter(learn).forEach(q -> add.add(Redactor.redact(q.question().strip())));
            asked.addAll(qs.subList(half, qs.size()));
        }
        asked.addAll(handoff);
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (KnowledgeEntry entry : kb.entries()) {
            List<String> add = learned.getOrDefault(entry.id(), List.of());
            if (add.isEmpty()) {
                entries.add(entry);
                continue;
            }
            Set<String> have = new HashSet<>();
            entry.questions().forEach(q -> have.add(Phrasings.normalise(q)));
            List<String> grown = new ArrayList<>(entry.questions());
            for (String q : add) {
                if (have.add(Phrasings.normalise(q))) {
                    grown.add(q);
                    learnedCount++;
                }
            }
            entries.add(new KnowledgeEntry(entry.id(), entry.title(), entry.status(), grown, entry.tags(),
                    entry.sourceUrl(), entry.updated(), entry.validUntil(), entry.body(), entry.file()));
        }
        KnowledgeBase after = new KnowledgeBase(entries, kb.version() + "+learned", kb.asOf(), kb.problems(),
                entries.size());
        return new Split(after, fed, asked, ofLearning, byEntry.size(), twoOrMore, learnedCount, handoff.size());
    }

    static Map<String, Object> run(String name, KnowledgeBase kb, List<GoldenQuestion> questions, EmbeddingModel model,
                                   RetrievalSettings settings, CandidateRanker ranker) {
        Split split = split(kb, questions, q -> true);
        SigapEvaluation before = new SigapEvaluation(kb, model, settings, ranker);
        List<EvalOutcome> was = outcomes(before, split.asked());
        // Staff resolve what Sigap did not answer right by itself: the first-half questions it handed off,
        // offered choices for, or answered with another entry.
        Set<GoldenQuestion> unresolved = new HashSet<>();
        for (EvalOutcome o : outcomes(before, split.fed())) {
            if (!(o.answeredDirectly() && !o.answeredWrongly())) {
                unresolved.add(o.golden());
            }
        }
        Split staffResolved = split(kb, questions, unresolved::contains);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("set", name);
        summary.put("entries", kb.entries().size());
        summary.put("entriesWithAnswerableQuestions", split.answerableEntries());
        summary.put("entriesWithTwoOrMoreQuestions", split.entriesWithTwoOrMore());
        summary.put("firstHalfQuestions", split.fed().size());
        summary.put("questionsAsked", split.asked().size());
        summary.put("ofWhichExpectHandoff", split.handoffQuestions());
        summary.put("askedOfEntriesThatLearned", split.askedOfLearningEntries().size());
        summary.put("learnedFromEveryFirstHalfQuestion", measure(split, was, model, settings, ranker));
        summary.put("learnedOnlyFromQuestionsNotAnsweredRightBefore", measure(staffResolved, was, model, settings, ranker));
        return summary;
    }

    private static Map<String, Object> measure(Split split, List<EvalOutcome> was, EmbeddingModel model,
                                               RetrievalSettings settings, CandidateRanker ranker) {
        List<EvalOutcome> is = outcomes(new SigapEvaluation(split.after(), model, settings, ranker), split.asked());
        Set<GoldenQuestion> learning = new HashSet<>(split.askedOfLearningEntries());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phrasingsLearned", split.learned());
        m.put("allAsked", Map.of("before", figures(was), "after", figures(is)));
        m.put("entriesThatLearned", Map.of(
                "before", figures(was.stream().filter(o -> learning.contains(o.golden())).toList()),
                "after", figures(is.stream().filter(o -> learning.contains(o.golden())).toList())));
        m.put("changed", changed(was, is));
        return m;
    }

    private static List<EvalOutcome> outcomes(SigapEvaluation sigap, List<GoldenQuestion> questions) {
        List<EvalOutcome> outcomes = new ArrayList<>();
        long n = 0;
        for (GoldenQuestion q : questions) {
            outcomes.add(sigap.run(q, n++));
        }
        return outcomes;
    }

    /** The questions whose outcome changed: right at rank 1 or answered wrongly, before and after. */
    private static Map<String, Object> changed(List<EvalOutcome> was, List<EvalOutcome> is) {
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> newlyWrong = new ArrayList<>();
        List<String> noLongerWrong = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            EvalOutcome a = was.get(i);
            EvalOutcome b = is.get(i);
            String line = a.golden().question() + " | expected " + a.golden().expected() + " | top before "
                    + first(a.ranking()) + " after " + first(b.ranking());
            if (!a.golden().expected().isEmpty() && a.rank() != 1 && b.rank() == 1) {
                gained.add(line);
            } else if (!a.golden().expected().isEmpty() && a.rank() == 1 && b.rank() != 1) {
                lost.add(line);
            }
            if (!a.answeredWrongly() && b.answeredWrongly()) {
                newlyWrong.add(line);
            } else if (a.answeredWrongly() && !b.answeredWrongly()) {
                noLongerWrong.add(line);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hitAt1Gained", gained);
        out.put("hitAt1Lost", lost);
        out.put("newlyAnsweredWrongly", newlyWrong);
        out.put("noLongerAnsweredWrongly", noLongerWrong);
        return out;
    }

    private static String first(List<String> ranking) {
        return ranking.isEmpty() ? "-" : ranking.getFirst();
    }

    private static Map<String, Object> figures(List<EvalOutcome> outcomes) {
        Map<String, Object> all = EvalMetrics.of(outcomes).asMap();
        Map<String, Object> keep = new LinkedHashMap<>();
        for (String key : List.of("questions", "hitAt1", "hitAt3", "answeredDirectly", "wrongAnswerRate", "choicesOffered",
                "resolvedWithinOneTap", "handoffPrecision", "handoffRecall")) {
            keep.put(key, all.get(key));
        }
        return keep;
    }
}
