package id.sigap.web;

import id.sigap.texts.Texts;

/** What a visitor of the web simulator reads when a request is refused (Indonesian). */
final class SimulatorTexts {

    static final String DISABLED = Texts.citizen("simulator.disabled");
    static final String TOO_MANY = Texts.citizen("simulator.too-many");
    static final String BUSY = Texts.citizen("simulator.busy");
    static final String BAD_REQUEST = Texts.citizen("simulator.bad-request");
    static final String TOO_LONG = Texts.citizen("simulator.too-long");

    private SimulatorTexts() {
    }
}
