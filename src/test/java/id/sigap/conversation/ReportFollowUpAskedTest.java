package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-third session (batches C48, W47, X47, H47, read): a report already made whose follow-up is asked after got an
 * entry on the report's topic or on how to report ("laporan sy ... soal lampu jalan mati blm ada tindak lanjut" the
 * street-light entry). Only the office knows how a report stands: a person. The attacks keep a report followed up,
 * a hypothetical and a question on how to report.
 */
class ReportFollowUpAskedTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "min sy kmrn udh lapor soal sekolah gk ngasih info jadwal imunisasi, udh ada tindak lanjut blm ya?",
            "min laporan sy minggu lalu soal lampu jalan mati di jl. kenanga blm ada tindak lanjut. nomor laporannya LPR-0419",
            "kemarin sy udh lapor sampah di jl Melati gk diangkut, nomor laporannya LPR-20418, udh ada tindak lanjut blm?",
            "udh seminggu lapor lewat kanal pengaduan gk ada tanggapan sm sekali. no tiket LPR-0047812",
            // other words for the same (batches K48 and L48, read)
            "min mau nanya, sy udh lapor lampu jalan mati di jl kenanga rt 03 kota sangkara tgl 2 kemaren, smpe skrg blm ada yg benerin",
            "Sy sudah lapor lewat aplikasi pengaduan online provinsi bulan lalu soal lampu jalan mati di Jl. Merpati, status masih 'diproses'",
            "laporan no 3391 gmn kabarnya"})
    void aReportWhoseFollowUpIsAskedAfterGoesToAPerson(String message) {
        Decision decision = ShippedAnswers.decide(message);

        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
        assertThat(decision.entryId()).as(message).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cara lapor lampu jalan mati gmn", "kalau sudah lapor tapi belum ada tanggapan, harus ke mana?",
            "Terima kasih Diskominfo Tirta Raya, kemarin aduan saya langsung ditindaklanjuti, petugasnya ramah",
            "sy mau lapor lampu jalan mati di jl kenanga", "kalau laporan saya belum ditanggapi, lapor ke mana lagi?",
            "alhamdulillah lampu jalan yg sy laporin kemarin udh diperbaiki, makasih min"})
    void aReportFollowedUpAHypotheticalOrHowToReportIsNot(String message) {
        assertThat(ShippedAnswers.decide(message).reasons()).as(message).doesNotContain(Reason.NOT_FOLLOWED_UP);
    }
}
