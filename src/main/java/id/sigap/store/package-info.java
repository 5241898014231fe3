/**
 * Redis: embedded or external, outages. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.sigap.store;
