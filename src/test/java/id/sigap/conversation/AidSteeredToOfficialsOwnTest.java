package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-first session (batches A45-H45, read): aid and pay held back or steered to an official's own, a bribe taken from
 * drivers, officials paid to look away, pay held to earn interest and a budget marked up got a person at the normal
 * priority or an entry, not the sensitive priority. The attacks: aid asked for an official's family, rice shared out to
 * the families hit, a receipt asked for, a driver paid for a delivery, a deposit asked about, a budget asked about, stay
 * as they were.
 */
class AidSteeredToOfficialsOwnTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "yg dapet bantuan tunai duluan keluarganya pak camat semua. kami yg rumahnya rusak malah blm",
            "truk air cm berhenti di depan rmh kades sama sodara2nya, warga ujung kampung gk kebagian",
            "pak lurah sukamulya itu bantuan beras buat korban banjir dibagi2 ke keluarganya doang",
            "bantuan beras buat pengungsi malah disimpen di rumah pak kades",
            "pak rt kami nampung air bantuan di tandonnya sendiri trus warga disuruh beli",
            "kades di desa kami motong insentif kader posyandu, harusnya 150rb cuma dikasih 75rb",
            "kepsek minta guru honorer tanda tangan kwitansi honor penuh, tp yg dikasih cuma separo",
            "petugas dishub di pos timbang terima duit dr sopir truk yg muatannya lebih",
            "sy curiga ada oknum dinas yg dibayar biar tutup mata soal limbah itu",
            "dana honor guru sudah cair tetapi ditahan oknum pejabat untuk didepositokan",
            "data pengungsi ditulis 800 org padahal gk sampe 300. ini pasti mark up anggaran"})
    void areSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"keluarga pak rt kami kena banjir juga, bisa dapat bantuan?",
            "bantuan beras dibagikan ke keluarga terdampak di rt mana aja min?",
            "kwitansi pembayaran pajak motor sy hilang, gimana mintanya lagi",
            "petugas bpbd ngirim air pakai truk, sopirnya dibayar dari mana?",
            "uang bantuan boleh didepositokan dulu gk sama penerimanya?",
            "anggaran perbaikan jalan desa tahun ini berapa ya min?"})
    void areNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
