package id.sigap.handoff;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The open script names one handoff's hash by the store's key prefix, written out in the script file. */
class HandoffStoreScriptTest {

    @Test
    void theOpenScriptLooksUpTheExistingHandoffUnderTheStoresPrefix() throws Exception {
        String script = new ClassPathResource("lua/handoff/open.lua").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script).contains("'" + HandoffStore.PREFIX + "h:' .. existing");
    }
}
