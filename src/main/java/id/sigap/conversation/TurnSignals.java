package id.sigap.conversation;

import java.util.List;
import java.util.Map;

/**
 * The signals behind one decision, recorded with the turn so that the office can evaluate it.
 * Every field may be empty when the stage did not run (a command runs no retrieval).
 *
 * @param normalizedText the text after informal-spelling normalisation
 * @param language       detected language ({@code id}, {@code en})
 * @param sentiment      one of positif, netral, berpotensi_negatif, negatif
 * @param sentimentConfidence 0..1
 * @param emergency      threat to life or safety detected
 * @param wantsHuman     the citizen asked for a person
 * @param retrieved      knowledge-base entries retrieved, best first
 * @param retrievalConfidence calibrated confidence of the best entry, NaN when no retrieval ran
 * @param kbVersion      version of the knowledge base answered from
 * @param answerMode     {@code extractive} or {@code generated}
 * @param model          the LLM used, when generated
 * @param stageMicros    latency of each stage in microseconds (classify, retrieve, compose, total)
 */
public record TurnSignals(String normalizedText, String language, String sentiment, double sentimentConfidence,
                          boolean emergency, boolean wantsHuman, List<ScoredEntry> retrieved,
                          double retrievalConfidence, String kbVersion, String answerMode, String model,
                          Map<String, Long> stageMicros) {

    public static final TurnSignals NONE = new TurnSignals(null, null, null, Double.NaN, false, false,
            List.of(), Double.NaN, null, null, null, Map.of());

    public TurnSignals {
        retrieved = retrieved == null ? List.of() : List.copyOf(retrieved);
        stageMicros = stageMicros == null ? Map.of() : Map.copyOf(stageMicros);
    }

    /** A knowledge-base entry with the score retrieval gave it. */
    public record ScoredEntry(String entryId, double score) {
    }
}
