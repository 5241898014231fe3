package id.sigap.llm;

import java.util.Optional;

/** One condition a generated answer must meet to reach a citizen; empty when it does. */
interface GroundingRule {

    Optional<GroundingRejection> check(CandidateAnswer answer, ApprovedSources sources);
}
