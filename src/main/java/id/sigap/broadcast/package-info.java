/**
 * Crisis broadcasts: subscriptions per area, four-eyes updates, delivery at Telegram's limits. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "conversation", "handoff", "knowledge", "notice", "ops", "privacy", "store", "texts"})
package id.sigap.broadcast;
