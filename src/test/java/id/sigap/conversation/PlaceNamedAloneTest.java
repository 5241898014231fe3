package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place named with the word of its kind ("Kabupaten Pesisir Barat", "Kecamatan Sangkara Timur") is no question about
 * that place's shelters: "kabupaten" is in two of the six shelters' titles, and was read as naming their kind. Thirty-fifth
 * session, batches O35 and Q35 (read): a land-certificate programme, a midwife's test kits and a citizen's district each
 * got a region's shelters, surely. Over the approved knowledge base as shipped.
 */
class PlaceNamedAloneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Apakah program sertifikat tanah gratis PTSL masih ada tahun ini di Kabupaten Pesisir Barat? | banjir-posko-pesisir-barat",
            "Kami tinggal di Kecamatan Sangkara Timur. | banjir-posko-sangkara-timur",
            "Saya di Kecamatan Sukamaju, Kabupaten Lembah Hijau. | banjir-posko-lembah-hijau"})
    void aPlaceAloneIsNotAnsweredSurelyWithItsShelters(String text, String shelters) {
        Decision decision = ShippedAnswers.decide(text);

        assertThat(decision.outcome()).as(text).isNotEqualTo(Outcome.ANSWER);
        assertThat(decision.entryId()).as(text).isNotEqualTo(shelters);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "posko di kecamatan sangkara timur dimana | banjir-posko-sangkara-timur",
            "sy tinggal di kecamatan sangkara timur, mau ngungsi kemana ya | banjir-posko-sangkara-timur",
            "pengungsian kabupaten lembah hijau | banjir-posko-lembah-hijau",
            "posko pengungsian pesisir barat di mana | banjir-posko-pesisir-barat"})
    void theSheltersAskedForByPlaceAreStillAnswered(String text, String shelters) {
        Decision decision = ShippedAnswers.decide(text);

        assertThat(decision.outcome()).as(text).isEqualTo(Outcome.ANSWER);
        assertThat(decision.entryId()).as(text).isEqualTo(shelters);
    }
}
