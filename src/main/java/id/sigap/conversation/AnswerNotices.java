package id.sigap.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A notice to put before an answer, such as an official statement on an active crisis
 * (the console's crisis notices implement it). Kept as a seam here so the pipeline does not depend on
 * who publishes notices.
 */
public interface AnswerNotices {

    /**
     * @param question the citizen's question
     * @param entryIds the knowledge-base entries the answer came from
     */
    Optional<Reply> noticeFor(String question, List<String> entryIds);
}
