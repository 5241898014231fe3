/**
 * Indonesian BM25 (Lucene) and embeddings as LangChain4j content retrievers, fusion, confidence. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"knowledge", "privacy", "texts"})
package id.sigap.retrieval;
