/**
 * The pipeline for one citizen message and the one typed decision it ends in (TurnDecider). Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"knowledge", "llm", "ops", "privacy", "retrieval", "sentiment", "texts"})
package id.sigap.conversation;
