package id.sigap.knowledge;

/**
 * Told about each newly loaded knowledge base before it becomes current. The retrieval index builds
 * its snapshot here, so that once {@link LiveKnowledgeBase#reload} returns, queries see the new version.
 */
public interface KnowledgeBaseListener {

    void knowledgeBaseLoaded(KnowledgeBase knowledgeBase);
}
