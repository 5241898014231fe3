package id.sigap.conversation;

import id.sigap.retrieval.IndonesianAnalysis;
import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.knowledge.Markdown;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers with the approved text of the best entry, its title and its source. A long text is cut to
 * its opening paragraph plus the paragraphs that share the most words with the question, in their
 * original order, so the citizen reads the relevant part and follows the source for the rest.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ExtractiveComposer implements AnswerComposer {

    static final int LONG = 900;

    @Override
    public Optional<Reply> compose(String question, RetrievalResult result) {
        return result.top().map(hit -> new Reply(hit.title(), excerpt(question, hit), hit.sourceUrl(), List.of()));
    }

    static String excerpt(String question, RetrievalHit hit) {
        String text = Markdown.plain(EnglishVersion.indonesian(hit.text()));
        if (text.length() <= LONG) {
            return text;
        }
        String[] paragraphs = text.split("\\n\\s*\\n");
        Set<String> asked = new HashSet<>(IndonesianAnalysis.terms(IndonesianNormalizer.normalize(question)));
        double[] score = new double[paragraphs.length];
        for (int i = 0; i < paragraphs.length; i++) {
            for (String term : new HashSet<>(IndonesianAnalysis.terms(IndonesianNormalizer.normalize(paragraphs[i])))) {
                if (asked.contains(term)) {
                    score[i]++;
                }
            }
        }
        boolean[] keep = new boolean[paragraphs.length];
        keep[0] = true;
        int length = paragraphs[0].length();
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < paragraphs.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(score[b], score[a]));
        for (int i : order) {
            if (score[i] > 0 && length + paragraphs[i].length() <= LONG) {
                keep[i] = true;
                length += paragraphs[i].length();
            }
        }
        StringBuilder out = new StringBuilder();
        boolean cut = false;
        for (int i = 0; i < paragraphs.length; i++) {
            if (keep[i]) {
                out.append(paragraphs[i].strip()).append("\n\n");
            } else {
                cut = true;
            }
        }
        if (cut) {
            out.append(AnswerTexts.MORE_AT_SOURCE);
        }
        return out.toString().strip();
    }
}
