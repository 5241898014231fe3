package id.sigap.texts;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @AfterEach
    void backToTheRepositoryCopy() {
        Texts.useDirectory(Path.of("prompts/texts"));
    }

    @Test
    void everyPackagedTextHasItsSharedValuesFilledIn() {
        for (Texts.Book book : Texts.Book.values()) {
            Texts.all(book).forEach((key, text) -> assertThat(text).as(book.file() + " " + key)
                    .isNotBlank().doesNotContain("{{", "}}"));
        }
        assertThat(Texts.citizen("bot.help")).contains("hubungi 112");
    }

    @Test
    void theOfficesCopyOverridesAKeyAndTheRestComesFromThePackagedCopy() throws Exception {
        Path dir = TestDirs.fresh("texts-office");
        Files.writeString(dir.resolve("warga.yaml"), "bot.deleted: Sudah dihapus, {{kantor}}.\n");
        Files.writeString(dir.resolve("kantor.yaml"), "kantor: Diskominfo Kabupaten Contoh\n");
        Texts.useDirectory(dir);

        assertThat(Texts.citizen("bot.deleted")).isEqualTo("Sudah dihapus, Diskominfo Kabupaten Contoh.");
        assertThat(Texts.citizen("bot.help")).contains("/petugas");
    }

    @Test
    void aBrokenFileNamesItsLineAndAnUnknownKeyNamesTheFile() throws Exception {
        Path dir = TestDirs.fresh("texts-broken");
        Files.writeString(dir.resolve("warga.yaml"), "bot.deleted: ok\nbot.help: \"unterminated\nbot.start: x\n");
        Texts.useDirectory(dir);

        assertThatThrownBy(() -> Texts.citizen("bot.help")).hasMessageContaining("warga.yaml:");
        Texts.useDirectory(Path.of("prompts/texts"));
        assertThatThrownBy(() -> Texts.citizen("no.such.key")).hasMessageContaining("texts/warga.yaml");
    }

    @Test
    void everyEnglishTextHasItsIndonesianTwin() {
        assertThat(Texts.all(Texts.Book.CITIZEN_ENGLISH)).isNotEmpty();
        assertThat(Texts.all(Texts.Book.CITIZEN).keySet()).containsAll(Texts.all(Texts.Book.CITIZEN_ENGLISH).keySet());
    }

    /** Both texts get the same values; an English text may leave out the last ones (they are then unused). */
    @Test
    void aTwinTakesThePlaceholdersOfItsIndonesianTextInTheSameOrder() {
        Texts.all(Texts.Book.CITIZEN_ENGLISH).forEach((key, english) -> {
            java.util.List<String> indonesian = placeholders(Texts.citizen(key));
            java.util.List<String> twin = placeholders(english);
            assertThat(twin.size()).as("warga-en.yaml " + key).isLessThanOrEqualTo(indonesian.size());
            assertThat(twin).as("warga-en.yaml " + key).isEqualTo(indonesian.subList(0, twin.size()));
        });
    }

    private static java.util.List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("%[sd]").matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    @Test
    void everyReasonHasAnOfficersLabel() {
        for (id.sigap.conversation.Reason reason : id.sigap.conversation.Reason.values()) {
            assertThat(reason.label()).as(reason.key()).isNotBlank().isNotEqualTo(reason.key());
        }
    }
}
