package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question told together with a worry, through the answerer and the real retrieval over the sample knowledge base:
 * the worry's words made the whole message unsure; the question read alone answers it.
 */
class QuestionPartsPipelineTest {

    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
    }

    private static ConversationResult answer(String text) {
        return new KnowledgeAnswerer(retriever, List.of(new ExtractiveComposer()), RecentQuestions.NONE)
                .answer(IncomingMessage.text("test", 1, 42, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "perpustakaan daerah buka hari sabtu gak min? anak saya lagi sakit dan saya khawatir banget ga sempet balikin buku | layanan-perpustakaan-daerah",
            "min beasiswa mahasiswa berprestasi dr pemprov thn ini udh buka blm? anak sy smt 3, IPK nya bagus tp sy lg susah bayar UKT sejak suami sakit | layanan-beasiswa-tirta-raya",
            "pajak kendaraan ada pemutihan denda gk bulan ini? motor sy telat 2 thn 🙏 | layanan-pemutihan-pajak-kendaraan",
            // without any sentence mark: the question is the message's last words
            "kemarin sore hujan deras terus motor saya mogok di jalan pas pulang kerja anak saya rewel dirumah jadi saya mau tanya jadwal imunisasi bayi bulan ini kapan | layanan-jadwal-imunisasi",
            "pak saya ini sudah tua kerja di sawah anak saya merantau ke kalimantan belum pulang pulang jam buka perpustakaan daerah hari sabtu sampai jam berapa | layanan-perpustakaan-daerah"})
    void aQuestionToldWithAWorryIsAnsweredFromTheQuestion(String text, String entry) {
        ConversationResult result = answer(text);

        assertThat(result.decision().outcome()).as(text).isEqualTo(Outcome.ANSWER);
        assertThat(result.decision().entryId()).isEqualTo(entry);
        assertThat(result.decision().notes()).contains(QuestionParts.NOTE);
    }

    @Test
    void aSentenceReadAloneDoesNotForgetTheOfficeTheMessageNames() {
        // batch Z45 (read): BPJS arrears got the vehicle-tax amnesty surely, from the last sentence alone
        ConversationResult result = answer("Mohon info, saya menunggak iuran BPJS mandiri kelas 3 selama 8 bulan. "
                + "Apakah ada program pemutihan atau keringanan denda?");

        assertThat(result.decision().entryId()).isNotEqualTo("layanan-pemutihan-pajak-kendaraan");
        assertThat(result.decision().notes()).doesNotContain(QuestionParts.NOTE);
        // the office named in the very sentence that asks, and the entry names it: still answered from that sentence
        assertThat(answer("motor sy telat bayar 2 thn krn sakit. di samsat ada pemutihan denda pajak gk bulan ini?")
                .decision().entryId()).isEqualTo("layanan-pemutihan-pajak-kendaraan");
    }

    @Test
    void aStoryWhoseOpeningIsSureOfAnEntryTheQuestionAtItsEndIsNowhereNearIsNotAnsweredFromTheOpening() {
        // batch J29 (read): the siren's entry, surely, for a father asking for the lists of evacuees by place
        String text = "jadi gini min, malem itu sirine bunyi kami langsung lari naik pickup tetangga, istri sy sm anak yg "
                + "kecil ikut truk polisi, sy sm anak yg gede ke balai desa Wringinanom, trus paginya dipindah lg ke stadion "
                + "katanya, nah sampe skrg sy blm ketemu istri sm anak sy, udh nanya ke sana kemari gk ada yg tau, ada "
                + "daftar nama pengungsi per lokasi gk?";

        ConversationResult result = answer(text);

        assertThat(result.decision().entryId()).isNotEqualTo("banjir-status-siaga-tinggi-muka-air");
        assertThat(result.decision().notes()).doesNotContain(QuestionParts.NOTE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // batches S30, T30, U30 (read): a region's shelters, surely, from the region's name alone
            "pak sy nelayan di pesisir barat. solar susah bgt, kapal gk bisa melaut udh 4 hari. ada jatah khusus nelayan gk? | banjir-posko-pesisir-barat",
            "makan gratis di Kab Pesisir Barat ikut distop jg atau cuma di Batu Sari? | banjir-posko-batu-sari",
            "met malem min, ujan deres bgt di batu sari. moga jembatan darurat cepet jadi ya, kasian yg tiap hari nyebrang | banjir-posko-batu-sari",
            // a remark beside the question that says only "belum punya": the health insurance for the poor, surely
            "kartu kusuka itu apa ya? sy blm punya | layanan-jamkesda"})
    void aPartSureOnlyOfAPlaceOrSayingNothingIsNotTheAnswer(String text, String entry) {
        ConversationResult result = answer(text);

        assertThat(result.decision().entryId()).as(text).isNotEqualTo(entry);
        assertThat(result.decision().notes()).doesNotContain(QuestionParts.NOTE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the attacks: the place is what the question needs when the message names the kind of entry
            "sy tinggal di batu sari. posko pengungsian terdekat dmn ya? | banjir-posko-batu-sari",
            "posko di batu sari dimana aja? sy dari lembah hijau mau ngungsi kesana | banjir-posko-batu-sari"})
    void aPlaceGivenBesideAQuestionAboutItsKindIsStillTheAnswer(String text, String entry) {
        ConversationResult result = answer(text);

        assertThat(result.decision().outcome()).as(text).isEqualTo(Outcome.ANSWER);
        assertThat(result.decision().entryId()).isEqualTo(entry);
    }

    @Test
    void aDeathToldBeforeTheQuestionGetsCondolencesAndTheAnswer() {
        ConversationResult result = answer("bapak sy meninggal tadi subuh di RSUD, sy anak tunggal, gk tau hrs ngapain dulu. "
                + "ngurus surat kematian gmn ya");

        assertThat(result.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(result.decision().has(Reason.BEREAVED)).isTrue();
        assertThat(result.decision().entryId()).isEqualTo("layanan-akta-kematian");
        assertThat(result.replies().getFirst().text()).contains("berduka");
    }

    @Test
    void aSentenceSureOfAnotherEntryThanTheWholeMessagesFirstIsNotTheAnswer() {
        // The attack: the second sentence alone is sure of the first-time card; the message as a whole is about a lost
        // card, which it found first. The sentence is not let change the entry.
        String part = "cara bikin KTP baru gimana?";
        String text = "KTP saya hilang waktu banjir. " + part;
        assertThat(retriever.retrieve(part).confident()).isTrue();
        assertThat(retriever.retrieve(part).top().orElseThrow().entryId()).isEqualTo("layanan-ktp-el-baru");

        ConversationResult result = answer(text);

        assertThat(result.decision().entryId()).isNotEqualTo("layanan-ktp-el-baru");
        assertThat(result.decision().notes()).doesNotContain(QuestionParts.NOTE);
    }

    @Test
    void theLastWordsOfALongMessageSureOfAnotherEntryAreNotTheAnswer() {
        // The same attack without sentence marks: the last eight words alone are sure of the first-time card.
        String text = "ktp saya hilang waktu banjir kemarin rumah kerendam semua barang hanyut terus saya mau bikin ktp "
                + "baru caranya gimana";
        String last = "terus saya mau bikin ktp baru caranya gimana";
        assertThat(QuestionParts.of(text)).contains(last);
        assertThat(retriever.retrieve(last).confident()).isTrue();
        assertThat(retriever.retrieve(last).top().orElseThrow().entryId()).isEqualTo("layanan-ktp-el-baru");

        ConversationResult result = answer(text);

        assertThat(result.decision().entryId()).isNotEqualTo("layanan-ktp-el-baru");
        assertThat(result.decision().notes()).doesNotContain(QuestionParts.NOTE);
    }
}
