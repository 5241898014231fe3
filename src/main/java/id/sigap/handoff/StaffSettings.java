package id.sigap.handoff;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Who the staff are ({@code SIGAP_STAFF_CHAT_ID}, {@code SIGAP_STAFF_USER_IDS}).
 *
 * @param staffChatId  the Telegram staff group, or null
 * @param staffUserIds Telegram user ids allowed to act as staff
 */
@ConfigurationProperties("sigap")
public record StaffSettings(Long staffChatId, List<Long> staffUserIds) {

    public StaffSettings {
        staffUserIds = staffUserIds == null ? List.of() : List.copyOf(staffUserIds);
    }

    public boolean isStaff(Long userId) {
        return userId != null && staffUserIds.contains(userId);
    }
}
