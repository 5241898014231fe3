package id.sigap.conversation;

import id.sigap.sentiment.SentimentClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-seventh session (batches S53, T53, U53 and V53, read). "TOLONG MIN" was told it could not be understood; a head of
 * government or of an office asked for by title got choices; a football score asked beside a power cut got the power-cut
 * entry, and a question beside a remark was answered surely from the remark's words; Batu Sari's flood shelters answered a
 * measles post; an official's kin spelt "adek" was no allegation. The attacks keep the bare cry an emergency, a request
 * after the plea a question, thanks passed on to the governor small talk, a need told beside an outside question in the
 * remit, and a question told after its context answered.
 */
class PleasHeadsOfOfficeAndRemarksTest {

    @ParameterizedTest
    @ValueSource(strings = {"TOLONG MIN", "tolong kak", "tlg min!!", "minta tolong dong pak", "help min", "Tolong min 🙏"})
    void aPleaAloneAsksWhatIsHappeningAndGives112(String message) {
        ConversationResult result = ShippedAnswers.withMood(RecentQuestions.NONE).answer(IncomingMessage.text("test", 1, 42, message));
        assertThat(result.decision().outcome()).as(message).isEqualTo(Decision.Outcome.REPHRASE);
        assertThat(result.decision().has(Reason.PLEA)).as(message).isTrue();
        assertThat(result.replies().getFirst().text()).as(message).contains("112").doesNotContain("belum bisa saya pahami");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong", "TOLONG!!!", "tolong min anak sy tenggelam di kali"})
    void theBareCryAndADangerToldStayEmergencies(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong min, mau tanya jadwal posko", "tolong min info posko lembah hijau", "tolong"})
    void aRequestAfterThePleaIsNoPleaAlone(String message) {
        assertThat(Plea.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy mau ngomong langsung sama pak gubernur. kasih nomernya atau sampein ke beliau, warga sangkara timur "
            + "udh 3 hari gelap!",
            "Saya ingin bicara langsung dengan Kepala Diskominfo Provinsi. Mohon nomor WA beliau atau ajudannya.",
            "Kami ingin audiensi dengan Kepala Dinas Kesehatan terkait penanganan campak.",
            "pengen ketemu bupati langsung"})
    void aHeadOfGovernmentOrOfAnOfficeAskedForIsAPerson(String message) {
        assertThat(SentimentClassifier.offline().classify(message).wantsHuman()).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"saya mau menyampaikan terima kasih kepada pak gubernur", "kapan gubernur bicara dengan warga?"})
    void thanksPassedOnOrAnOfficialSpeakingAskNoPerson(String message) {
        assertThat(SentimentClassifier.offline().classify(message).wantsHuman()).as(message).isFalse();
    }

    @Test
    void aQuestionOutsideTheRemitToldBesideItsReasonIsOutside() {
        String message = "min skor bola semalem brp? gk bisa nonton krn mati lampu wkwk";
        assertThat(OutsideRemit.recognise(message)).contains(OutsideRemit.Topic.SPORTS);
        assertThat(ShippedAnswers.decide(message).outcome()).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rumah kebanjiran, butuh bantuan. skor bola semalem brp?",
            "listrik mati dr kemarin. kapan nyala? skor bola semalem brp?"})
    void aNeedOrAQuestionOfTheRemitBesideItKeepsTheMessageIn(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dimana bisa isi ulang tabung oksigen atau dapet pinjaman? listrik di sana blm nyala",
            "jalur sangkara - pesisir barat aman gk min? lampu jalannya mati semua katanya, mau mudik ke kampung malem ini"})
    void aRemarkBesideTheQuestionAnswersNothingSurely(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    /**
     * The second: a question that shares a word of the entry the remark found asks about it (batches D54 and E54, held
     * out, read after their measurement: the first form of the rule set these aside); one cut at an abbreviation's dot is
     * one sentence (batch L54, held out, read after its measurement).
     */
    @ParameterizedTest
    @ValueSource(strings = {"listrik di rumah mati dari kemarin. kapan nyala lagi ya?",
            "rumah sy kebanjiran kemarin. bantuan perbaikan rumah rusak gimana caranya?",
            "min anak sy gatel2 merah sekujur badan abis mandi di kali, berobat kmn ya yg gratis? sy gk punya bpjs",
            "sudah saya laporkan lewat lapor, nomor tiket sudah ada. berapa lama biasanya ditindaklanjuti ya min?"})
    void aQuestionToldAfterItsContextIsStillAnswered(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.ANSWER);
    }

    /**
     * One sentence, however its street is spelt: its answer had come from "koridor 2 skrg gk lewat jl." read alone, cut at
     * the dot (forty-eighth session: the module's one splitter keeps "jl." inside the sentence). The bus diversions first.
     */
    @ParameterizedTest
    @ValueSource(strings = {"koridor 2 skrg gk lewat jl. merdeka lg ya?", "koridor 2 skrg gk lewat jl merdeka lg ya?"})
    void aStreetsAbbreviationEndsNoSentence(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.entryId() != null ? decision.entryId() : decision.candidates().getFirst()).as(message)
                .isEqualTo("banjir-transportasi-umum");
    }

    @Test
    void aMeaslesPostIsNoFloodShelter() {
        Decision decision = ShippedAnswers.decide("nomor posko campak batu sari brp ya");
        assertThat(decision.entryId()).isNotEqualTo("banjir-posko-batu-sari");
        assertThat(decision.candidates()).doesNotContain("banjir-posko-batu-sari");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kalian tau gk PT yg jual air tangki swasta di pesisir barat itu punya adeknya bupati",
            "beras bantuan dijual di warung adeknya pak kades"})
    void anOfficialsKinSpeltAdekIsAnAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    /** Batch W53 (read after its measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"Di kelurahan Sukamaju ada oknum ketua RT yang bekerja sama dengan staf kelurahan menjual surat keterangan "
            + "domisili seharga Rp2 juta supaya anak dari luar zona bisa daftar ke SMAN 4.", "katanya kepala sekolah jual kursi 15 juta",
            "sy denger kadis perdagangan kota batu sari udh terima duit dr pengembang sblm kebakaran"})
    void anOfficialPaperOrASchoolSeatSoldIsAnAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cara menjual rumah yang sertifikatnya hilang di dinas mana", "mau jual kursi bekas sekolah di mana ya",
            "sy dapet uang dari perusahaan tempat kerja buat bantu korban, salurinnya kemana"})
    void aHouseOrAnOldChairSoldIsNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    /** Batches A54 and B54 (read after their measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"INI PEMERINTAH KERJANYA APA SIH??? ANAK TETANGGA MENINGGAL, ANAK SY SKRG DIRAWAT, FOGGING GK ADA",
            "anak sy udh demam 2 hari, tetangga baru meninggal krn dbd minggu lalu, sy takut"})
    void aNeighboursDeathIsNoBereavementOfTheWriter(String message) {
        assertThat(Bereavement.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"adik sy meninggal kmrn krn dbd, ada santunan gk?"})
    void theWritersOwnStillIs(String message) {
        assertThat(Bereavement.is(message)).as(message).isTrue();
    }

    @Test
    void aFerryAskedAboutBesideAnEarthquakeIsInTheRemit() {
        assertThat(OutsideRemit.recognise("jadwal kapal ke pulau di pesisir barat masih normal kan? gk kena dampak gempa?")).isEmpty();
        assertThat(OutsideRemit.recognise("jadwal kapal ke pulau di pesisir barat jam brp?")).isPresent();
    }

    /** Batches E54 and F54 (read after their measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"sy mau cerita min sy istri petani di desa sukamulya batu sari dari bulan lalu sawah kami rusak krn airnya "
            + "item trus bau bgt suami sy jg gatel2 tangannya ... panen gagal utang ke tengkulak blm lunas",
            "do you speak english? my wife and i are stuck in batu sari, our car is in lembah hijau parking, what should we do"})
    void aFamilysTroublesInTheCrisisAreNoPrivateDispute(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tetangga sy parkir mobil di depan pagar rumah sy terus, kesel", "my neighbour keeps parking in front of my gate"})
    void aNeighboursParkingStaysAPrivateDispute(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).contains(OutsideRemit.Topic.PRIVATE_DISPUTE);
    }
}
