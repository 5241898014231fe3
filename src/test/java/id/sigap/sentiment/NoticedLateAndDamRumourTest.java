package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-seventh session (batches U53 and V53, read). Praise of the government beside an outbreak it "only noticed" when a
 * class was already spotted got the acknowledgement; "is it true the dam is about to break?" asked of a chat group's rumour,
 * and a faint told as how far a fright went earlier, got the emergency reply. The attacks keep the writer's own lateness
 * neutral, a dam seeping with people below and a faint still unconscious emergencies.
 */
class NoticedLateAndDamRumourTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"wah hebat ya pemerintah, anak2 udh pada bintik merah sekelas baru sadar ada KLB. mantap, lanjutkan 👏👏",
            "kasusnya sudah banyak baru ditangani sekarang"})
    void noticedOnlyWhenItHadSpreadIsAComplaint(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"saya sudah bayar baru sadar salah rekening"})
    void theWritersOwnLatenessIsNot(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min beneran waduk cipta mau jebol?? di grup wa keluarga udh rame bgt",
            "yg nyebarin hoaks waduk itu bakal dipidana gk min? emak sy sampe pingsan td"})
    void aRumourAskedOrAFaintToldAfterIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beneran tanggul mau jebol? kami di bawahnya tolong",
            "emak sy sampe pingsan td, sampai skrg blm sadar, tolong",
            "bener2 bahaya, tanggul mau jebol dan air udah masuk rumah"})
    void aDangerToldBesideItStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    /** Batches W53, X53 and Z53 (read after their measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"Min kemarin antri gas di pangkalan dekat pasar Batu Sari, ada nenek2 pingsan karena panas, gak ada tenda "
            + "gak ada kursi. Tolong lah diatur, kasian orang tua. Sekarang sih nenek nya udah gpp dibawa pulang.",
            "Bu sy lg sakit gk bisa keluar rumah, sy boleh beliin gas pake ktp ibu sy gk? atau hrs ktp sy sendiri",
            "saya penumpang bus mudik gratis, AC nya mati dr awal jadi panas bgt, ada nenek2 jg hampir pingsan, tolong diperhatiin lah",
            "Ada bantuan untuk keluarga korban kapal yang tenggelam tidak? Ke mana daftarnya?"})
    void aFaintOverAHouseboundMotherANearFaintAndAidAskedAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kemarin nenek pingsan, sekarang masih tidak sadar", "ibu saya sakit tidak bisa keluar rumah, air sudah sepinggang",
            "anak saya hampir pingsan, sesak napas, tolong", "ada korban tenggelam, tolong kirim bantuan sekarang"})
    void stillUnconsciousWaterAtTheSickOrAPleaStayEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wah hebat ya pemprov, tiap taun ngomong mudik lancar, tiap taun jg saya 9 jam di gerbang tol sangkara"})
    void hoursLostAtAGateBesidePraiseMock(String message) {
        Classification c = classifier.classify(message);
        assertThat(c.sentiment().isNegative()).as(message).isTrue();
        assertThat(c.sarcastic()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Punten min, abdi bade naroskeun. Jalur afirmasi kanggo kulawarga teu mampu teh syaratna naon wae? Abdi "
            + "gaduh KIP, naha cekap atanapi kedah nganggo SKTM ti desa?", "perjalanan 9 jam di jalan tol ke jakarta aman gk?"})
    void aPlainQuestionInSundaneseOrATripsLengthIsNeutral(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    /** Batch A54 (read after its measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"wah hebat ya pemprov, gempa kemarin, baru hari ini pak gub dateng foto2 doang. mantap jiwa 👏👏"})
    void comingOnlyDaysAfterBesidePraiseMocks(String message) {
        Classification c = classifier.classify(message);
        assertThat(c.sentiment().isNegative()).as(message).isTrue();
        assertThat(c.sarcastic()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kemarin sy daftar, baru hari ini datang ke kantor, makasih min"})
    void theWritersOwnComingIsNoComplaint(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy lg nunggu ibu di rsud lembah hijau, barusan gempa susulan tembok bangsal mawar retak makin lebar, ada "
            + "serpihan jatuh. pasien msh pada di dalam, perawat cuma 2"})
    void patientsStillInsideACrackingWardAreAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    /** Batches E54 and F54 (read after their measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"rsud batu sari penuh, pasien gatel2 numpuk di lorong, nunggu dokter dr pagi",
            "listrik di sukaresmi mati dr kmrn malem, tiang roboh ketimpa pohon. udh lapor PLN tp blm ada yg dtg",
            "sinyal di desa kami ilang total sejak longsor, tower katanya kena. anak2 gk bisa sekolah daring. tolong dong"})
    void aFullHospitalAFallenPoleAndALostSignalAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong dong", "anak saya hanyut di sungai tolong dong", "ibu sy sesak napas, tunggu dokter gk dateng2, tolong",
            "bapak sy tertimpa tiang listrik, berdarah"})
    void aPleaAloneADangerBesideItAndAPersonUnderAPoleStayEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    /** Batch H54 (read after its measurement): a market fire's aftermath. */
    @ParameterizedTest
    @ValueSource(strings = {"listrik di perumahan belakang pasar mati sejak kebakaran, udh 2 hari",
            "sy denger kadis perdagangan kota batu sari udh terima duit dr pengembang sblm kebakaran",
            "cicilan KUR sy gmn min, kios kebakar gk bisa jualan", "Mas, kulo bakul sayur teng pasar induk, lapak kulo entek kobong."})
    void aFireNamedAsTheTimeOrCauseOfWhatIsToldIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEBAKARAN di pasar lama sangkara!! apinya gede bgt merembet ke rumah warga",
            "sejak kebakaran tadi api masih menyala di gudang", "rumah sy terbakar, anak sy masih di dalam tidak bisa keluar"})
    void aFireUnderWayStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    /** Batch Z53 (read after its measurement): how bad a state is, asked. */
    @ParameterizedTest
    @ValueSource(strings = {"min tol sangkara - batu sari arah timur macet parah gk skrg?", "listrik mati total dr kemarin, kapan nyala?"})
    void howBadAStateIsAskedIsAPlainQuestion(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalan ahmad yani macet parah", "macet parah bgt, pemerintah ngapain aja sih?"})
    void howBadAStateIsToldOrBlamedStaysNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }
}
