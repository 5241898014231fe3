package id.sigap.web;

/** What a visitor of the web simulator reads when a request is refused (Indonesian). */
final class SimulatorTexts {

    static final String DISABLED = "Simulator sedang dimatikan oleh operator. Silakan hubungi kami melalui Telegram.";
    static final String TOO_MANY = "Terlalu banyak pesan dalam waktu singkat. Coba lagi dalam %d detik.";
    static final String BUSY = "Simulator sedang ramai. Coba lagi dalam %d detik.";
    static final String BAD_REQUEST = "Kirim JSON {\"text\": \"...\"}.";
    static final String TOO_LONG = "Pesan terlalu panjang (maksimal %d karakter).";

    private SimulatorTexts() {
    }
}
