/**
 * Metrics and log format; a leaf. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.sigap.ops;
