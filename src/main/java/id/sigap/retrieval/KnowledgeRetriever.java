package id.sigap.retrieval;

/** Finds the approved entries that answer a citizen's question, with a calibrated confidence. */
public interface KnowledgeRetriever {

    RetrievalResult retrieve(String question);

    /**
     * Whether a result found for {@code question} read together with an earlier question (a follow-up) still
     * answers what the question itself names; a retriever that cannot tell keeps every such result.
     */
    default boolean keepsTopic(String question, RetrievalResult inContext) {
        return true;
    }
}
