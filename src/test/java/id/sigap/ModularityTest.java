package id.sigap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules (one a top-level package) have no cycle, and each uses only the modules its
 * package-info allows. Also writes the module diagrams (PlantUML) to target/spring-modulith-docs;
 * docs/modules.md shows them.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SigapApplication.class);

    @Test
    void modulesHaveNoCycleAndUseOnlyWhatTheyAllow() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
