/**
 * Crisis notices repeated on answers about a topic. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "conversation", "knowledge", "store", "texts"})
package id.sigap.notice;
