package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fiftieth session (batches U56-X56, read after their measurement): a market fire named as a cause, a time, a place or a
 * rumoured cover-up is no emergency; blood vomited and a person collapsed or not breathing in English are. A school place
 * not won is no possible emergency. A person asked for in Javanese krama or by asking to be phoned is a request for a
 * person; one's own phone number or a call declined is not. Whether a demonstration is on is a plain question.
 */
class FireOverAndRequestsTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "min anak sy panas udh 4 hari trs td mimisan sama muntah ada darahnya, puskesmas dket rumah tutup, gmn ya",
            "bapak sy batuk darah dari tadi",
            "Hi, I'm a ride-hailing driver, my passenger just collapsed in the back seat and I don't think he's breathing, we're near Simpang Lima Baruna. What do I do",
            // attacks: a fire still burning beside a cause, a death in a fire now, someone lost "until now"
            "rumah sebelah kebakaran karena kompor, apinya makin gede",
            "pasar kebakaran sekarang, ada orang di dalam kios belum keluar",
            "anak sy hilang sampai sekarang belum ketemu",
            // batch Y56, read: laughter beside water at hand, smoke from a socket
            "min btw air udh masuk rumah sebatas dada, ibu sy gak bisa jalan, kami di atas meja nih hehe bingung mau ngapain",
            "rumah tetangga sy ngebul asep dr colokan, kayaknya korslet krn atap bocor netes ke stop kontak. org nya lg gak di rmh"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "harga cabe naik gila2an semenjak pasar kebakaran, 120rb sekilo. pemerintah santai aja ya kayaknya 🙃",
            "pak camat Batu Merah dateng ke lokasi kebakaran cuma foto2 doang trs pulang. bantuan gak ada sampe skrg",
            "ambo pedagang di pasa ateh nan tabaka kapatang, baa caronyo dapek bantuan modal usaho baliak?",
            "gas melon di warung naik jd 28rb, katanya krn agen di pasar kebakar. itu wajar gak min? lapor kmn",
            "katanya ada korban meninggal di kebakaran pasar tp ditutup2in. jujur aja dong min",
            "my dad collapsed last night but he is fine now, which clinic for a check up?",
            "the bridge collapsed, is there a detour",
            // batch Y56, read: aid of a landslide alleged misused; attacks: laughter at water gone, a socket smoke of yesterday
            "sy mau ngadu, pak kades kami bagi2 sembako bantuan longsor cuma ke keluarganya sama tim suksesnya. warga yg rumahnya rusak malah gak dapet. ini lapornya kemana",
            "wkwk kemarin air sampe sepinggang, skrg udh surut", "kemarin colokan sempet berasap, udh diganti, aman kok"})
    void overReferredOrDeniedIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy ga keterima di SMAN 3 wanasari jalur zonasi, rumah sy cuma 600 meter dr sekolah"})
    void aSchoolPlaceNotWonIsNoPossibleEmergency(String message) {
        assertThat(classifier.classify(message).possibleEmergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kulo pengen matur kaliyan tiyang, mboten kaliyan mesin. Perkawis tanah warisan simbah",
            "tolong ada yg telp sy aja ya", "telepon saya aja min", "nomor ibu 0853-1177-2046, tlg telpon siang aja ya"})
    void aPersonAskedForIsARequest(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomor telepon saya berapa ya yg terdaftar di bpjs", "jangan telp saya",
            "ganti nomor telepon saya di data kependudukan gmn", "pompa air sy tidak dengan mesin"})
    void ownNumberOrACallDeclinedIsNot(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min ada demo gak besok di depan kantor gubernur? sy mau lewat situ berangkat kerja jam 7"})
    void whetherADemonstrationIsOnIsAPlainQuestion(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }
}
