package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-first session (held-out wave E58-H58, read after its measurement): oxygen running out with the patient gasping, a
 * woman screaming for help beside things breaking, and a break-in with the writer locked in a room are emergencies. A
 * landslide of 2016 whose family was relocated, thanks for rescuers who came fast, a landslide that fell on a pole days
 * ago, an accident guessed beside an event as a jam's cause, a despairing mother whose power was cut for arrears, an open
 * drain someone could fall into, a mother paralysed after a stroke asking for a wheelchair, a father stable in a ward,
 * and a child at the emergency room whose insurance lapsed are not. The attacks keep a landslide on a house with people,
 * a patient in hospital now getting worse, and a person who fell into the drain now.
 */
class CareHazardsAndHomesTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "min tolong!!! tabung oksigen bapak sy abis skrg, bapak udh megap2 napasnya",
            "sebelah rumah ada suara perempuan teriak2 minta tolong sm suara barang pecah dr td",
            "min ada org nyoba buka pintu belakang rumah sy skrg. sy sendirian sm anak, sy kunci diri di kamar. tolong",
            // attacks
            "longsor barusan menimpa rumah pak darto, ada 3 orang di dalam", "bapak sy di rs skrg sesak napas makin parah, tolong",
            "ada orang jatuh ke gorong2 gk ada tutupnya barusan, gk keliatan lagi tolong"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "dulu th 2016 kampung sy kena longsor, rumah nenek ilang semua. skrg udh direlokasi sih. cuma pgn tau program relokasi gitu masih ada gk buat daerah rawan?",
            "terima kasih banyak buat tim BPBD sm relawan yg kemarin cepet bgt dateng ke kampung kami pas longsor 🙏🙏 semoga sehat selalu",
            "listrik mati udh 3 hari sejak longsor nimpa tiang di dusun kami. kulkas warung sy udh bau semua. kapan diperbaiki??",
            "jl sudirman arah bundaran macet total dr td, ada apa ya? kecelakaan ato ada acara?",
            "sy capek bgt min. listrik diputus krn nunggak 3 bulan, suami kena PHK, anak2 belajar pake lilin. gk tau lagi mau minta tolong ke siapa 😭",
            "ada gorong2 gk ada tutupnya di trotoar Jl. Merdeka dpn toko emas, dalem, malem gelap bahaya bgt bisa ada yg kecemplung",
            "kursi roda gratis dr pemprov msh ada gk? ibu sy lumpuh sebelah abis stroke",
            "selamat pagi min, kemarin malam bapak sy sesak napas tp alhamdulillah udh dibawa ke RS dan skrg stabil di bangsal",
            "min sy di IGD RSUD skrg, anak sy demam tinggi 3 hari. kata admin BPJS nya nonaktif krn nunggak, harus bayar umum dulu. sy gk punya uang segitu"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
