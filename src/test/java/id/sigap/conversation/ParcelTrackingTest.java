package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fifth session (batches N35 and B36, read): a parcel tracked got the aid-distribution schedule surely, or a
 * ticket. Outside the remit, as shopping is; aid parcels ("paket sembako") are not.
 */
class ParcelTrackingTest {

    @ParameterizedTest
    @ValueSource(strings = {"bisa tolong lacak paket sy gk min, dari shopee udah 5 hari blm nyampe",
            "min bisa cekin resi jnt sy gk, paket dr sangkara ke lembah hijau gk nyampe2 udh seminggu",
            "Can you track my package? It has been a week"})
    void aParcelTrackedIsOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paket sembako dari pemprov kapan dibagi?", "paket bantuan buat korban banjir sudah dikirim?"})
    void anAidParcelIsNot(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }
}
