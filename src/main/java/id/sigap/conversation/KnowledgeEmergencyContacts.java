package id.sigap.conversation;

import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.knowledge.Markdown;
import id.sigap.sentiment.EmergencyContactSource;
import id.sigap.texts.Texts;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The approved emergency-numbers entry (id containing {@code nomor-darurat}, or tagged {@code darurat}), for the
 * immediate reply to an emergency; it always carries the emergency number.
 */
@Component
class KnowledgeEmergencyContacts implements EmergencyContactSource {

    private final LiveKnowledgeBase knowledge;

    KnowledgeEmergencyContacts(LiveKnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Optional<String> emergencyText() {
        LocalDate today = LocalDate.now();
        return knowledge.current().entries().stream()
                .filter(e -> e.servableOn(today))
                .filter(e -> e.id().contains("nomor-darurat") || e.tags().contains("darurat"))
                .findFirst()
                .map(e -> {
                    String text = Markdown.plain(e.body()).strip();
                    return text.contains(Texts.shared("darurat")) ? text : Texts.citizen("emergency.call-first") + "\n\n" + text;
                });
    }
}
