/**
 * Listens to events: records every turn, the report, issue alerts on own conversations. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"broadcast", "conversation", "handoff", "privacy", "store", "texts"})
package id.sigap.transcript;
