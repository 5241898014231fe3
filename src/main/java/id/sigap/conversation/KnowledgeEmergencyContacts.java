package id.sigap.conversation;

import id.sigap.knowledge.KnowledgeEntry;
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
        return entry().map(e -> {
            String text = Markdown.plain(EnglishVersion.indonesian(e.body())).strip();
            return text.contains(Texts.shared("darurat")) ? text : Texts.citizen("emergency.call-first") + "\n\n" + text;
        });
    }

    /** The entry's English version (docs/decision.md, Language), never its Indonesian text. */
    @Override
    public Optional<String> emergencyTextInEnglish() {
        return entry().flatMap(e -> EnglishVersion.of(e.body())).map(en -> {
            String text = Markdown.plain(en.text()).strip();
            return text.contains(Texts.shared("darurat")) ? text
                    : Texts.citizenEnglish("emergency.call-first") + "\n\n" + text;
        });
    }

    private Optional<KnowledgeEntry> entry() {
        LocalDate today = LocalDate.now();
        return knowledge.current().entries().stream()
                .filter(e -> e.servableOn(today))
                .filter(KnowledgeEntry::emergencyNumbers)
                .findFirst();
    }
}
