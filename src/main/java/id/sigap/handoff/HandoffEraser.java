package id.sigap.handoff;

import id.sigap.privacy.ChatDataEraser;
import org.springframework.stereotype.Component;

/** The handoff part of {@code /hapus}: closes the chat's open handoff (telling staff) and erases every handoff of it. */
@Component
class HandoffEraser implements ChatDataEraser {

    private final HandoffService handoffs;

    HandoffEraser(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public String part() {
        return "handoff";
    }

    @Override
    public void erase(String channel, long chatId) {
        handoffs.erase(channel, chatId);
    }
}
