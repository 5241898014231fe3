package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-second session (held-out wave C59-F59, read after its measurement): a door that will not open with the water at the
 * knees or the chest, a wheelchair user alone with the water coming in who cannot climb the stairs, water "makin tinggi"
 * beside a baby and the old, a wish to end it all said with "aja" between, and one pinned inside a house a tree fell on
 * (Makassar "ta'tindis") are emergencies. The attacks: a door locked out of with the tap water fine, a door supposed in a
 * question, the wheelchair and the water in a question about a service.
 */
class JammedDoorsWheelchairsAndEndingItAllTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "udh selutut arusnya kenceng bgt pintu depan gk bisa dibuka kedorong air, kami di dlm ber4",
            "pls help, my grandma is stuck di kamar, pintunya macet gk bisa dibuka, water udh sampe dada!! jl. kenanga 12",
            "pintu kamar macet gk bisa dibuka, asap udh masuk, tolong",
            "sy pake kursi roda, tinggal sendiri di lantai 1 kontrakan, air mulai masuk kamar. gk bisa naik tangga. tetangga udh pd pergi",
            "air makin tinggi, ada bayi sm lansia disini",
            "sy udh gk kuat lg, rasanya pengen ngakhirin aja semuanya",
            "daeng tolong, ada pohon besar tumbang kena rumah di jl. sungai saddang. ada orang ta'tindis di dalam, masih ada suaranya"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pintu rumah gk bisa dibuka, kuncinya ilang, tp air pdam lancar kok",
            "kalau banjir dan pintu tidak bisa dibuka, harus bagaimana?",
            "ibu sy gk bisa jalan, ada layanan ktp keliling? air di sini aman",
            "kalau air masuk rumah dan nenek tidak bisa jalan, evakuasinya gimana ya?"})
    void aDoorOrAWheelchairWithNoDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
