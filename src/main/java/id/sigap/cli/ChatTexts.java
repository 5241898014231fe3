package id.sigap.cli;

import id.sigap.texts.Texts;

/** What the {@code chat} verb itself prints around the bot's replies (the replies come from the pipeline). */
final class ChatTexts {

    static final String READY = Texts.citizen("chat.ready");
    static final String PROMPT = "> ";
    static final String HANDED_OFF = Texts.citizen("chat.handed-off");
    /** Printed between two turns so that one turn's replies are told apart from the next. */
    static final String TURN_SEPARATOR = "────────────────────────────────────────";
    static final String NEW_CONVERSATION = Texts.citizen("chat.new-conversation");
    static final String CONTINUED = Texts.citizen("chat.continued");

    private ChatTexts() {
    }
}
