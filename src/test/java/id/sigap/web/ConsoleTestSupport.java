package id.sigap.web;

import id.sigap.account.ConsoleAccount;
import id.sigap.account.ConsoleAccounts;
import id.sigap.account.Role;
import id.sigap.support.TestDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One Sigap for every console test (security and browser tests share the cached context): a copy of
 * the sample knowledge base in a temporary directory, so publishing never touches the repository, and
 * a fresh data directory with its own embedded Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class ConsoleTestSupport {

    static final String ADMIN_PASSWORD = "admin-rahasia-123";
    static final Path KB = TestDirs.copyOfSampleKnowledgeBase("console-kb");
    static final Path DATA = TestDirs.fresh("console");
    private static final AtomicInteger USERS = new AtomicInteger();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.data-dir", DATA::toString);
        registry.add("sigap.kb-dir", KB::toString);
        registry.add("sigap.console.admin-user", () -> "admin");
        registry.add("sigap.console.admin-password", () -> ADMIN_PASSWORD);
    }

    @Autowired
    ConsoleAccounts accounts;

    /** A new account with a unique name; the password is {@code name + "-rahasia"}. */
    ConsoleAccount account(String prefix, Role... roles) {
        String name = prefix + USERS.incrementAndGet();
        return accounts.create("test", name, prefix.substring(0, 1).toUpperCase() + prefix.substring(1) + " " + USERS.get(),
                password(name), EnumSet.of(roles[0], roles));
    }

    static String password(String username) {
        return username + "-rahasia";
    }

    static ConsolePrincipal principal(ConsoleAccount account) {
        return new ConsolePrincipal(account, false);
    }

}
