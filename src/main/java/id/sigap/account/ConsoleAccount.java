package id.sigap.account;

import java.time.Instant;
import java.util.Set;

/**
 * One person who signs in to the web console.
 *
 * @param username       sign-in name, {@code [a-z0-9._-]}, unique
 * @param id             stable numeric id; used as the staff member id in handoffs, in a range no Telegram
 *                       user id reaches ({@link ConsoleAccounts#ID_BASE} and up)
 * @param displayName    name shown to colleagues and to citizens in staff replies
 * @param passwordHash   the encoded password (Spring Security's delegating format, bcrypt by default)
 * @param roles          what the account may do
 * @param enabled        a disabled account cannot sign in
 * @param failedAttempts consecutive failed sign-ins
 * @param lockedUntil    no sign-in before this instant, or null
 * @param createdAt      when it was created
 * @param sessionEpoch   raised whenever the account is disabled, re-roled or its password reset; a console
 *                       session signed in under an older epoch is ended on its next request
 */
public record ConsoleAccount(String username, long id, String displayName, String passwordHash, Set<Role> roles,
                             boolean enabled, int failedAttempts, Instant lockedUntil, Instant createdAt,
                             long sessionEpoch) {

    public ConsoleAccount {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The account without its password hash, for the audit log. */
    public String describe() {
        return "username=" + username + ", id=" + id + ", nama=" + displayName + ", peran="
                + roles.stream().map(Enum::name).sorted().toList() + ", aktif=" + enabled;
    }

    /** Whether a session signed in under {@code epoch} may still act for this account. */
    public boolean sessionValid(long epoch) {
        return enabled && epoch == sessionEpoch;
    }
}
