package id.sigap.privacy;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataCipherTest {

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }

    private final DataCipher cipher = new DataCipher(DataKeys.of(List.of(key(1))));

    @Test
    void aSealedValueOpensToTheTextAndShowsNoneOfIt() {
        String text = "NIK saya 3171014506890002, hp 081234567890 ✓";
        String sealed = cipher.seal(text);
        assertThat(sealed).startsWith(DataCipher.PREFIX + DataKeys.idOf(key(1)) + ".")
                .doesNotContain("3171014506890002", "081234567890", "NIK");
        assertThat(cipher.open(sealed)).isEqualTo(text);
    }

    @Test
    void theSameTextSealsDifferentlyEachTimeBecauseEachValueHasItsOwnNonce() {
        assertThat(cipher.seal("sama")).isNotEqualTo(cipher.seal("sama"));
    }

    @Test
    void afterRotationNewValuesUseTheNewKeyAndOldValuesStillOpen() {
        String old = cipher.seal("lama");
        DataCipher rotated = new DataCipher(DataKeys.of(List.of(key(2), key(1))));
        String fresh = rotated.seal("baru");
        assertThat(fresh).startsWith(DataCipher.PREFIX + DataKeys.idOf(key(2)) + ".");
        assertThat(rotated.open(old)).isEqualTo("lama");
        assertThat(rotated.open(fresh)).isEqualTo("baru");
    }

    @Test
    void aValueSealedWithAKeyThatIsNoLongerConfiguredIsRefusedNotGuessed() {
        String sealed = new DataCipher(DataKeys.of(List.of(key(3)))).seal("rahasia");
        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(DataCipher.UnreadableValueException.class)
                .hasMessageNotContaining("rahasia");
    }

    @Test
    void aTamperedValueIsRefused() {
        String sealed = cipher.seal("transfer ke rekening 123");
        int at = sealed.length() - 5;
        String flipped = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> cipher.open(flipped)).isInstanceOf(DataCipher.UnreadableValueException.class);
    }

    @Test
    void aValueMovedUnderAnotherKeyIdIsRefused() {
        // The key id is authenticated: relabelling a value cannot make another key try it.
        DataCipher two = new DataCipher(DataKeys.of(List.of(key(1), key(2))));
        String sealed = two.seal("x");
        String relabelled = sealed.replace(DataKeys.idOf(key(1)), DataKeys.idOf(key(2)));
        assertThatThrownBy(() -> two.open(relabelled)).isInstanceOf(DataCipher.UnreadableValueException.class);
    }

    @Test
    void valuesWrittenBeforeEncryptionAreReadAsTheyAre() {
        assertThat(cipher.open("{\"text\":\"halo\"}")).isEqualTo("{\"text\":\"halo\"}");
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> DataKeys.of(List.of(new byte[16]))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Base64.getDecoder().decode(DataKeys.newKeyBase64())).hasSize(32);
    }
}
