package id.sigap.conversation;

import id.sigap.sentiment.EmergencyContactSource;
import id.sigap.sentiment.EscalationSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The text sent at once on an emergency: the knowledge base's approved emergency-numbers entry when
 * there is one, else the configured reply.
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
}
