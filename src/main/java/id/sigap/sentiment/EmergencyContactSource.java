package id.sigap.sentiment;

import java.util.Optional;

/**
 * Where the emergency-numbers text comes from. The knowledge feature may provide a bean that returns
 * the approved entry tagged {@code darurat} (or whose id contains {@code nomor-darurat}); without one,
 * {@link EscalationSettings#emergencyReply()} is used (see {@code id.sigap.conversation.EmergencyNumbers}).
 */
@FunctionalInterface
public interface EmergencyContactSource {

    Optional<String> emergencyText();

    /** The same text for a citizen who writes in English; empty when the source has no English version. */
    default Optional<String> emergencyTextInEnglish() {
        return Optional.empty();
    }

    static EmergencyContactSource none() {
        return Optional::empty;
    }
}
