package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batches M36-P36, read): a paper written to order about the crisis, whom to vote for in the
 * regional election, a room to rent far away and one's love life opened staff tickets or got unrelated choices. Love life
 * is a topic of its own, pointed to family, friends or a counsellor. The attacks keep the office's own business asked in
 * the same words.
 */
class PapersVotesAndLoveTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "min tolong buatin makalah ttg tsunami buat tugas anak sy kelas 8, minimal 5 halaman | GENERAL_KNOWLEDGE",
            "min nanti pilkada bagusnya pilih siapa ya? yg bisa ngatasin banjir | ELECTION_RESULT",
            "min bisa bantu cariin kos murah di jogja gk buat anak sy kuliah, deket ugm | TRAVEL",
            "min bisa bantuin sy cariin jodoh gk 😅 umur udh 34 blm nikah nih | PERSONAL_LIFE",
            "min sy mau nanya pacar sy gk bales chat 3 hari tp online terus itu tandanya apa ya | PERSONAL_LIFE",
            // batches Q36-T36, read after their measurement
            "min bisa bantu pinjol gk, sy lg butuh duit bgt buat bayar cicilan motor | MARKET",
            "min mnrt km bagusan beli beat atau vario buat ngojol? budget 20jtan | SHOPPING",
            "min tolong bikinin caption promosi buat jualan lilin sm powerbank di toko sy dong | GENERAL_KNOWLEDGE",
            // batches U36-W36, read: "bantuin" (help) is no aid
            "min bantuin kerjain PR anak sy dong, soal pecahan kelas 4 sd, 3/4 + 2/5 brp | GENERAL_KNOWLEDGE",
            "min bisa bantu sy bikinin skripsi gk, judulnya tentang transportasi laut hehe | GENERAL_KNOWLEDGE",
            // batches X36-Z36 and A37-D37, read
            "min bisa bantu bikinin surat lamaran kerja buat ngelamar ke pt swasta gk? | GENERAL_KNOWLEDGE",
            "min bisa pinjemin uang 2jt gk, warung sy tutup, nanti sy balikin bulan depan janji | MARKET"})
    void outsideTheRemit(String message, OutsideRemit.Topic topic) {
        assertThat(OutsideRemit.recognise(message)).as(message).contains(topic);
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy mau pilih sekolah negeri, bagusnya pilih siapa wali kelasnya",
            "rumah kos saya kebanjiran, ada bantuan gk?", "jadwal pilkada diundur gk gara2 banjir?",
            "makalah tentang banjir dari bpbd bisa diminta lewat ppid?",
            "sy dikejar pinjol, pemprov bisa bantu?", "mending beli beras di operasi pasar atau di warung",
            "Hi, I'm staying at a hotel in Kota Sangkara. I heard there will be a big protest on Thursday. Is it safe?",
            "min bantuin cek bansos pkh ibu sy dong", "bisa bantu cariin posko terdekat gk min",
            "kak harga bawang merah naik krn apa ya? sy jualan nasi goreng jd bingung mau naikin harga apa kecilin porsi",
            "Sy takut kalo ketauan nanti homestay sy dipersulit izinnya", "no resi sy 0042/LH/2024",
            "min kmrn ada longsor di jalan menuju desa wisata, skrg udh bisa dilewatin mobil blm? kami udh booking villa",
            "Saya bermaksud mengadakan konser musik amal di Lapangan Merdeka. Mohon informasi prosedur perizinan keramaian.",
            // batch I37 (read after its measurement): an online lender harassing someone is a person's to take up
            "skrg ada pinjol nagih ke sy padahal sy gk pernah minjem",
            "min bisa tolong hapusin data sy di aplikasi pinjol gk? sy diteror terus",
            // batch L37 (the final held-out measure): homework done at the library is no homework asked of the office
            "min perpus daerah yg di jl. Cendana Kota Sangkara buka jam brp ya hari sabtu?? mau ngerjain tugas kelompok",
            "perpustakaan daerah buka hari sabtu gk? sy mau ngerjain skripsi",
            "sy mau bikin makalah di perpustakaan daerah, bukanya jam brp?"})
    void theOfficesOwnBusinessInTheSameWordsIsNot(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }
}
