package id.sigap.sentiment;

import id.sigap.sentiment.EscalationDecision.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPolicyTest {

    private final EscalationPolicy policy = new EscalationPolicy(EscalationSettings.defaults());

    private static Classification message(Sentiment sentiment) {
        return new Classification("x", sentiment, 0.9, false, false, false, List.of());
    }

    @Test
    void negatifIsHandedOff() {
        EscalationDecision decision = policy.decide(message(Sentiment.NEGATIF), List.of(), Double.NaN);
        assertThat(decision.handOff()).isTrue();
        assertThat(decision.reasons()).containsExactly("sentiment:negatif");
        assertThat(decision.immediateReply()).isNull();
    }

    @Test
    void aSingleBerpotensiNegatifWithGoodRetrievalIsAnswered() {
        EscalationDecision decision = policy.decide(message(Sentiment.BERPOTENSI_NEGATIF), List.of(Sentiment.NETRAL), 0.9);
        assertThat(decision.handOff()).isFalse();
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void repeatedBerpotensiNegatifIsHandedOff() {
        EscalationDecision decision = policy.decide(message(Sentiment.BERPOTENSI_NEGATIF),
                List.of(Sentiment.NETRAL, Sentiment.BERPOTENSI_NEGATIF), 0.9);
        assertThat(decision.handOff()).isTrue();
        assertThat(decision.reasons()).contains("repeated-berpotensi-negatif", "sentiment:berpotensi_negatif");
    }

    @Test
    void berpotensiNegatifOutsideTheWindowDoesNotCount() {
        EscalationDecision decision = policy.decide(message(Sentiment.BERPOTENSI_NEGATIF),
                List.of(Sentiment.BERPOTENSI_NEGATIF, Sentiment.NETRAL, Sentiment.NETRAL, Sentiment.NETRAL), 0.9);
        assertThat(decision.handOff()).isFalse();
    }

    @Test
    void berpotensiNegatifWithLowRetrievalConfidenceIsHandedOff() {
        EscalationDecision decision = policy.decide(message(Sentiment.BERPOTENSI_NEGATIF), List.of(), 0.2);
        assertThat(decision.handOff()).isTrue();
        assertThat(decision.reasons()).contains("low-retrieval-confidence");
    }

    @Test
    void emergencyRepliesWith112AtOnceAndHandsOffWithTopPriority() {
        Classification emergency = new Classification("tolong terjebak banjir", Sentiment.BERPOTENSI_NEGATIF, 0.8,
                true, false, false, List.of("emergency:trapped"));
        EscalationDecision decision = policy.decide(emergency, List.of(), Double.NaN);
        assertThat(decision.handOff()).isTrue();
        assertThat(decision.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(decision.reasons()).first().isEqualTo("emergency");
        assertThat(decision.immediateReply()).contains("112");
    }

    @Test
    void emergencyNumbersFromTheKnowledgeBaseWinOverTheConfiguredText() {
        EscalationPolicy withKnowledge = new EscalationPolicy(EscalationSettings.defaults(),
                () -> Optional.of("Damkar 113, Ambulans 118, Basarnas 115"));
        Classification emergency = new Classification("kebakaran", Sentiment.NETRAL, 0.8, true, false, false, List.of());
        assertThat(withKnowledge.decide(emergency, List.of(), Double.NaN).immediateReply()).contains("Damkar 113");
    }

    @Test
    void hostileMessagesAreHandedOffWithoutArguing() {
        Classification hostile = new Classification("admin goblok", Sentiment.NEGATIF, 0.9, false, false, true, List.of());
        EscalationDecision decision = policy.decide(hostile, List.of(), 0.9);
        assertThat(decision.handOff()).isTrue();
        assertThat(decision.reasons()).contains("hostile");
        assertThat(decision.priority()).isEqualTo(Priority.HIGH);
        assertThat(decision.immediateReply()).isNull();
    }

    @Test
    void askingForAHumanIsHandedOff() {
        Classification asks = new Classification("/petugas", Sentiment.NETRAL, 0.9, false, true, false, List.of());
        EscalationDecision decision = policy.decide(asks, List.of(), 0.95);
        assertThat(decision.handOff()).isTrue();
        assertThat(decision.reasons()).containsExactly("asked-for-human");
        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void neutralAndPositiveMessagesAreAnswered() {
        assertThat(policy.decide(message(Sentiment.NETRAL), List.of(Sentiment.NEGATIF), 0.1).handOff()).isFalse();
        assertThat(policy.decide(message(Sentiment.POSITIF), List.of(), Double.NaN).handOff()).isFalse();
    }

    @Test
    void settingsFallBackToDefaults() {
        EscalationSettings settings = new EscalationSettings(0, 0, 0, " ");
        assertThat(settings.repeatCount()).isEqualTo(2);
        assertThat(settings.repeatWindow()).isEqualTo(4);
        assertThat(settings.lowRetrievalConfidence()).isEqualTo(0.5);
        assertThat(settings.emergencyReply()).contains("112");
    }

    @Test
    void theRealClassifierAndPolicyRouteAnEmergencyEndToEnd() {
        Classification c = SentimentClassifier.offline().classify("tolong!! air sudah sampai atap, kami terjebak");
        EscalationDecision decision = policy.decide(c, List.of(), Double.NaN);
        assertThat(decision.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(decision.immediateReply()).contains("112");
    }
}
