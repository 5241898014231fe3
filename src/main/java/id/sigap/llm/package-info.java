/**
 * Optional generated answers through LangChain4j, and the grounding check that guards them. Allowed dependencies are checked by ModularityTest (docs/modules.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"texts"})
package id.sigap.llm;
