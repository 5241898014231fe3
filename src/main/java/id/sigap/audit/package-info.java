/**
 * The audit log of console actions (redacted). Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"privacy", "store", "texts"})
package id.sigap.audit;
