package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty-ninth session (batches H29, I29, J29, read: a hoax wave, an earthquake, a volcano): false alarms that flood
 * the staff queue in the week it matters, and two dangers read only by the learnt model. Each guard keeps the attack
 * that would turn it into a missed emergency.
 */
class ChainAndStrandedEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "[Diteruskan] PENDAFTARAN BANTUAN TUNAI KORBAN BANJIR Rp 3.500.000/KK TELAH DIBUKA!!! Kuota terbatas, segera isi "
                    + "data diri Anda melalui link berikut. Pendaftaran DITUTUP malam ini. bener gk min? mau daftar nih",
            "*INFO PENTING!!! SEBARKAN KE KELUARGA* Bendungan Kalisoka udh retak besar dan diperkirakan jebol jam 2 malam "
                    + "ini. Warga harap SEGERA mengungsi ke tempat tinggi. Sebarkan sebelum dihapus!!! bener gak min??",
            "Our tour group of 14 people is stuck in the hotel since the airport closed. Is the government providing any "
                    + "transport to another airport?",
            "anak sy batuk2 terus sejak hujan abu, blm sesak sih, perlu ke puskesmas gk?",
            "sy gk bisa tidur min, tiap denger hujan deres jantung sy deg2an takut bendungan jebol, anak sy lg di rumah "
                    + "neneknya deket sungai",
            "min bisa bantu cek nilai rapor anak sy gk? sekolahnya tutup krn banjir",
            // batches K29 and M29 (read): a licence swept away, helping victims, victims named in anger, a legal status
            "min mau bikin SIM yg hilang kebawa banjir dmn ya",
            "min boleh tau cara jadi relawan bantu korban banjir?",
            "VIRALKAN!!! Pejabat bejat ketawain korban banjir. Kalo admin gk bales dlm 1 jam sy sebar screenshot chat ini",
            "Mohon konfirmasi jumlah korban jiwa akibat pemadaman dan apakah gubernur akan menetapkan status tanggap darurat?",
            // batches O29 and P29 (read after their measurement): a count asked by a journalist, stranded travellers as a group
            "Saya Rahmat dari harian Warta Priangan. Mohon informasi jumlah korban meninggal dan hilang per hari ini",
            "Is there any official shelter for stranded travellers or only hotels?",
            "there was a landslide near the village last week, is the road open now?"})
    void aChainMessageStrandedTravellersADeniedSymptomAFearOrASchoolReportIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "min tebing belakang rumah longsor barusan, kayaknya ada yg ketimbun!! kp. cigadog rt 5",
            "HELP my friend is stuck under a collapsed wall at the homestay, we can't lift it, what number do we call??",
            // the attacks: the chain's own urgency with one of the writer's own trapped; a fear with water in the house
            // or a plea; stranded in a hotel on fire; a denied symptom beside blue lips; a school report and a child trapped
            "[diteruskan] bendungan mau jebol malam ini, sebarkan!! bener gk min? anak sy terjebak di loteng, air udh sedada",
            "takut tanggul jebol, air udh masuk rumah sampe dada",
            "tolong takut bendungan jebol, tanggulnya udah merembes deras",
            "we are stuck in the hotel, the fire is on our floor, help!!",
            "anak sy blm sesak tp bibirnya kebiruan, lemas",
            "tolong anak sy terjebak di sekolah, air naik terus, rapornya biarin",
            "tolong bantu korban banjir di rt 3, air udh sedada!!",
            "ada korban banjir terjebak di atap!!",
            "adik sy yg hilang kebawa banjir blm ketemu",
            "jumlah korban hilang brp? anak sy blm ketemu dr semalem",
            "we are stranded on the roof, water rising",
            "Please help, my friend and I are hiking and the trail ahead just collapsed, there's mud sliding down. What do we do??",
            "tolong tanah di belakang rumah sy retak2 dan ada suara gemuruh dr atas bukit, sy msh di rumah sama 2 anak"})
    void dangerIsStillAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }
}
