package id.sigap.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts a generated answer only when every statement in it is supported by the approved sources
 * retrieved for the question — never by the question itself. The rules, in order: it cites the
 * sources and nothing else; it has no letters of a foreign script; every address it gives is in the
 * sources; every number (digits or words) is in the sources; and every clause fits one passage of the
 * sources with the same negations, no reversed opposite and no added modality. The first rule broken
 * is the typed reason of the rejection; the caller then answers with the approved text itself.
 */
final class GroundingCheck {

    static final String DECLINED = "TIDAK_ADA_JAWABAN";

    private static final Pattern CITATION = Pattern.compile("\\[([a-z0-9][a-z0-9-]*)]");
    private static final Pattern CITATION_AND_SPACE = Pattern.compile("[ \\t]*\\[[a-z0-9][a-z0-9-]*]");
    private static final List<GroundingRule> RULES = List.of(new CitationRule(), new ForeignScriptRule(),
            new LinkRule(), new NumberRule(), new StatementRule());

    private GroundingCheck() {
    }

    /** The verdict: the answer as the citizen reads it and what it cites, or why it was rejected. */
    record Verdict(boolean grounded, String text, List<String> citedIds, GroundingRejection rejection) {
        static Verdict reject(GroundingRejection rejection) {
            return new Verdict(false, null, List.of(), rejection);
        }

        /** {@code reason-code:detail}; null when accepted. */
        String reason() {
            return rejection == null ? null : rejection.toString();
        }
    }

    static Verdict check(String answer, List<SourceText> sources) {
        String raw = answer == null ? "" : answer;
        Set<String> cited = new LinkedHashSet<>();
        Matcher citation = CITATION.matcher(raw);
        while (citation.find()) {
            cited.add(citation.group(1));
        }
        // Only the space before a citation goes with it: "x . xyz" must stay as the model wrote it.
        String withoutCitations = CITATION_AND_SPACE.matcher(raw).replaceAll("").replaceAll("[ \\t]{2,}", " ").strip();
        CandidateAnswer candidate = CandidateAnswer.read(raw, cited, withoutCitations);
        ApprovedSources approved = new ApprovedSources(sources);
        for (GroundingRule rule : RULES) {
            Optional<GroundingRejection> rejection = rule.check(candidate, approved);
            if (rejection.isPresent()) {
                return Verdict.reject(rejection.get());
            }
        }
        return new Verdict(true, candidate.visible(), new ArrayList<>(cited), null);
    }
}
