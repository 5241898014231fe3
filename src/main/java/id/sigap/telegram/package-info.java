/**
 * Adapter only: updates in, replies out; durable per-chat queues, fenced leases, rate limits. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"broadcast", "conversation", "handoff", "ops", "privacy", "store", "texts"})
package id.sigap.telegram;
