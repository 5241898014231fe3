package id.sigap.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's off switch: with {@code SIGAP_SIMULATOR_ENABLED=false} nothing of the simulator runs. */
class SimulatorSwitchTest {

    @Test
    void aSwitchedOffSimulatorAnswers503AndTouchesNothing() {
        // No pipeline, handoffs, sessions or counters at all: a call reaching any of them would fail.
        SimulatorController off = new SimulatorController(null, null, null, null,
                new SimulatorSettings(false, null, null, null, null));
        var sent = off.send(new SimulatorController.SimulatorMessage(null, "/petugas"), null,
                new MockHttpServletRequest(), new MockHttpServletResponse());
        assertThat(sent.getStatusCode().value()).isEqualTo(503);
        assertThat(sent.getBody()).hasToString("Problem[error=" + SimulatorTexts.DISABLED + "]");
        assertThat(off.staffMessages("AAAAAAAAAAAAAAAAAAAAAA").getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void theSimulatorIsOnUnlessSwitchedOff() {
        assertThat(new SimulatorSettings(null, null, null, null, null).enabled()).isTrue();
    }
}
