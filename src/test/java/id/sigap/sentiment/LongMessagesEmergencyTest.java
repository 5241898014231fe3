package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long messages (twenty-fifth session): a helper's set of long service questions that use crisis words calmly
 * ({@code eval/emergency-long.tsv}) raised 15 false alarms of 80 on the rules before it was read. The guards written
 * from it (the past and recovery in English, "sekarang sudah sadar", "tolong" and "please" asking for a service, the
 * writer saying nobody is in danger, a near miss, a water bill) each with the attacks that would turn them into a missed
 * danger.
 */
class LongMessagesEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "My mother had a minor stroke in March and has since recovered quite well. Does the provincial hospital "
                    + "offer physiotherapy under BPJS?",
            "There was a fire in the warehouse next to our office last Tuesday. Everyone got out safely and the fire "
                    + "brigade put it out quickly. Who decides whether the building must be demolished?",
            "Last week my neighbour fell from his scaffolding and broke his leg. He is home now and recovering well. "
                    + "Is there any compensation for informal workers?",
            "Kak mau nanya, ibu saya kemaren pingsan di rumah, udah dibawa ke IGD dan sekarang udah sadar. Biaya rawat "
                    + "inapnya bisa ditanggung BPJS kan?",
            "Kak anak sy kemarin demam tinggi, udah dibawa ke puskesmas. Skrg udah turun panasnya. Puskesmas mana yang "
                    + "buka 24 jam?",
            "Min ada kabel listrik putus di depan lapangan voli, jatuh abis angin kenceng semalem. Gak ada yg kena kok, "
                    + "udah kami kasih tali rafia. Tolong diterusin ke PLN ya",
            "Drainase di gang kami mampet, air nggenang sampe mata kaki. Emang gak bahaya sih, cuma bau. Bisa tolong "
                    + "dijadwalin pengerukan?",
            "The streetlights along Jalan Kenanga have been broken for a month. It's not urgent, but many women walk "
                    + "home this way. Could the city please add it to the repair list?",
            "My neighbour burns plastic waste every evening and my children have started coughing at night. It's not "
                    + "an acute danger, but it is a constant problem. Is open burning allowed?",
            "Could you please send me the list of official evacuation shelters? Since the tsunami drill last year my "
                    + "kids keep asking where we would go.",
            "Mau laporin lampu merah di perempatan pasar baru mati. Tadi pagi macet parah dan hampir ada tabrakan. "
                    + "Tolong lampunya cepet dibenerin ya.",
            "Min kenapa tagihan air bulan ini naik hampir 3x lipat? Udah dicek gak ada pipa yg bocor."})
    void aLongServiceQuestionThatUsesCrisisWordsCalmlyIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a past event beside danger now; recovered, then worse again
            "Last year the river flooded our street too, but now the water is at my chest and my father is still inside",
            "ibu saya kemarin pingsan, sekarang sudah sadar tapi tidak bisa bicara dan mulutnya mencong",
            "He had a stroke last month and recovered, but right now he is unconscious and not breathing",
            // "tolong" with a service verb beside a real danger, and "tolong" asking for a rescue
            "tolong diteruskan ke damkar, rumah sebelah terbakar dan ada nenek di dalam",
            "tlg catat alamat sy, jl mawar 12, ada yg kesetrum pas benerin antena, orgnya ga sadar",
            "please send an ambulance, my husband collapsed and is not breathing",
            "tolong kirim perahu, kami terjebak di atap",
            // nobody hurt, yet someone in danger now
            "gak ada yg luka waktu gempa tadi, tapi sekarang ada retakan besar dan anak saya terjebak di kamar",
            "nobody was hurt in the first blast but now the fire is spreading and people are still inside",
            // a near miss beside a real crash; water rising beside a bill
            "hampir ada tabrakan tadi, terus motor di belakang saya nabrak truk, orangnya berdarah tidak sadar",
            "tagihan air naik terus, tapi sekarang air sungai naik sampai dada di rumah, nenek masih di dalam",
            // gone since yesterday or last night: still going on
            "my son is 14 and hasn't come home since the flood last night, his phone is off",
            "tourist here, my friend went hiking alone yesterday and never came back to camp, no signal up there"})
    void aDangerBesideTheseWordsStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }
}
