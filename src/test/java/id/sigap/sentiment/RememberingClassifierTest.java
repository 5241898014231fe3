package id.sigap.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingClassifierTest {

    static final SentimentClassifier OFFLINE = SentimentClassifier.offline();

    /** Counts the readings it is asked for and passes them to the offline classifier. */
    static final class Counting implements SentimentClassifier {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Classification classify(String text) {
            calls.incrementAndGet();
            return OFFLINE.classify(text);
        }
    }

    @Test
    void theSameTextReadAgainOnTheSameThreadIsNotClassifiedTwiceAndGivesTheSameReading() {
        Counting counting = new Counting();
        SentimentClassifier remembering = new RememberingClassifier(counting);
        String text = "pelayanan kantor lambat sekali, saya kecewa!!";

        Classification first = remembering.classify(text);
        Classification second = remembering.classify(new String(text));
        assertThat(counting.calls).hasValue(1);
        assertThat(second).isSameAs(first).isEqualTo(OFFLINE.classify(text));
    }

    @Test
    void anotherTextOrAnotherThreadIsClassifiedAfresh() throws Exception {
        Counting counting = new Counting();
        SentimentClassifier remembering = new RememberingClassifier(counting);
        for (String text : List.of("terima kasih banyak", "tolong ada banjir di rumah saya", "terima kasih banyak", "")) {
            assertThat(remembering.classify(text)).isEqualTo(OFFLINE.classify(text));
        }
        assertThat(counting.calls).hasValue(4);
        assertThat(remembering.classify(null)).isEqualTo(OFFLINE.classify(null));
        assertThat(counting.calls).as("null reads as the empty text just read").hasValue(4);

        Thread other = Thread.ofVirtual().start(() -> remembering.classify(""));
        other.join();
        assertThat(counting.calls).as("each thread remembers only its own reading").hasValue(5);
    }

    @Test
    void aTextReadAsideDoesNotTakeThePlaceOfTheOneRemembered() {
        Counting counting = new Counting();
        SentimentClassifier remembering = new RememberingClassifier(counting);
        String message = "ibu sy gk bisa jalan, sy sendirian di rumah";
        remembering.classify(message);
        String together = "air udh masuk rumah. " + message;
        assertThat(remembering.classifyAside(together)).isEqualTo(OFFLINE.classify(together));
        remembering.classify(message);
        assertThat(counting.calls).as("the message read once, the text aside once").hasValue(2);
    }
}
