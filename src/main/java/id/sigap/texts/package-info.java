/**
 * Every sentence citizens and officers read, from prompts/texts/*.yaml; a leaf. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.sigap.texts;
