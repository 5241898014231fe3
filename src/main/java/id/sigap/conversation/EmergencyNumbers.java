package id.sigap.conversation;

import id.sigap.sentiment.EmergencyContactSource;
import id.sigap.sentiment.EscalationSettings;
import id.sigap.texts.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The text sent at once on an emergency: the knowledge base's approved emergency-numbers entry when
 * there is one, else the configured reply; in English for a citizen who writes in English.
 */
@Component
public class EmergencyNumbers {

    private final EscalationSettings settings;
    private final EmergencyContactSource contacts;

    EmergencyNumbers(EscalationSettings settings, EmergencyContactSource contacts) {
        this.settings = settings == null ? EscalationSettings.defaults() : settings;
        this.contacts = contacts == null ? EmergencyContactSource.none() : contacts;
    }

    @org.springframework.beans.factory.annotation.Autowired
    EmergencyNumbers(ObjectProvider<EscalationSettings> settings, ObjectProvider<EmergencyContactSource> contacts) {
        this(settings.getIfAvailable(EscalationSettings::defaults), contacts.getIfAvailable(EmergencyContactSource::none));
    }

    public String text() {
        return contacts.emergencyText().filter(text -> !text.isBlank()).orElse(settings.emergencyReply());
    }

    /**
     * The text in the citizen's language: for English, the entry's English version, else the English reply of
     * warga-en.yaml (never the Indonesian entry, which an English speaker in danger may not read).
     */
    public String text(Language language) {
        if (language != Language.EN) {
            return text();
        }
        return contacts.emergencyTextInEnglish().filter(text -> !text.isBlank())
                .orElseGet(() -> Texts.citizenEnglish("emergency.reply"));
    }

    /** The text for a turn's language code ("en" or "id", as in {@link TurnSignals#language()}). */
    public String textFor(String languageCode) {
        return text(Language.ofCode(languageCode));
    }
}
