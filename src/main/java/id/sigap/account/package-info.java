/**
 * Console accounts and roles. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "store", "texts"})
package id.sigap.account;
