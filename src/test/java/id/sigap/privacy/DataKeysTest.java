package id.sigap.privacy;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataKeysTest {

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceIntoAnOwnerOnlyFileAndKeptAcrossRestarts() throws Exception {
        Path data = TestDirs.fresh("keys").resolve("data");
        PrivacySettings none = new PrivacySettings("", List.of(), null);
        DataKeys first = DataKeys.load(none, data);
        String sealed = new DataCipher(first).seal("halo");

        Path file = data.resolve("keys").resolve(DataKeys.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");

        DataKeys again = DataKeys.load(none, data);
        assertThat(again.currentId()).isEqualTo(first.currentId());
        assertThat(new DataCipher(again).open(sealed)).isEqualTo("halo");
    }

    @Test
    void aConfiguredKeyBecomesCurrentWhileTheGeneratedKeyStillOpensWhatItSealed() {
        Path data = TestDirs.fresh("keys-rotate");
        DataKeys generated = DataKeys.load(new PrivacySettings("", List.of(), null), data);
        String old = new DataCipher(generated).seal("lama");

        String configured = DataKeys.newKeyBase64();
        DataKeys rotated = DataKeys.load(new PrivacySettings(configured, List.of(), null), data);
        assertThat(rotated.currentId()).isNotEqualTo(generated.currentId());
        assertThat(new DataCipher(rotated).open(old)).isEqualTo("lama");
    }

    @Test
    void previousKeysFromConfigurationStillOpenButNeverSeal() {
        Path data = TestDirs.fresh("keys-previous");
        String oldKey = DataKeys.newKeyBase64();
        String old = new DataCipher(DataKeys.load(new PrivacySettings(oldKey, List.of(), null), data)).seal("lama");
        String newKey = DataKeys.newKeyBase64();
        DataKeys rotated = DataKeys.load(new PrivacySettings(newKey, List.of(oldKey), null), data);
        DataCipher cipher = new DataCipher(rotated);
        assertThat(cipher.open(old)).isEqualTo("lama");
        assertThat(cipher.seal("baru")).contains(DataKeys.idOf(java.util.Base64.getDecoder().decode(newKey)));
    }
}
