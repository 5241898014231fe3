package id.sigap.retrieval;

/** Finds the approved entries that answer a citizen's question, with a calibrated confidence. */
public interface KnowledgeRetriever {

    RetrievalResult retrieve(String question);
}
