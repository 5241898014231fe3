package id.sigap.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Console accounts ({@code sigap.console.*}).
 *
 * @param adminUser       the first admin's username ({@code SIGAP_ADMIN_USER}), created when no account exists
 * @param adminPassword   its password ({@code SIGAP_ADMIN_PASSWORD}); unset: a random one is generated and logged once
 * @param lockoutAttempts failed sign-ins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked (the window over which attempts are counted)
 * @param accountAttempts sign-in attempts on one account from all clients together in that time before it
 *                        locks for everyone (a slower backstop against guessing from many addresses)
 * @param clientAttempts  sign-in attempts from one client over all accounts in that time
 */
@ConfigurationProperties("sigap.console")
record AccountSettings(String adminUser, String adminPassword, Integer lockoutAttempts, Duration lockoutDuration,
                              Integer accountAttempts, Integer clientAttempts) {

    public AccountSettings {
        adminUser = adminUser == null || adminUser.isBlank() ? "admin" : adminUser.strip();
        adminPassword = adminPassword == null || adminPassword.isBlank() ? null : adminPassword;
        lockoutAttempts = lockoutAttempts == null || lockoutAttempts < 1 ? 5 : lockoutAttempts;
        lockoutDuration = lockoutDuration == null ? Duration.ofMinutes(15) : lockoutDuration;
        accountAttempts = accountAttempts == null || accountAttempts < lockoutAttempts ? lockoutAttempts * 10 : accountAttempts;
        clientAttempts = clientAttempts == null || clientAttempts < 1 ? 50 : clientAttempts;
    }
}
