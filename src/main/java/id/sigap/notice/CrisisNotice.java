package id.sigap.notice;

import java.time.Instant;
import java.util.List;

/**
 * A short official statement on an active issue, shown before answers on its topic.
 *
 * @param id          short id
 * @param title       heading, e.g. "Pernyataan resmi Pemprov"
 * @param text        the statement, plain text
 * @param keywords    topic keywords, lower case; a question or answered entry mentioning one gets the notice
 * @param validFrom   shown from
 * @param validUntil  shown until
 * @param createdBy   the editor who published it
 * @param createdAt   when
 * @param withdrawnBy who withdrew it, or null
 * @param withdrawnAt when, or null
 */
public record CrisisNotice(String id, String title, String text, List<String> keywords, Instant validFrom,
                           Instant validUntil, String createdBy, Instant createdAt, String withdrawnBy,
                           Instant withdrawnAt) {

    public CrisisNotice {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public boolean activeAt(Instant now) {
        return withdrawnAt == null && !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    /** For the console: aktif, terjadwal, kedaluwarsa or ditarik. */
    public String stateAt(Instant now) {
        if (withdrawnAt != null) {
            return "ditarik";
        }
        if (now.isBefore(validFrom)) {
            return "terjadwal";
        }
        return now.isBefore(validUntil) ? "aktif" : "kedaluwarsa";
    }

    CrisisNotice withdrawn(String by, Instant at) {
        return new CrisisNotice(id, title, text, keywords, validFrom, validUntil, createdBy, createdAt, by, at);
    }

    String describe() {
        return "judul=" + title + "; teks=" + text + "; kata kunci=" + keywords + "; berlaku " + validFrom + " s.d. "
                + validUntil + (withdrawnAt == null ? "" : "; ditarik " + withdrawnAt + " oleh " + withdrawnBy);
    }
}
