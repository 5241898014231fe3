package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-ninth session (batches C41-H41, read): saying one only wants to say something kind or no longer wants to ask,
 * thanks typed short ("oke mkasih min"), a mistake of one's own realised ("oh beda instansi ya, maap min 🙏") and a
 * Sundanese "how are you" opened staff tickets or got choices; the province's own contract teachers (their pay, a rumour
 * about their appointment) were told to ask the national selection portal.
 */
class JustSayingAndOwnTeachersTest {

    @ParameterizedTest
    @ValueSource(strings = {"cuma mau bilang semangat buat tim yg jaga posko di lembah hijau 🙏💪",
            "gk jadi nanya deh hehe. semangat kerjanya ya min", "gk ada pertanyaan kok, cm mau bilang itu aja 😊",
            "oke mkasih min", "oh beda instansi ya, maap min 🙏", "Wilujeng enjing min, damang?",
            "makasih min udh nemenin warga dr kmrn, sehat selalu ya tim humas 🙏", "cuma mau bilang makasih ya min",
            "gk ada apa2 sih cuma mau nyapa, semangat ya min kerjanya pasti lg sibuk bgt gara2 jembatan",
            "gk ada apa2 sih, cuma mau bilang makasih infonya kemarin, akta anak sy udh jadi 😊", "haloo min 👋",
            "lg sibuk gk? wkwk", "Ok, no worries. Just thought I'd ask.", "min udh makan? jgn kerja mulu 😆",
            "oh jadi ke OJK ya, oke", "oh itu ke kantor pajak pusat ya, ok", "oke jd lewat dinsos kabupaten dulu ya",
            "oh hrs ke pengadilan agama ya, kirain lewat pemprov", "sehat2 selalu tim humasnya 😊",
            "petugasnya ramah bgt, salamin ya", "oh bukan urusan provinsi ya. ok deh"})
    void aKindRemarkIsSmallTalk(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cuma mau bilang ada pohon tumbang di jl merdeka", "cuma mau bilang jalan depan rumah sy rusak",
            "oh beda provinsi ya, trs sy lapor kmn dong", "cuma mau bilang semangat, tp bansos sy blm cair",
            "gk jadi nanya deh, anak sy hilang di pasar", "gk ada apa2 sih, cuma mau bilang jalan depan rumah ambles",
            "min rekomendasiin hp 2 jutaan yg kameranya bagus dong buat jualan online",
            "halo min, kantor dukcapil lagi sibuk gk? antrian panjang?", "just wondering, is the bridge open?",
            "oh ke dinsos ya, tp bansos sy blm cair", "oh pemberitahuannya ke polres bukan ke pemprov ya?",
            "ok ke posko ya, anak sy hilang dr tadi", "oh ke disdukcapil ya, mau bikin ktp baru",
            "oke brarti ke kantor pos batu sari ya, bawa ktp asli kan"})
    void aReportOrAQuestionAfterThePhraseIsNot(String message) {
        assertThat(ShippedAnswers.decideAsServed(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    /** Batch S42 (held out for the where-to-go rule): a plan told later keeps its answer, thanks stay thanks. */
    @ParameterizedTest
    @ValueSource(strings = {"oh jgn diklik ya. ok sy cek lewat cekbansos kemensos aja",
            "oke sy coba ke bank besok pagi. makasih ya"})
    void aPlanToldLaterOrThanksIsNoWhereToGoTakenIn(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.ACKNOWLEDGED));
    }

    /** Batches C41, G41, K41 (read): cheering the staff on got "Baik." as if acknowledged; it is answered as care. */
    @ParameterizedTest
    @ValueSource(strings = {"pagi min ☀️ semangat kerjanya yaa", "selamat pagi min 🙏 semangat ya kerjanya",
            "cuma mau bilang semangat buat tim yg jaga posko di lembah hijau 🙏💪"})
    void cheeringTheStaffOnIsAnsweredAsCare(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).contains(SmallTalk.Kind.CARE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min gaji pppk guru provinsi bulan ini kok blm masuk ya? biasanya tgl 1 udh cair",
            "Min ini bener gk ada broadcast WA katanya pengangkatan PPPK guru tahap 2 dibatalkan dan yg udh lulus harus tes ulang?",
            "min web pengumuman pppk guru provinsi error trus dr semalem, cuma muter2 doang"})
    void theProvincesOwnContractTeachersAreInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    /** Batches Q41, S41 (read): the province's own concert and the rubbish pickup were read as outside the remit. */
    @ParameterizedTest
    @ValueSource(strings = {"di lokasi konser ada toilet umum sm musholla gk min?",
            "Hello, I'm a freelance photojournalist working for a regional news outlet. How can I get press accreditation for the anniversary parade and the concert?",
            "selamat malam. sy tinggal di belakang lapangan merdeka, udh 3 malam ini ada cek sound buat konser sampe jam 1 pagi. bayi sy 4 bulan kebangun terus nangis",
            "tetangga sy skrg tiap sore bakar sampah krn gk diangkut, asepnya masuk ke kamar bayi sy. ditegur malah marah. boleh gk sih bakar sampah di permukiman?",
            "jadwal baru angkut jam 9 pagi, sy sm suami kerja brgkt jam 6. sampah ditaruh dr subuh malah diacak2 anjing. bisa gk dibikin jadwal sore atau malem?"})
    void theProvincesOwnEventsAndRubbishAreInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min tiket konser coldplay di jakarta brp ya", "tetangga sy berisik tiap malem karaokean"})
    void aConcertElsewhereAndANoisyNeighbourAreStillOutside(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min pppk guru 2024 kapan buka pendaftarannya ya?? udh ada info blm",
            "Permisi, apakah ada batas usia untuk pendaftaran PPPK guru? Saya 52 tahun.",
            "Sy juga mau tanya seleksi PPPK guru thn ini ada formasi buat provinsi gk"})
    void aNationalSelectionsRegistrationIsStillOutside(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).contains(OutsideRemit.Topic.NATIONAL_SELECTION);
    }
}
