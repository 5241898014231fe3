/**
 * Entry point: the command-line verbs and the jar's main class; thin adapters over the features. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"conversation", "knowledge", "monitoring", "phrasing", "privacy", "retrieval", "sentiment", "store", "texts", "transcript"})
package id.sigap.cli;
