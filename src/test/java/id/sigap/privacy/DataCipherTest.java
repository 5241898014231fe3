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
    void aRefusedValueLeavesThePooledCiphersSoundForTheValuesAfterIt() throws Exception {
        // The ciphers are pooled and re-initialised per value: a tampered value that fails its tag check mid-way
        // must not leave a cipher that seals or opens the next values wrongly, on this thread or on many at once.
        String sealed = cipher.seal("transfer ke rekening 123");
        String flipped = sealed.substring(0, sealed.length() - 5) + (sealed.charAt(sealed.length() - 5) == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 4);
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> cipher.open(flipped)).isInstanceOf(DataCipher.UnreadableValueException.class);
            String text = "pesan " + i;
            assertThat(cipher.open(cipher.seal(text))).isEqualTo(text);
        }
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String text = "utas " + thread + " pesan " + i;
                        if (i % 7 == 0) {
                            assertThatThrownBy(() -> cipher.open(flipped))
                                    .isInstanceOf(DataCipher.UnreadableValueException.class);
                        }
                        if (!cipher.open(cipher.seal(text)).equals(text)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
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
