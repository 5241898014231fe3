package id.sigap.monitoring;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post's normalised form, computed once by the intake, gives each step what it got when each step normalised
 * the text itself; and the forms kept in Redis (item hashes, near-duplicate signatures) stay what earlier
 * versions stored, or a post seen before an upgrade would be taken again after it.
 */
class TextFingerprintTest {

    @Test
    void theNormalisedFormDropsCaseAccentsLinksMentionsAndPunctuation() {
        assertThat(TextFingerprint.of("Banjir di Désa @bpbd https://x.id/a  SURUT!").form())
                .isEqualTo("banjir di desa surut");
        assertThat(TextFingerprint.normalised("Jalan Raya 12 ditutup")).isEqualTo("jalan raya 12 ditutup");
        assertThat(TextFingerprint.of(" !!! ").isEmpty()).isTrue();
    }

    @Test
    void oneFormServesEveryStepOfTheIntakeAsBefore() throws Exception {
        AreaGazetteer areas = new AreaGazetteer(MonitoringFixture.AREAS);
        List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("eval/golden.jsonl")));
        texts.addAll(List.of("Banjir di Désa @bpbd https://x.id/a  SURUT!", "Jalan Raya 12 ditutup", "", "   ",
                "!!!", "Air naik di Lembah Hijau, warga Kota Sangkara mengungsi www.portal.id/berita?utm_source=x",
                "The flood in Batu Sari is receding and the roads are open", "Pos 3 AIR naik!", "halo",
                "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ ＫＯＴＡ ＳＡＮＧＫＡＲＡ", "naïve café résumé sangkara-batu sari"));
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        for (String text : texts) {
            TextFingerprint.Normalised once = TextFingerprint.of(text);
            assertThat(once.hash()).isEqualTo(TextFingerprint.hash(text));
            assertThat(once.words()).isEqualTo(TextFingerprint.words(text));
            assertThat(LanguageCheck.indonesian(once.words())).isEqualTo(LanguageCheck.indonesian(text));
            String line = once.hash() + "|" + TextFingerprint.encode(once.minHash()) + "|" + once.words() + "|"
                    + LanguageCheck.indonesian(once.words()) + "|" + areas.areaOf(once) + "\n";
            all.update(line.getBytes(StandardCharsets.UTF_8));
        }
        // Hash, signature, words, language and area of every text, as the code before this change computed them
        // (each step normalising the text itself, with a remembered last form).
        assertThat(HexFormat.of().formatHex(all.digest()))
                .isEqualTo("d59514348756138a7ce2fe365a7efb18822d30b5392387d44423153650b31853");
    }
}
