package id.sigap.cli;

/** What the {@code chat} verb itself prints around the bot's replies (the replies come from the pipeline). */
final class ChatTexts {

    static final String READY = "Sigap siap. Tulis pertanyaan Anda (Ctrl-D untuk keluar).";
    static final String PROMPT = "> ";
    static final String HANDED_OFF = "(pesan diteruskan ke petugas humas)";
    /** Printed between two turns so that one turn's replies are told apart from the next. */
    static final String TURN_SEPARATOR = "────────────────────────────────────────";
    static final String NEW_CONVERSATION = "(percakapan baru, nomor %d; lanjutkan nanti dengan: chat --continue)";
    static final String CONTINUED = "(melanjutkan percakapan nomor %d)";

    private ChatTexts() {
    }
}
