package id.sigap.knowledge;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Readiness: Sigap is ready to answer only once a knowledge base with at least one servable entry is
 * loaded. Problems in some files do not make it unready (those files are skipped), but are shown.
 */
@Component("knowledgeBase")
class KnowledgeBaseHealth implements HealthIndicator {

    private final LiveKnowledgeBase knowledge;

    KnowledgeBaseHealth(LiveKnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        KnowledgeBase kb = knowledge.current();
        long servable = kb.entries().stream().filter(e -> e.servableOn(LocalDate.now())).count();
        Health.Builder health = servable > 0 ? Health.up() : Health.outOfService();
        return health.withDetail("version", kb.version())
                .withDetail("servableEntries", servable)
                .withDetail("files", kb.files())
                .withDetail("problems", kb.problems().size())
                .build();
    }
}
