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

    static final String TEST = "Sigap aktif dan siap menjawab. Silakan tulis pertanyaan Anda.";

    static final String GREETING_EN = """
            Hello! I am Sigap, the official information assistant of the Provincial Government's public relations \
            office. Please write your question, for example "where is the nearest evacuation post?".""";

    static final String THANKS_EN = "You are welcome. If you have another question, just write it.";

    static final String ACKNOWLEDGED_EN = "All right. If you have another question, just write it.";

    static final String TEST_EN = "Sigap is on and ready to answer. Please write your question.";

    static final String HANDOFF_EN = """
            Sorry, I have not found a definite official answer to your question. I have passed it on to the \
            public relations officers, who will continue this conversation as soon as they can. In a \
            life-threatening emergency, call 112.""";

    static final String HUMAN_REQUESTED_EN = """
            All right, your request to be served by an officer is noted. A public relations officer will \
            continue this conversation as soon as they can. In an emergency, call 112.""";

    /** Introduces an approved answer that exists only in Indonesian to a citizen who wrote in English. */
    static final String OFFICIAL_IN_INDONESIAN = "The official answer, in Indonesian:";

    static final String REPHRASE = """
            Maaf, pesan Anda belum bisa saya pahami. Boleh ditulis ulang sebagai pertanyaan, misalnya \
            "di mana posko pengungsian terdekat?"? Ketik /petugas bila ingin dilayani petugas.""";

    static final String REPHRASE_EN = """
            Sorry, I could not understand your message. Could you write it as a question, for example \
            "where is the nearest evacuation post?"? Type /petugas to be served by an officer.""";

    static final String CHOICES = "Saya belum yakin maksud Anda. Apakah maksud Anda:";

    static final String CHOICES_EN = "I am not sure what you mean. Did you mean:";

    static final String NONE_OF_THESE = "Bukan, hubungi petugas";

    static final String NONE_OF_THESE_EN = "None of these, contact an officer";

    static final String CHOICES_HINT = "Ketuk salah satu, atau ketik nomornya.";

    static final String CHOICES_HINT_EN = "Tap one, or type its number.";

    static final String CHOICE_EXPIRED = "Pilihan ini sudah tidak berlaku. Silakan tulis pertanyaan Anda lagi.";

    static final String FEEDBACK_UP = "👍 Membantu";

    static final String FEEDBACK_DOWN = "👎 Belum membantu";

    static final String FEEDBACK_UP_EN = "👍 Helpful";

    static final String FEEDBACK_DOWN_EN = "👎 Not helpful";

    /** The polite reply to a question outside the office's remit, and where such things are usually asked. */
    static String outsideRemit(OutsideRemit.Topic topic, Language language) {
        boolean en = language == Language.EN;
        String where = switch (topic) {
            case TRAVEL -> en ? "the airline, the railway or a ticketing service"
                    : "maskapai, operator kereta, atau layanan pemesanan tiket";
            case SPORTS -> en ? "sports news sites or the club's official channels"
                    : "situs berita olahraga atau kanal resmi klub";
            case RECIPE -> en ? "a cookery site or book" : "situs atau buku resep masakan";
            case GENERAL_KNOWLEDGE -> en ? "an encyclopaedia or a search engine" : "ensiklopedia atau mesin pencari";
            case PRIVATE_DISPUTE -> en
                    ? "the village or sub-district office for mediation, or a legal aid office (LBH)"
                    : "kantor desa/kelurahan untuk mediasi, atau lembaga bantuan hukum (LBH)";
            case ELECTION_RESULT -> en ? "the General Elections Commission (KPU) and its website"
                    : "Komisi Pemilihan Umum (KPU) dan situs resminya";
            case MARKET -> en ? "the stock exchange, a bank or the financial authority (OJK)"
                    : "bursa efek, bank, atau Otoritas Jasa Keuangan (OJK)";
        };
        return en
                ? "Sorry, that is outside what the Provincial Government's public relations office can answer. "
                        + "Such questions are usually asked at " + where + ". I can help with official "
                        + "information such as evacuation posts, aid, road closures and public services."
                : "Maaf, pertanyaan itu di luar wewenang Humas Pemerintah Provinsi. Hal seperti itu biasanya "
                        + "ditanyakan ke " + where + ". Saya dapat membantu soal informasi resmi seperti posko "
                        + "pengungsian, bantuan, penutupan jalan, dan layanan publik.";
    }
}
