package id.sigap.conversation;

/** What the answering step says, in Indonesian, kept together for the office to review. */
final class AnswerTexts {

    private AnswerTexts() {
    }

    static final String HANDOFF = """
            Mohon maaf, saya belum menemukan jawaban resmi yang pasti untuk pertanyaan Anda. \
            Pertanyaan Anda sudah saya teruskan ke petugas humas, yang akan melanjutkan percakapan ini \
            secepatnya. Dalam keadaan darurat yang mengancam nyawa, hubungi 112.""";

    static final String HUMAN_REQUESTED = """
            Baik, permintaan Anda untuk dilayani petugas sudah kami catat. Petugas humas akan \
            melanjutkan percakapan ini secepatnya. Dalam keadaan darurat, hubungi 112.""";

    static final String MORE_AT_SOURCE = "(Ringkasan; keterangan lengkap ada di tautan sumber.)";

    static final String GREETING = """
            Halo! Saya Sigap, asisten informasi resmi Humas Pemerintah Provinsi. \
            Silakan tulis pertanyaan Anda, misalnya "posko pengungsian terdekat di mana?".""";

    static final String SALAM = """
            Waalaikumsalam warahmatullahi wabarakatuh. Saya Sigap, asisten informasi resmi Humas \
            Pemerintah Provinsi. Silakan tulis pertanyaan Anda.""";

    static final String THANKS = "Sama-sama. Semoga membantu. Jika ada pertanyaan lain, silakan tulis saja.";

    static final String ACKNOWLEDGED = "Baik. Jika ada pertanyaan lain, silakan tulis saja.";

    static final String TEST = "Sigap aktif dan siap menjawab. Silakan tulis pertanyaan Anda.";
}
