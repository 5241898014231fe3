package id.sigap.conversation;

import id.sigap.sentiment.SentimentClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-sixth session (batches K52, L52, N52 and O52, read). A permit to host a foreign guest, a rule on entrance fees, an
 * official said to hold shares, a boarding house's owner, a noisy homestay and the office's own complaint form were told
 * to ask hotels, the stock exchange or an encyclopaedia; a government car carrying a candidate's goods was answered with
 * a city's flood shelters ("posko pemenangan"); a person asked for in Sundanese got the farmers' compensation. The attacks
 * keep a hotel, a share price and a translation outside, and an official's car on a family trip sensitive as before.
 */
class PermitsOfficialsCarsAndSundaneseRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"mas/mbak admin, kula gadhah kos-kosan ing Batu Sari",
            "nuwun sewu, menawi wonten bule badhe nginep ing griya kula sawetawis dinten, punika kedah ngurus izin homestay menapa boten?",
            "Is there an English version of the public complaint form? The website is only in Bahasa and Google Translate breaks "
                    + "the dropdown menus.",
            "knp ya harga tiket masuk benteng tua beda bgt buat wna sm wni? suami sy wna tp udh tinggal disini 10thn, punya kitap, "
                    + "tetep disuruh bayar harga bule. ada aturannya gk sih",
            "Tanah nelayan di situ tiba2 dinyatakan tanah negara, nelayan disuruh pindah tanpa ganti rugi. Katanya pejabat itu dapet "
                    + "bagian saham. Warga punya rekaman rapatnya.",
            "Bus DAMRI yg masih jalan cuma 2 unit, antrian di halte alun2 udh kyk ular. Kenapa gk ditambah armadanya?"})
    void thePermitsRulesAndOfficialsOfTheGovernmentAreInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min harga saham bbri hari ini brp", "cariin kos murah di batu sari dong min",
            "Can you recommend a good hotel in Sangkara?", "translate this sentence to english please",
            "jadwal bus damri ke bandara jam brp"})
    void hotelsSharesAndTranslationsStayOutside(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy liat sendiri mobil plat merah KT 1123 A dipake buat ngangkut kaos sama spanduk paslon ke posko "
            + "pemenangan di Kota Batu Sari",
            "ambulans desa dipakai bawa atribut kampanye calon kades",
            "kepala dinas di batu sari pake mobil dinas plat merah buat jalan2 ke pantai sm keluarganya",
            "Coba cek siapa vendor yg bikin portal bansos itu. Saya dengar itu perusahaan punya ipar salah satu pejabat Dinsos",
            "Saya relawan di lapangan. Jumlah kantong jenazah yang kami hitung di dermaga jauh lebih banyak dari angka resmi yang "
                    + "diumumkan. Kenapa pemerintah menyembunyikan jumlah korban sebenarnya?"})
    void aGovernmentCarCarryingACandidatesGoodsIsAnAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobil dinas pemadam kebakaran dipakai buat angkut air bersih ke posko", "bus sekolah provinsi dipakai antar anak ke lomba pramuka"})
    void aPublicCarOnPublicWorkIsNot(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"punten, abdi hoyong nyarios langsung sareng Bapa Kapala Dinas Pertanian Provinsi. aya nomer kontakna?"})
    void aPersonAskedForInSundaneseIsAskedFor(String message) {
        assertThat(SentimentClassifier.offline().classify(message).wantsHuman()).as(message).isTrue();
    }

    /** Batch X52 (read): praise wrapped around an allegation got "Baik."; thanks and praise alone stay small talk. */
    @ParameterizedTest
    @ValueSource(strings = {"wah hebat ya kepala dinas PU provinsi, mobil dinas plat merah dipake liburan ke pantai Pesisir "
            + "Barat sama keluarga tiap minggu 👏👏 pajak rakyat emang enak ya pak"})
    void praiseAroundAnAllegationGoesToAPerson(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
        assertThat(decision.priority()).as(message).isEqualTo(Priority.SENSITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Matur nuwun sanget Pak Gubernur sampun kersa rawuh teng desa kulo wingi. Warga seneng sanget 🙏🙏",
            "terima kasih pak gubernur, jalan desa kami sudah mulus"})
    void thanksToAnOfficialStaySmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    /**
     * Batches Q53 and R53 (read, from the third held-out wave after its measurement): an official's wealth congratulated
     * was answered with the building permit, a private insurer recommended with BPJS in the flood, a head of office's
     * number asked for with the complaints channel.
     */
    @ParameterizedTest
    @ValueSource(strings = {"selamat ya buat pak kabid yg baru bangun rumah 3 lantai di perumahan elit, gaji PNS emang gede ya skrg 🏡✨"})
    void anOfficialsWealthCongratulatedIsAnAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Min, menurut admin lebih bagus asuransi kesehatan swasta yang mana ya? Yang preminya murah tapi cover banyak"})
    void aPrivateInsurerRecommendedIsOutside(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"asuransi kebakaran untuk rumah korban banjir dari pemprov ada gk", "cara daftar bpjs mandiri gimana min"})
    void theGovernmentsInsuranceStaysInTheRemit(String message) {
        assertThat(OutsideRemit.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min bisa minta no wa kadis kesehatan provinsi? mau ngadu langsung aja"})
    void aHeadOfOfficesNumberAskedForIsAPersonAskedFor(String message) {
        assertThat(SentimentClassifier.offline().classify(message).wantsHuman()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kadis kesehatan provinsi siapa namanya?"})
    void aHeadOfOfficesNameAskedIsNot(String message) {
        assertThat(SentimentClassifier.offline().classify(message).wantsHuman()).as(message).isFalse();
    }
}
