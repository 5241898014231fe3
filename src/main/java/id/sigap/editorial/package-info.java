/**
 * Drafts, four-eyes approval and versions of knowledge-base entries. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "conversation", "knowledge", "retrieval", "store", "texts"})
package id.sigap.editorial;
