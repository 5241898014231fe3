package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches K33, M33, N33 and O33, read after their measurement: a gas warehouse exploded, a bus
 * fare change, an election, rabies): questions about the explosion all knew and a stray dog that was not to be killed
 * got the emergency reply; someone followed off a bus, a wish to vanish from everything and a dog bite that bleeds were
 * only possible emergencies or none. Each keeps the attacks that would turn it into a missed emergency or a false alarm.
 */
class ExplosionAndStalkingEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"rumah sy radius 200m dr gudang yg meledak, kaca pecah semua tembok retak",
            "penyebab ledakan gudang di batu sari udh ketauan blm? katanya krn gasnya dioplos ya",
            "Are any roads closed around the explosion area in Batu Sari? I need to drive to Pesisir Selatan tomorrow.",
            "bukan mau dibunuh ya, dipindahin aja",
            "selamat siang. ibu sy umur 78 thn sdh 2 minggu dirawat di RSUD krn stroke. dokter bilang kemungkinan masih di rs pas hari pencoblosan",
            "acara jalan sehat diikuti 500 warga, sekarang sudah selesai", "pengen ngilang dr sosmed dulu ah",
            "anak sy digigit anjing tetangga minggu lalu, udh diobati, perlu vaksin rabies gk?"})
    void anEventAllKnowARefusalOrCareUnderWayIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"adek sy kerja di gudang gas batu sari yg meledak, dari kemarin blm pulang hp nya gk aktif",
            "ada gudang yg meledak di dekat rumah sy, apinya masih gede", "my kids are trapped after the explosion",
            "min tlg sy dibuntutin cowo dr dlm bus td, skrg sy turun di halte sudirman dia ikut turun. sy takut bgt",
            "sy capek bgt, keluarga ribut terus, suami sm mertua sampe ngancem2. rasanya pengen ngilang aja dr semuanya",
            "tolong sy barusan digigit anjing liar di pasar lembah hijau, darahnya lumayan banyak hrs kemana??",
            "bapak sy dirawat di rsud krn stroke, skrg sesak napas makin parah!!",
            "tetangga sy dibunuh td malam, pelakunya masih di sekitar"})
    void someoneMissingFollowedBittenOrWorseIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
