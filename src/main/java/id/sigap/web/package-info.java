/**
 * Entry point: the console and the web simulator; thin adapters over the features' public faces. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "broadcast", "conversation", "editorial", "gaps", "handoff", "knowledge", "monitoring", "notice", "phrasing", "privacy", "store", "texts", "transcript"})
package id.sigap.web;
