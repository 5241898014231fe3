/**
 * The durable queue for staff: claim, reply, return, SLA, staff-group relay. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"conversation", "knowledge", "ops", "privacy", "sentiment", "store", "texts"})
package id.sigap.handoff;
