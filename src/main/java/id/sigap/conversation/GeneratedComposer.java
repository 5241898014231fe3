package id.sigap.conversation;

import id.sigap.llm.GeneratedAnswer;
import id.sigap.llm.GroundedAnswerWriter;
import id.sigap.llm.SourceText;
import id.sigap.ops.SigapMetrics;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;
import id.sigap.privacy.Redactor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * With an LLM configured: a short answer written from the top retrieved entries only, kept when the
 * grounding check accepts it; otherwise empty, and the extractive composer answers. Personal data is
 * redacted before anything is sent to the model.
 */
@Component
@Order(0)
class GeneratedComposer implements AnswerComposer {

    static final int SOURCES = 3;

    /** Null without OPENAI_API_KEY: then this composer always declines. */
    private final GroundedAnswerWriter writer;
    private final SigapMetrics metrics;

    GeneratedComposer(ObjectProvider<GroundedAnswerWriter> writer, ObjectProvider<SigapMetrics> metrics) {
        this.writer = writer.getIfAvailable();
        this.metrics = metrics.getIfAvailable();
    }

    @Override
    public Optional<Reply> compose(String question, RetrievalResult result) {
        return compose(question, result, new java.util.ArrayList<>());
    }

    /** Adds {@code generated-rejected:<rule>} to the reasons when the grounding check refused the answer. */
    @Override
    public Optional<Reply> compose(String question, RetrievalResult result, List<String> reasons) {
        if (writer == null) {
            return Optional.empty();
        }
        List<RetrievalHit> hits = result.hits().stream().limit(SOURCES).toList();
        List<SourceText> sources = hits.stream()
                .map(h -> new SourceText(h.entryId(), h.title(), h.text(), h.sourceUrl())).toList();
        GroundedAnswerWriter.Attempt attempt = writer.write(Redactor.redact(question), sources, List.of());
        if (attempt.failure() != null && metrics != null) {
            // llm-error:<exception> when the server failed, ungrounded:<why> when the answer was rejected.
            metrics.llmError(attempt.failure().substring(0, attempt.failure().indexOf(':') < 0
                    ? attempt.failure().length() : attempt.failure().indexOf(':')));
        }
        if (attempt.rejection() != null) {
            reasons.add("generated-rejected:" + attempt.rejection().reason().code());
        }
        return attempt.answer().map(answer -> reply(answer, hits));
    }

    private static Reply reply(GeneratedAnswer answer, List<RetrievalHit> hits) {
        String source = hits.stream().filter(h -> h.entryId().equals(answer.citedIds().getFirst()))
                .map(RetrievalHit::sourceUrl).findFirst().orElse(null);
        return new Reply(null, answer.text(), source, List.of());
    }

    @Override
    public String mode() {
        return "generated";
    }

    @Override
    public String model() {
        return writer == null ? null : writer.model();
    }
}
