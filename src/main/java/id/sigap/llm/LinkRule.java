package id.sigap.llm;

import java.util.Optional;

/**
 * Every link, domain, e-mail address and handle is one the sources give: a web address must have a
 * source's host, and a source's path when it names one; "t.me/x", "@x" and "x@y" must be there as
 * written.
 */
final class LinkRule implements GroundingRule {

    @Override
    public Optional<GroundingRejection> check(CandidateAnswer answer, ApprovedSources sources) {
        for (Links.Link link : answer.links()) {
            boolean supported = sources.links().stream().anyMatch(s -> s.kind() == link.kind()
                    && s.host().equals(link.host()) && (link.path().isEmpty() || s.path().equals(link.path())));
            if (!supported) {
                return Optional.of(GroundingRejection.of(GroundingRejection.Reason.UNSUPPORTED_LINK, link.toString()));
            }
        }
        return Optional.empty();
    }
}
