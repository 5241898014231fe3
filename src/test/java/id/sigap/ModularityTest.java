package id.sigap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void printsModules() {
        ApplicationModules modules = ApplicationModules.of(SigapApplication.class);
        modules.forEach(System.out::println);
        modules.verify();
    }
}
