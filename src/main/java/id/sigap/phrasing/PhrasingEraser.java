package id.sigap.phrasing;

import id.sigap.privacy.ChatDataEraser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The proposed-phrasings part of {@code /hapus}: the chat is taken out of every proposal it made, and a
 * proposal nobody else made goes with it (phrasings already accepted into a draft or an entry stay: they
 * are the office's text now, redacted, and name nobody).
 */
@Component
class PhrasingEraser implements ChatDataEraser {

    private static final Logger log = LoggerFactory.getLogger(PhrasingEraser.class);

    private final PhrasingRecorder recorder;

    PhrasingEraser(PhrasingRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public String part() {
        return "phrasing";
    }

    @Override
    public void erase(String channel, long chatId) {
        long gone = recorder.erase(channel, chatId);
        log.info("Deletion: {} proposed phrasing(s) removed with the chat", gone);
    }
}
