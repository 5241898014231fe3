package id.sigap.conversation;

import id.sigap.texts.Texts;

/** Keys of what the bot says; the texts are in texts/warga.yaml under the prompts directory. */
final class AnswerTexts {

    private AnswerTexts() {
    }

    static final String HANDOFF = Texts.citizen("answer.handoff");

    static final String HUMAN_REQUESTED = Texts.citizen("answer.human-requested");

    static final String MORE_AT_SOURCE = Texts.citizen("answer.more-at-source");

    static final String GREETING = Texts.citizen("answer.greeting");

    static final String SALAM = Texts.citizen("answer.salam");

    static final String THANKS = Texts.citizen("answer.thanks");

    static final String ACKNOWLEDGED = Texts.citizen("answer.acknowledged");

    static final String TEST = Texts.citizen("answer.test");
}
