package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-sixth session (batches I52-P52, read). Missed: hikers lost at dusk, water above the knee around someone who
 * cannot walk (Javanese and Indonesian), a flooding home and a cry for help in English, people on a bridge that shakes.
 * Read as emergencies by mistake: no news of aid, a fee asked for papers lost in the flood, a sign the writer calls not
 * urgent, robbers told as a habit, a doctor asked for "if someone falls ill" in Sundanese, a water tank asked to come
 * up the hill, an office looked for. The attacks keep suppositions, the past and questions out, and the real ones in.
 */
class LostHikersAndWaterAboveTheKneeTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"we are lost on Gunung Awan Lembah Hijau trail",
            "kami nyasar di gunung, hp tinggal 8%, udah gelap",
            "last marker we saw was pos 3, we went left at a river. please send SAR",
            "banyune wis sedhengkul luwih, mbahku lumpuh ra iso mlaku, aku dewe karo anak cilik",
            "airnya udah selutut lebih, nenek saya lumpuh gak bisa jalan, saya sendiri sama anak kecil",
            "Help please, our house in Desa Karang Laut, Pesisir Barat is flooding, water is already knee high and rising fast",
            "my grandmother can't walk and we can't carry her out alone. Is there a rescue team? please hurry",
            "banyak warga malah nonton di atas jembatan, udh sy teriakin gk mau pergi. jembatannya getar",
            // attacks that must stay emergencies
            "tolong sy dibegal skrg di jalan lamper",
            "bukan darurat sih tapi anak saya kejang sekarang",
            "tolong anak saya hanyut kebawa banjir, ktp nya juga",
            "suami sy melaut pas badai kemarin, belum ada kabar sampai skrg. sudah didata tim sar",
            "tolong air naik terus, rumah kami kebanjiran",
            "my mom is stuck at home, water rising, she can't walk, please send rescue"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min bantuan perbaikan rumah korban banjir itu kapan cairnya ya? rumah sy rusak berat di Desa Cikadu, "
            + "Lembah Hijau, udh didata sama petugas tgl 12 kemarin tp blm ada kabar",
            "lurah Sidomulyo minta uang 200rb per orang buat ngurus KTP yg ilang kena banjir, katanya biar cepet. bukannya gratis "
                    + "ya min? ini pungli kan",
            "Not urgent but the big sign at Taman Danau Biru says 'PLEASE DO NOT FEED THE FISH WITH YOUR HAND, THEY ARE "
                    + "DANGEROUS AND SPICY' 😂 I think someone used google translate. Maybe fix it?",
            "Jalan dari Desa Lamper ke kecamatan itu gelap total sepanjang 4 km. Sering ada begal. Kapan ada rencana pasang PJU?",
            "min di puskesmas Cigadog teu aya dokter unggal dinten, ngan aya perawat hungkul. upami aya nu gering parah kedah ka "
                    + "kota 2 jam. mugi ditambihan dokter",
            "Kami di dusun atas sudah 3 hari harus jalan 2 km bawa jeriken. Tolong tangki air juga naik ke atas",
            "saya tersesat nyari kantor samsat",
            // attacks that must stay no emergency
            "paket sy nyasar ke desa sebelah min",
            "kemarin anak pramuka sempat nyasar di hutan tapi udah ketemu, mau tanya izin kemah",
            "If we get lost on the mountain trail, who do we call?",
            "last year our house was flooded knee high, please help with repair aid",
            "please send me the SAR contact number",
            "my grandmother can't walk, can the rescue team help us move to the shelter tomorrow?",
            "dulu waktu banjir selutut nenek saya yang lumpuh tidak bisa jalan, sekarang mau tanya bantuan kursi roda",
            "jembatan gantung di desa kami goyang kalau dilewati, kapan diperbaiki?"})
    void noDangerNowIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
