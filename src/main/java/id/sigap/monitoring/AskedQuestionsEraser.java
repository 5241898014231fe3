package id.sigap.monitoring;

import id.sigap.privacy.ChatDataEraser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The asked-most part of {@code /hapus}: what the chat asked is taken out of each day's counts for the morning
 * brief ({@code sigap:monitoring:asked:<day>}). Before this part the counts kept a chat's questions after it
 * deleted its data, with whatever the redactor had missed in them, until the retention took the day.
 */
final class AskedQuestionsEraser implements ChatDataEraser {

    private static final Logger log = LoggerFactory.getLogger(AskedQuestionsEraser.class);

    private final AskedQuestions asked;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    AskedQuestionsEraser(AskedQuestions asked, Pseudonyms pseudonyms, Clock clock) {
        this.asked = asked;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "monitoring";
    }

    @Override
    public void erase(String channel, long chatId) {
        long gone = asked.forget(PublicPostListener.citizen(pseudonyms, channel, chatId), clock.instant());
        log.info("Deletion: {} asked question(s) taken out of the daily counts", gone);
    }
}
