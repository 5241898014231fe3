package id.sigap.monitoring;

import id.sigap.texts.Texts;

/** Advice sentences of the daily brief ; the texts are in texts/petugas.yaml; the page's own labels live in its template. */
final class BriefTexts {

    static final String ADVICE_CLARIFY = Texts.officer("brief.advice-clarify");
    static final String ADVICE_NEW_ENTRY = Texts.officer("brief.advice-new-entry");
    static final String ADVICE_FINISH_DRAFT = Texts.officer("brief.advice-finish-draft");
    static final String ADVICE_COORDINATED = Texts.officer("brief.advice-coordinated");

    private BriefTexts() {
    }
}
