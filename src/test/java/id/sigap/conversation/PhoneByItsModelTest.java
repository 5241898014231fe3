package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-ninth session (batch U55, read): "iphone terbaru harganya brp ya min di sangkara?" got choices of market
 * operations and bus fares; a phone named before its price is shopping. The attacks keep a phone the citizen lost or
 * the office's own app, which are not.
 */
class PhoneByItsModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"iphone terbaru harganya brp ya min di sangkara?", "harga iphone terbaru di batu sari brp",
            "mau beli iphone baru, toko mana yg murah min"})
    void aPhoneByItsModelIsShopping(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).contains(OutsideRemit.Topic.SHOPPING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hp sy hilang pas ngungsi, lapor kehilangan dmn ya", "aplikasi sigap bisa dipake di iphone gk?"})
    void aPhoneLostOrAnAppAskedIsNot(String text) {
        assertThat(OutsideRemit.recognise(text)).as(text).isEmpty();
    }
}
