package id.sigap.knowledge;

import java.util.Optional;

/** Where instances sharing one Redis announce the knowledge-base version they serve. */
interface KnowledgeVersionBoard {

    /** A board for a single instance: announces nothing. */
    KnowledgeVersionBoard NONE = new KnowledgeVersionBoard() {
        @Override
        public void publish(String version) {
        }

        @Override
        public Optional<String> published() {
            return Optional.empty();
        }
    };

    void publish(String version);

    Optional<String> published();
}
