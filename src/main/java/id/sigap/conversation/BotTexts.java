package id.sigap.conversation;

/** The fixed things the bot says, in Indonesian. Kept together so that the office can review them. */
final class BotTexts {

    private BotTexts() {
    }

    static final String START = """
            Halo%s! Saya Sigap, asisten informasi resmi Humas Pemerintah Provinsi.

            Saya menjawab pertanyaan tentang informasi resmi, misalnya posko pengungsian, bantuan, \
            penutupan jalan, layanan KTP/KK, dan kanal pengaduan. Setiap jawaban saya ambil dari \
            basis pengetahuan yang sudah disetujui dan saya sertakan sumbernya.

            Jika saya ragu, atau Anda ingin bicara dengan petugas, percakapan ini saya teruskan ke \
            petugas humas. Ketik /petugas kapan saja.

            Dalam keadaan darurat yang mengancam nyawa, hubungi 112.

            Privasi: pesan Anda dicatat untuk meningkatkan layanan, tanpa NIK, nomor telepon, atau \
            e-mail (data itu kami samarkan). Ketik /privasi untuk rinciannya dan /hapus untuk menghapus data Anda.""";

    static final String HELP = """
            Cara memakai Sigap:
            • Tulis pertanyaan Anda seperti biasa, misalnya "posko pengungsian terdekat di mana?"
            • /petugas — minta dilayani petugas humas
            • /langganan — terima kabar resmi (banjir, gangguan, klarifikasi hoaks) untuk wilayah Anda
            • /berhenti — berhenti menerima kabar resmi
            • /privasi — cara kami memperlakukan data Anda
            • /hapus — hapus data percakapan Anda
            • /help — bantuan ini

            Darurat yang mengancam nyawa: hubungi 112.""";

    static final String PRIVACY = """
            Privasi data Anda:
            • Kami mencatat percakapan untuk menjawab Anda dan memperbaiki layanan.
            • NIK, nomor KK, nomor telepon, e-mail, dan nomor kartu disamarkan sebelum disimpan.
            • Catatan disimpan paling lama 365 hari, lalu dihapus otomatis.
            • Ketik /hapus kapan saja untuk menghapus seluruh data percakapan Anda.""";

    static final String DELETED = "Data percakapan Anda sudah kami hapus. Anda tetap dapat bertanya kapan saja.";

    /** After DELETED, when other servers of the office still have to delete their own copies. */
    static final String DELETED_ELSEWHERE_SOON = "Salinan di server kami yang lain terhapus otomatis dalam beberapa detik.";

    static final String DELETION_PENDING = """
            Permintaan penghapusan Anda sudah kami catat, tetapi sebagian data (%s) belum berhasil dihapus.             Kami terus mencoba otomatis sampai selesai; Anda tidak perlu mengirim /hapus lagi.""";

    static final String DELETION_NOT_RECORDED = """
            Maaf, permintaan penghapusan belum dapat kami catat karena gangguan sistem, jadi belum ada data             yang dihapus. Silakan kirim /hapus lagi beberapa menit lagi.""";

    static final String HUMAN_REQUESTED = """
            Baik, permintaan Anda untuk dilayani petugas sudah kami catat. Petugas humas akan \
            melanjutkan percakapan ini secepatnya. Dalam keadaan darurat, hubungi 112.""";

    static final String NOT_YET_ABLE = """
            Mohon maaf, saat ini saya belum dapat menjawab pertanyaan tersebut. \
            Ketik /petugas untuk diteruskan ke petugas humas. Dalam keadaan darurat, hubungi 112.""";

    static final String UNKNOWN_COMMAND = "Perintah itu tidak saya kenal. Ketik /help untuk melihat yang bisa saya lakukan.";

    static final String EMPTY = "Pesan Anda kosong. Silakan tulis pertanyaan Anda.";

    static final String TOO_LONG = "Pesan Anda sangat panjang; saya membaca %d karakter pertamanya.";

    static final String STICKER = "Terima kasih stikernya! Saya hanya bisa membaca teks. Silakan tulis pertanyaan Anda.";

    static final String MEDIA = """
            Saya belum bisa membaca %s. Silakan tuliskan pertanyaan Anda dalam bentuk teks, \
            atau ketik /petugas agar petugas humas melihatnya.""";

    static final String LOCATION = """
            Terima kasih, lokasi Anda sudah saya terima. Saya belum bisa mencari posko berdasarkan lokasi; \
            tuliskan nama kecamatan atau kelurahan Anda. Dalam keadaan darurat, hubungi 112.""";

    static final String EDITED = "Saya melihat pesan Anda diubah. Agar tidak terlewat, kirimkan pertanyaan yang baru sebagai pesan baru.";

    static final String UNKNOWN_BUTTON = "Tombol ini sudah tidak berlaku.";
}
