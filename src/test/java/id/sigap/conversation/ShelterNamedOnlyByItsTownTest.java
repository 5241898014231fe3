package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-seventh session: a question about something else that names a town got that town's shelters (or another
 * town's, whose text names it) among its choices or the suggestions beside a person ("jam buka disdukcapil batu sari" was asked "Posko pengungsian Kota Batu Sari?"
 * first); in the 20 batches I38-B39, 197 of 627 choice lists and suggestions held a shelter entry the question did not
 * ask about. The attacks keep the shelters where the question is about where the flooded go, or names nothing but the
 * town.
 */
class ShelterNamedOnlyByItsTownTest {

    @ParameterizedTest
    @ValueSource(strings = {"jam buka disdukcapil batu sari hari sabtu buka gk ya",
            "syarat bikin akta kelahiran di dukcapil batu sari apa aja ya",
            "min harga gas melon 3kg di batu sari skrg brp sih? kmrn sy beli 35rb di warung",
            "jam besuk RSUD Batu Sari jam brp ya min? trs boleh bawa anak kecil gk",
            "spbu di kota batu sari pada tutup ya? mau beli bensin buat genset"})
    void aQuestionAboutSomethingElseIsNotOfferedTheTownsShelters(String message) {
        Decision decision = ShippedAnswers.decideAsServed(message);
        // neither the town's shelters nor another town's, whose text names this town
        assertThat(decision.candidates()).as(message + " " + decision)
                .doesNotContain("banjir-posko-batu-sari", "banjir-posko-lembah-hijau");
        assertThat(decision.entryId()).as(message).isNotEqualTo("banjir-posko-batu-sari");
    }

    @ParameterizedTest
    @ValueSource(strings = {"batu sari", "warga batu sari yg rumahnya kebanjiran kemana", "sy di batu sari, ngungsi kemana ya"})
    void theFloodedAskingWhereToGoOrTheTownAloneStillGetIt(String message) {
        Decision decision = ShippedAnswers.decideAsServed(message);
        assertThat(decision.entryId() != null ? java.util.List.of(decision.entryId()) : decision.candidates())
                .as(message + " " + decision).contains("banjir-posko-batu-sari");
    }
}
