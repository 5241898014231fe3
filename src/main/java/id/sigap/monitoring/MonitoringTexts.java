package id.sigap.monitoring;

/** What officers and group members read from issue monitoring (Indonesian); logic classes hold no sentences. */
final class MonitoringTexts {

    static final String WATCH_ON = "📡 Pemberitahuan: grup ini kini dipantau oleh %s untuk memahami isu publik. "
            + "Pesan di grup dibaca otomatis, data pribadi (NIK, nomor telepon, e-mail) dihapus sebelum disimpan, "
            + "dan pengirim hanya dicatat dengan kode samaran. Petugas dapat menghentikannya dengan /pantau off.";
    static final String WATCH_OFF = "📡 Pemantauan grup ini dihentikan. Pesan berikutnya tidak lagi dibaca oleh Sigap.";
    static final String WATCH_ALREADY_ON = "Grup ini sudah dipantau. Hentikan dengan /pantau off.";
    static final String WATCH_ALREADY_OFF = "Grup ini tidak sedang dipantau. Mulai dengan /pantau on.";
    static final String WATCH_STATUS_ON = "Status: grup ini dipantau. /pantau off untuk menghentikan.";
    static final String WATCH_STATUS_OFF = "Status: grup ini tidak dipantau. /pantau on untuk memulai (hanya petugas).";
    static final String WATCH_NOT_STAFF = "Maaf, hanya petugas humas yang dapat mengatur pemantauan grup.";
    static final String WATCH_ONLY_GROUPS = "Perintah /pantau hanya berlaku di grup komunitas.";
    static final String OFFICE = "humas pemerintah daerah";

    static final String ALERT_TITLE_GROWTH = "📈 Isu naik cepat: %s";
    static final String ALERT_TITLE_NEGATIVE = "⚠️ Isu bernada negatif: %s";
    static final String ALERT_BODY = "%d item dalam %s terakhir (biasanya sekitar %.1f). Negatif + berpotensi negatif: %d%%.\n"
            + "Perkiraan %s ke depan bila laju bertahan: %d–%d item (interval 90%%, hanya dari laju sekarang).";
    static final String ALERT_EXAMPLES = "Contoh:";
    static final String ALERT_ENTRIES = "Entri basis pengetahuan terdekat:";
    static final String ALERT_NO_ENTRY = "Belum ada entri yang cocok: pertimbangkan klarifikasi atau entri baru.";
    static final String ALERT_COORDINATED = "Ada tanda aktivitas terkoordinasi (bukan kesimpulan tentang seseorang): %s";

    static final String BRIEF_MESSAGE_TITLE = "🗞️ Ringkasan pagi %s";
    static final String BRIEF_NO_ITEMS = "Tidak ada item pemantauan kemarin.";

    private MonitoringTexts() {
    }
}
