/**
 * Issue monitoring beyond the bot: feeds, public channels, topics, alerts, daily brief. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"broadcast", "conversation", "editorial", "handoff", "knowledge", "privacy", "retrieval", "sentiment", "store", "texts", "transcript"})
package id.sigap.monitoring;
