package id.sigap.broadcast;

import java.util.List;
import java.util.stream.Collectors;

/** What subscribers and staff read about updates, in Indonesian, kept together for review. */
final class BroadcastTexts {

    private BroadcastTexts() {
    }

    static final String FOOTER = "Balas pesan ini bila ada pertanyaan. Ketik /berhenti untuk berhenti berlangganan.";

    static final String CHOOSE = """
            Pilih wilayah yang kabar resminya ingin Anda terima (banjir, gangguan layanan, klarifikasi hoaks). \
            Tekan nama wilayah untuk berlangganan atau membatalkannya, lalu tekan Selesai.

            Kami hanya mengirim kabar resmi dari Humas, tidak lebih dari yang perlu.""";

    static final String PRIVATE_ONLY = "Langganan kabar resmi diatur lewat chat pribadi dengan bot ini: buka chat dengan saya, lalu ketik /langganan.";

    static final String ONLY_TELEGRAM = "Langganan kabar resmi hanya tersedia lewat Telegram.";

    static final String STOPPED = """
            Anda sudah berhenti berlangganan kabar resmi. Kami tidak akan mengirimi Anda kabar lagi. \
            Ketik /langganan kapan saja untuk berlangganan kembali.""";

    static final String NOT_SUBSCRIBED = "Anda memang tidak sedang berlangganan kabar resmi. Ketik /langganan untuk berlangganan.";

    static final String NONE_CHOSEN = "Anda belum memilih wilayah, jadi tidak berlangganan apa pun. Ketik /langganan untuk memilih.";

    static final String DONE_BUTTON = "Selesai";

    static String confirmed(List<String> areaNames) {
        return "Terima kasih. Anda berlangganan kabar resmi untuk: " + String.join(", ", areaNames)
                + ".\nKetik /berhenti kapan saja untuk berhenti, atau /langganan untuk mengubah wilayah.";
    }

    static String toggled(boolean subscribed, String areaName) {
        return subscribed ? "✅ Berlangganan: " + areaName : "Dibatalkan: " + areaName;
    }

    static String title(Broadcast b, Areas areas) {
        return "📢 Kabar resmi · " + areaNames(b, areas);
    }

    static String noticeTitle(Broadcast b) {
        return "📢 Kabar resmi terbaru";
    }

    static String areaNames(Broadcast b, Areas areas) {
        return b.areas().stream().map(areas::nameOf).collect(Collectors.joining(", "));
    }

    static final String URGENT_USAGE = """
            Format: /siaran <wilayah> <teks>
            Wilayah: kode dipisah koma tanpa spasi (mis. kota-sangkara,kota-batu-sari) atau "semua".
            Siaran darurat dikirim oleh satu penyetuju tanpa pemeriksaan kedua; gunakan hanya bila mendesak.""";

    static final String NOT_APPROVER = "Hanya penyetuju siaran yang dapat mengirim siaran darurat.";
}
