package id.sigap.broadcast;

import java.time.Instant;
import java.util.List;

/**
 * An official update for subscribers.
 *
 * @param id          short id, e.g. {@code B7}
 * @param text        the update, plain text
 * @param entryId     a knowledge-base entry it points to for the full story, or null
 * @param areas       target area codes; {@code [semua]} for everyone subscribed
 * @param expiresAt   not delivered after this moment (a stale warning does harm), or null
 * @param keywords    topic keywords: when set, sending also publishes a crisis notice with the same text, so that
 *                    later answers on the topic repeat it; or null
 * @param state       where it is in its life
 * @param createdBy   the editor who drafted it (for urgent ones: the approver who sent it)
 * @param createdAt   when it was drafted
 * @param sentBy      the approver who sent it, or null
 * @param sentAt      when sending began, or null
 * @param urgent      sent from the staff group by one approver, without a second pair of eyes
 * @param finishedAt  when the last recipient was dealt with, or null
 * @param stoppedBy   who cancelled the draft or stopped the sending, or null
 * @param noticeId    the crisis notice published with it, or null
 */
public record Broadcast(String id, String text, String entryId, List<String> areas, Instant expiresAt, String keywords,
                        State state, String createdBy, Instant createdAt, String sentBy, Instant sentAt, boolean urgent,
                        Instant finishedAt, String stoppedBy, String noticeId) {

    public Broadcast {
        areas = areas == null || areas.isEmpty() ? List.of(Area.ALL.code()) : List.copyOf(areas);
    }

    public boolean toEveryone() {
        return areas.contains(Area.ALL.code());
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public enum State {
        /** Written by an editor, waiting for an approver. */
        DRAFT,
        /** Approved; its recipients are being worked through. */
        SENDING,
        /** Every recipient dealt with (sent, blocked, failed or expired). */
        DONE,
        /** Withdrawn before sending, or stopped while sending. */
        CANCELLED;

        /** As the console shows it. */
        public String label() {
            return switch (this) {
                case DRAFT -> "draf";
                case SENDING -> "sedang dikirim";
                case DONE -> "selesai";
                case CANCELLED -> "dibatalkan";
            };
        }
    }
}
