package id.sigap.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.EnumSet;

/**
 * Creates the first admin when the console has no account yet: from {@code SIGAP_ADMIN_USER} /
 * {@code SIGAP_ADMIN_PASSWORD}, or with a random password printed to the log once. Runs only when the
 * web console runs (not for command-line verbs). It holds every role, so that a new office can use every page
 * at once; four-eyes approval still needs a second account.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final ConsoleAccounts accounts;

    FirstAdmin(ConsoleAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        AccountSettings settings = accounts.settings();
        boolean generated = settings.adminPassword() == null;
        String password = generated ? random(20) : settings.adminPassword();
        try {
            accounts.create("sistem", settings.adminUser(), "Administrator", password, EnumSet.allOf(Role.class));
        } catch (AccountException e) {
            log.error("Console: the first admin '{}' could not be created: {}", settings.adminUser(), e.getMessage());
            return;
        }
        if (generated) {
            log.warn("Console: first admin created. Sign in at /konsol as '{}' with the generated password: {}  "
                    + "(shown only this once; set SIGAP_ADMIN_PASSWORD to choose it)", settings.adminUser(), password);
        } else {
            log.info("Console: first admin '{}' created from SIGAP_ADMIN_USER / SIGAP_ADMIN_PASSWORD", settings.adminUser());
        }
    }

    static String random(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
