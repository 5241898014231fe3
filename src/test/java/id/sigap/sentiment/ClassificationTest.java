package id.sigap.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What small talk may take back to netral, and the attacks: what it must keep as read. */
class ClassificationTest {

    private static Classification read(Sentiment sentiment, boolean emergency, boolean wantsHuman, boolean hostile,
                                       String... signals) {
        return new Classification("min", sentiment, 0.7, emergency, wantsHuman, hostile, List.of(signals));
    }

    @Test
    void waryOnlyIsTakenBackToNetralAndMarked() {
        Classification calmed = read(Sentiment.BERPOTENSI_NEGATIF, false, false, false).withoutWariness();

        assertThat(calmed.sentiment()).isEqualTo(Sentiment.NETRAL);
        assertThat(calmed.signals()).contains(Classification.SMALL_TALK_NETRAL);
    }

    @Test
    void negatifEmergencyHostilityARequestDistressAndSarcasmAreKept() {
        List<Classification> kept = List.of(
                read(Sentiment.NEGATIF, false, false, false),
                read(Sentiment.BERPOTENSI_NEGATIF, true, false, false),
                read(Sentiment.BERPOTENSI_NEGATIF, false, true, false),
                read(Sentiment.BERPOTENSI_NEGATIF, false, false, true),
                read(Sentiment.BERPOTENSI_NEGATIF, false, false, false, Classification.DISTRESS),
                read(Sentiment.BERPOTENSI_NEGATIF, false, false, false, Classification.SARCASM),
                read(Sentiment.POSITIF, false, false, false));

        for (Classification c : kept) {
            assertThat(c.withoutWariness()).as(c.toString()).isSameAs(c);
        }
    }
}
