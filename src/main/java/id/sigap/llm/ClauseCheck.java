package id.sigap.llm;

import java.util.List;
import java.util.Optional;

/** One condition a clause of the answer must meet within one passage of the sources. */
interface ClauseCheck {

    Optional<GroundingRejection> check(List<GroundingText.Token> clause, Passage passage, ApprovedSources sources);
}
