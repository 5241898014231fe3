package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batches K34 and L34, read after their measurement: an online queue at the civil registry, dengue):
 * money asked of a citizen by someone named, a paid "fast lane" and something free sold by an official got a person at the
 * normal priority or choices. The attacks keep a fee asked of no one, a lane and a free thing bought in a shop out.
 */
class FastLaneAndFreeGoodsSoldTest {

    @ParameterizedTest
    @ValueSource(strings = {"soalnya tetangga sy dimintain 50rb sama petugas kelurahan",
            "min sy mau lapor, di kantor capil pesisir selatan ada oknum yg nawarin 'jalur cepat' bayar 150rb biar ktp jadi hari itu jg",
            "ada pegawai kelurahan batu sari barat jual bubuk abate, 25rb sebungkus. itu bukannya bantuan gratis ya?? foto kuitansinya ada"})
    void moneyForWhatIsFreeOrFasterIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"petugas bilang bikin ktp itu gratis ya, sy cuma mau mastiin",
            "jalur cepat tol sangkara udah dibuka belum min",
            "bubuk abate dijual di apotek, katanya sih bisa gratis di puskesmas ya?"})
    void aFeeALaneOrAShopIsNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }
}
