package id.sigap.account;

import id.sigap.store.WindowCounters;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Limits console sign-in attempts before any password is checked. Each attempt takes a numbered place in
 * Redis counters (atomic, shared by every instance), so concurrent guesses cannot slip past the limit:
 * <ul>
 *   <li>per account and client (IP address): {@code lockoutAttempts} in {@code lockoutDuration}, so one
 *       anonymous client can lock an account only for itself;</li>
 *   <li>per account over all clients: {@code accountAttempts} in the same time, a slower backstop against
 *       guessing from many addresses (this one locks the account for everyone);</li>
 *   <li>per client over all accounts: {@code clientAttempts}, against one client spraying many names.</li>
 * </ul>
 * Unknown usernames are counted exactly as known ones, so the answers never tell which accounts exist.
 */
@Component
public class SignInThrottle {

    static final String PREFIX = "sigap:console:signin:";
    private static final int MAX_NAME = 64;

    private final WindowCounters counters;
    private final StringRedisTemplate redis;
    private final AccountSettings settings;

    SignInThrottle(WindowCounters counters, StringRedisTemplate redis, AccountSettings settings) {
        this.counters = counters;
        this.redis = redis;
        this.settings = settings;
    }

    /** What an attempt may do. */
    public enum Verdict {
        /** check the password */
        CHECK,
        /** refuse without checking: this client is locked out of this account */
        LOCKED_FOR_CLIENT,
        /** refuse without checking: the account is locked for everyone for a while */
        LOCKED_FOR_ALL,
        /** refuse without checking: this client tried too many sign-ins */
        CLIENT_THROTTLED
    }

    /** Counts one attempt; only a {@link Verdict#CHECK} may go on to the password check. */
    public Verdict attempt(String username, String client) {
        String name = normalise(username);
        WindowCounters.Count pair = counters.increment(pairKey(name, client), settings.lockoutDuration());
        if (pair.over(settings.lockoutAttempts())) {
            return Verdict.LOCKED_FOR_CLIENT;
        }
        WindowCounters.Count all = counters.increment(accountKey(name), settings.lockoutDuration());
        if (all.over(settings.accountAttempts())) {
            return Verdict.LOCKED_FOR_ALL;
        }
        WindowCounters.Count mine = counters.increment(clientKey(client), settings.lockoutDuration());
        if (mine.over(settings.clientAttempts())) {
            return Verdict.CLIENT_THROTTLED;
        }
        return Verdict.CHECK;
    }

    /** A correct sign-in: its client starts afresh on this account, and the attempt is not held against either. */
    public void succeeded(String username, String client) {
        String name = normalise(username);
        counters.clear(pairKey(name, client));
        counters.giveBack(accountKey(name));
        counters.giveBack(clientKey(client));
    }

    /** True when the account is locked for everyone. */
    public boolean lockedForAll(String username) {
        return counters.current(accountKey(normalise(username))) > settings.accountAttempts();
    }

    /** True when some client is locked out of the account now. */
    public boolean lockedForSomeClient(String username) {
        return !pairKeys(normalise(username)).stream()
                .filter(k -> counters.current(k) > settings.lockoutAttempts()).toList().isEmpty();
    }

    /** An admin's unlock: every client may try again, and the account-wide count starts afresh. */
    public void unlock(String username) {
        String name = normalise(username);
        List<String> keys = new ArrayList<>(pairKeys(name));
        keys.add(accountKey(name));
        counters.clear(keys.toArray(String[]::new));
    }

    static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private List<String> pairKeys(String name) {
        List<String> keys = new ArrayList<>();
        try (var cursor = redis.scan(ScanOptions.scanOptions().match(PREFIX + "pair:" + escape(name) + "|*").count(500).build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }

    private static String escape(String glob) {
        return glob.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }

    private static String pairKey(String name, String client) {
        return PREFIX + "pair:" + name + "|" + client;
    }

    private static String accountKey(String name) {
        return PREFIX + "account:" + name;
    }

    private static String clientKey(String client) {
        return PREFIX + "client:" + client;
    }
}
