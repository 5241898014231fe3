package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TopicQuestionTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "lampu pju yang rusak lapornya ke dinas apa?",
            "berapa biaya sterilisasi anjing di klinik hewan pemkab",
            "bagaimana cara klaim bantuan untuk korban angin puting beliung",
            "rehabilitasi gratis buat pecandu yang sakit jiwa ada di mana ya",
            "nomor aduan penipuan arisan online berapa?",
            "pipa pdam bocor di gang kami sudah dicek belum"})
    void aQuestionWhoseTopicIsANegativeWordIsNetral(String message) {
        Classification reading = classifier.classify(message);

        assertThat(reading.sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
        assertThat(reading.signals()).as(message).doesNotContain("lex:abuse");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kenapa lampu pju di gang kami rusak terus?",
            "pipa bocor sudah sebulan, kapan diperbaiki, padahal sudah lapor",
            "trotoar rusak parah gini kapan dibenerin?",
            "kok korban banjir belum dapat bantuan?",
            "anjing, kapan jalan ini selesai?",
            "pemda ke mana saja, jembatan rusak dibiarkan?",
            "pompa air rusak lagi ya?",
            "dasar pejabat anjing, kapan dana bansos cair?",
            "ormas anjing itu kok dibiarkan?",
            "relawan anjing semua ya?",
            "sawah kami rusak diterjang banjir, ada ganti rugi?"})
    void theSameTopicInAComplaintAnExpletiveOrBlameStaysNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tetangga saya digigit anjing, kakinya berdarah terus, ke mana bawanya?",
            "ada korban tertimbun longsor di jalan desa, sudah ada tim yang datang?"})
    void anEmergencyWithATopicWordIsStillAnEmergencyAndNotNetral(String message) {
        Classification reading = classifier.classify(message);

        assertThat(reading.emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "izin usaha mikro sekarang ngurusnya di mana ya?",
            "Berapa biaya legalisir ijazah di dinas pendidikan?",
            "kapan jadwal perekaman ktp di kecamatan?",
            "Bagaimana caranya mendaftar magang di kantor gubernur?"})
    void anErrandQuestionWithNoNegativeWordIsNetralWhateverTheModelReads(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kamu bisa kerja gak sih, syaratnya apa aja?",
            "berapa lama lagi kalian bikin kami nunggu?",
            "berapa lama lagi kami harus nunggu, kenapa belum ada kabar?"})
    void anErrandQuestionAimedAtSomeoneOrComplainingStaysNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "penginapan yang bersih dan murah dekat terminal ada rekomendasi?",
            "taman kota yang paling nyaman buat anak-anak di mana?",
            "apakah puskesmas bisa membantu surat keterangan sehat?",
            "Which library has the best reading room?"})
    void aQuestionAboutSomethingGoodIsNetral(String message) {
        Classification reading = classifier.classify(message);

        assertThat(reading.sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "makasih min, pelayanannya cepat sekali. kapan dibuka lagi?",
            "mantap, jalannya sudah mulus. ada rencana perbaikan jalan lain?",
            "petugasnya ramah dan sigap, tempatnya bersih!",
            "tempatnya nyaman, makanannya enak, cocok buat kapan saja"})
    void thanksPraiseOrAReviewWithoutAClosingQuestionStaysPositive(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
    }

    // Written by helpers of the team (2026-12-03, thirteenth session): the writer's own problem, and what to do.
    @ParameterizedTest
    @ValueSource(strings = {
            "min bpjs kesehatan sy katanya nonaktif, cara aktifin lg gmn ya",
            "bansos pkh ibu sy bulan ini blm masuk, cara ceknya gmn ya min",
            "kis anak sy blm masuk ke kk baru, apa hrs daftar ulang?",
            "kartu kis sy ga aktif pas mau berobat td, caranya aktifin lg gmn min",
            "akta kematian almarhum bapak blm sy urus, syaratnya apa aja ya buat ngurus skrg"})
    void aProblemOfTheWritersWithAQuestionOfWhatToDoIsNetral(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    // Attacks on that reading, by a helper: a complaint, an unfairness, waiting or distress closing with a question.
    @ParameterizedTest
    @ValueSource(strings = {
            "berkas sy disuruh bawa ke kecamatan, di kecamatan disuruh balik ke kelurahan, trus sy hrs ke mana?",
            "anak sy ga dapet kip, tetangga yg rumahnya tingkat malah dapet, gmn cara ngecek datanya?",
            "uang pendaftaran sy ga dibalikin pdhl pendaftarannya dibatalin sepihak, uang sy larinya kemana?",
            "sy ga percaya lg sm janji2 bansos, yg kmrn aja ga cair, apa gunanya daftar?",
            "suami sy kena phk, cicilan numpuk, anak sakit, sy bingung harus minta tolong ke siapa?",
            "bansos ibu sy udah 3 bulan blm masuk, cara ceknya gmn?",
            "mbak yg di loket 2 ngomongnya ketus, bentak2 sy di depan org banyak, sy harus lapor kemana?"})
    void aComplaintOrDistressClosingWithAQuestionOfWhatToDoStaysNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }
}
