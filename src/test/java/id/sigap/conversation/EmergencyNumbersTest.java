package id.sigap.conversation;

import id.sigap.sentiment.EmergencyContactSource;
import id.sigap.sentiment.EscalationSettings;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The emergency text goes out in the citizen's language, and always with the emergency number. */
class EmergencyNumbersTest {

    private static final EmergencyContactSource INDONESIAN_ONLY = () -> Optional.of("Telepon 112 sekarang juga.");

    @Test
    void anEnglishSpeakerGetsTheEnglishReplyWhenTheEntryHasNoEnglishVersion() {
        String text = new EmergencyNumbers(EscalationSettings.defaults(), INDONESIAN_ONLY).text(Language.EN);
        assertThat(text).contains("112", "call").doesNotContain("Telepon", "segera");
    }

    @Test
    void anEnglishSpeakerGetsTheEntrysEnglishVersionWhenThereIsOne() {
        EmergencyContactSource both = new EmergencyContactSource() {
            @Override
            public Optional<String> emergencyText() {
                return Optional.of("Telepon 112.");
            }

            @Override
            public Optional<String> emergencyTextInEnglish() {
                return Optional.of("Dial 112 for police, fire and ambulance.");
            }
        };
        assertThat(new EmergencyNumbers(EscalationSettings.defaults(), both).text(Language.EN))
                .isEqualTo("Dial 112 for police, fire and ambulance.");
    }

    @Test
    void anIndonesianSpeakerStillGetsTheApprovedEntry() {
        assertThat(new EmergencyNumbers(EscalationSettings.defaults(), INDONESIAN_ONLY).text(Language.ID))
                .isEqualTo("Telepon 112 sekarang juga.");
    }
}
