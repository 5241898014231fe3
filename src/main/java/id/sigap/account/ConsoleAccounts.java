package id.sigap.account;

import id.sigap.texts.Texts;
import id.sigap.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console's accounts, kept in Redis ({@code sigap:console:user:<username>}, one hash each) so that
 * every instance sees the same accounts and lockouts. Passwords are stored only as hashes. Every change
 * is written to the {@link AuditLog}.
 */
@Service
public class ConsoleAccounts {

    /** Console ids start above every Telegram user id (Telegram ids fit in 52 bits), so the two never meet. */
    public static final long ID_BASE = 7_000_000_000_000_000L;
    static final String PREFIX = "sigap:console:user:";
    static final String INDEX = "sigap:console:users";
    static final String SEQUENCE = "sigap:console:user-seq";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,40}");
    public static final int MIN_PASSWORD = 10;

    private final StringRedisTemplate redis;
    private final AccountSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    ConsoleAccounts(StringRedisTemplate redis, AccountSettings settings, AuditLog audit,
                           ObjectProvider<Clock> clock, SignInThrottle throttle) {
        this.redis = redis;
        this.throttle = throttle;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    public AccountSettings settings() {
        return settings;
    }

    public Optional<ConsoleAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Map<Object, Object> h = redis.opsForHash().entries(PREFIX + username.strip().toLowerCase());
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> f = new HashMap<>();
        h.forEach((k, v) -> f.put(k.toString(), v.toString()));
        Set<Role> roles = f.getOrDefault("roles", "").isBlank() ? Set.of()
                : Arrays.stream(f.get("roles").split(",")).map(Role::parse).collect(Collectors.toSet());
        return Optional.of(new ConsoleAccount(f.get("username"), Long.parseLong(f.get("id")), f.get("displayName"),
                f.get("password"), roles, Boolean.parseBoolean(f.getOrDefault("enabled", "true")),
                Integer.parseInt(f.getOrDefault("failed", "0")),
                f.containsKey("lockedUntil") ? Instant.parse(f.get("lockedUntil")) : null,
                Instant.parse(f.get("createdAt")), Long.parseLong(f.getOrDefault("sessionEpoch", "0"))));
    }

    public List<ConsoleAccount> all() {
        Set<String> names = redis.opsForSet().members(INDEX);
        return names == null ? List.of() : names.stream().map(this::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(ConsoleAccount::username)).toList();
    }

    public boolean none() {
        Long size = redis.opsForSet().size(INDEX);
        return size == null || size == 0;
    }

    /** Creates an account; refuses a taken or malformed username and a short password. */
    public ConsoleAccount create(String actor, String username, String displayName, String password, Set<Role> roles) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah dan tanda hubung (2–40).");
        }
        checkPassword(password);
        if (roles.isEmpty()) {
            throw new AccountException("Pilih paling sedikit satu peran.");
        }
        Long seq = redis.opsForValue().increment(SEQUENCE);
        Long added = redis.opsForSet().add(INDEX, name);
        if (added == null || added == 0) {
            throw new AccountException("Nama pengguna '" + name + "' sudah dipakai.");
        }
        ConsoleAccount account = new ConsoleAccount(name, ID_BASE + Objects.requireNonNull(seq),
                displayName == null || displayName.isBlank() ? name : displayName.strip(),
                encoder.encode(password), roles, true, 0, null, clock.instant(), 0);
        save(account);
        audit.record(actor, "akun.buat", name, null, account.describe());
        return account;
    }

    /**
     * Changes an account. Disabling it or changing its roles ends its open console sessions (on every
     * instance) at their next request.
     */
    public ConsoleAccount update(String actor, String username, String displayName, Set<Role> roles, boolean enabled) {
        ConsoleAccount before = require(username);
        if (roles.isEmpty()) {
            throw new AccountException("Pilih paling sedikit satu peran.");
        }
        if (before.has(Role.ADMIN) && (!roles.contains(Role.ADMIN) || !enabled) && activeAdmins() <= 1) {
            throw new AccountException("Akun ini admin aktif terakhir; tambahkan admin lain dahulu.");
        }
        ConsoleAccount after = new ConsoleAccount(before.username(), before.id(),
                displayName == null || displayName.isBlank() ? before.displayName() : displayName.strip(),
                before.passwordHash(), roles, enabled, before.failedAttempts(), before.lockedUntil(), before.createdAt(),
                before.sessionEpoch());
        save(after);
        if (!Set.copyOf(roles).equals(before.roles()) || enabled != before.enabled()) {
            endSessions(before.username());
        }
        audit.record(actor, "akun.ubah", username, before.describe(), after.describe());
        return after;
    }

    /** Sets a new password; the account's open console sessions end at their next request. */
    public void changePassword(String actor, String username, String password) {
        ConsoleAccount before = require(username);
        checkPassword(password);
        redis.opsForHash().put(PREFIX + before.username(), "password", encoder.encode(password));
        endSessions(before.username());
        audit.record(actor, "akun.kata-sandi", username, "(kata sandi lama)", "(kata sandi baru)");
    }

    public void unlock(String actor, String username) {
        ConsoleAccount before = require(username);
        boolean wasLocked = locked(before);
        redis.opsForHash().put(PREFIX + before.username(), "failed", "0");
        redis.opsForHash().delete(PREFIX + before.username(), "lockedUntil");
        throttle.unlock(before.username());
        audit.record(actor, "akun.buka-kunci", username, "gagal=" + before.failedAttempts() + ", terkunci=" + wasLocked,
                "gagal=0");
    }

    /**
     * Counts a failed password check (shown to admins; the lock itself is {@link SignInThrottle}'s, taken
     * before the check). Unknown usernames change nothing.
     */
    public void signInFailed(String username) {
        find(username).ifPresent(a -> redis.opsForHash().increment(PREFIX + a.username(), "failed", 1));
    }

    /** A refused attempt that locked an account for everyone is written to the audit log, once a lock. */
    public void signInRefused(String username, SignInThrottle.Verdict verdict) {
        if (verdict == SignInThrottle.Verdict.LOCKED_FOR_ALL) {
            find(username).filter(a -> Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(
                            SignInThrottle.PREFIX + "audited:" + a.username(), "1", settings.lockoutDuration())))
                    .ifPresent(a -> audit.record("sistem", "akun.terkunci", a.username(), null,
                            Texts.officer("account.locked-for-all").formatted(clock.instant().plus(settings.lockoutDuration()))));
        }
    }

    public void signInSucceeded(String username) {
        find(username).ifPresent(a -> {
            redis.opsForHash().put(PREFIX + a.username(), "failed", "0");
            redis.opsForHash().delete(PREFIX + a.username(), "lockedUntil");
        });
    }

    /** True when the account is locked for everyone, or some client is locked out of it now. */
    public boolean locked(ConsoleAccount account) {
        return throttle.lockedForAll(account.username()) || throttle.lockedForSomeClient(account.username());
    }

    public SignInThrottle throttle() {
        return throttle;
    }

    private void endSessions(String username) {
        redis.opsForHash().increment(PREFIX + username, "sessionEpoch", 1);
    }

    private long activeAdmins() {
        return all().stream().filter(a -> a.enabled() && a.has(Role.ADMIN)).count();
    }

    private ConsoleAccount require(String username) {
        return find(username).orElseThrow(() -> new AccountException("Akun '" + username + "' tidak ada."));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException("Kata sandi paling sedikit " + MIN_PASSWORD + " karakter.");
        }
    }

    private void save(ConsoleAccount a) {
        Map<String, String> h = new HashMap<>();
        h.put("username", a.username());
        h.put("id", Long.toString(a.id()));
        h.put("displayName", a.displayName());
        h.put("password", a.passwordHash());
        h.put("roles", a.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        h.put("enabled", Boolean.toString(a.enabled()));
        h.put("failed", Integer.toString(a.failedAttempts()));
        h.put("createdAt", a.createdAt().toString());
        redis.opsForHash().putAll(PREFIX + a.username(), h);
        // Only ever raised (endSessions), never written back from a possibly older read.
        redis.opsForHash().putIfAbsent(PREFIX + a.username(), "sessionEpoch", Long.toString(a.sessionEpoch()));
        if (a.lockedUntil() == null) {
            redis.opsForHash().delete(PREFIX + a.username(), "lockedUntil");
        }
    }

    static Set<Role> roles(Role... roles) {
        return roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
    }
}
