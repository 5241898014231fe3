package id.sigap.conversation;

import id.sigap.retrieval.RetrievalResult;

import java.util.List;
import java.util.Optional;

/**
 * Writes the reply for a question that retrieval answered confidently. The extractive composer
 * (the approved text itself) always answers and comes last; a generated-answer composer placed before
 * it (with {@code @Order}) returns empty whenever its answer is not grounded in the retrieved entries,
 * and the next composer answers instead.
 */
public interface AnswerComposer {

    Optional<Reply> compose(String question, RetrievalResult result);

    /**
     * As {@link #compose(String, RetrievalResult)}; a composer that declines may add why to the turn's
     * {@code reasons} (recorded with the transcript).
     */
    default Optional<Reply> compose(String question, RetrievalResult result, List<String> reasons) {
        return compose(question, result);
    }

    /** Recorded with the turn: {@code extractive} or {@code generated}. */
    default String mode() {
        return "extractive";
    }

    /** The model that wrote the answer, when one did. */
    default String model() {
        return null;
    }
}
