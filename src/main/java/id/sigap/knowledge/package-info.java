/**
 * The approved knowledge base: load, validate (SnakeYAML Engine), versions, Markdown. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"store", "texts"})
package id.sigap.knowledge;
