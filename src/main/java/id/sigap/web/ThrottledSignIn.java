package id.sigap.web;

import id.sigap.account.ConsoleAccounts;
import id.sigap.account.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The console's sign-in: {@link SignInThrottle} decides, atomically and before any password is
 * checked, whether this attempt may be checked at all; only then does the password check run. So a
 * burst of concurrent guesses gets at most the allowed number of checks, and a right password arriving
 * after the lock is refused like a wrong one until the lock expires.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final ConsoleAccounts accounts;

    ThrottledSignIn(AuthenticationProvider passwordCheck, ConsoleAccounts accounts) {
        this.passwordCheck = passwordCheck;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(java.util.Locale.ROOT);
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        SignInThrottle.Verdict verdict = accounts.throttle().attempt(username, client);
        if (verdict != SignInThrottle.Verdict.CHECK) {
            accounts.signInRefused(username, verdict);
            throw new LockedException("sign-in attempts exhausted");
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            accounts.throttle().succeeded(username, client);
            accounts.signInSucceeded(username);
            return signedIn;
        } catch (AuthenticationException e) {
            accounts.signInFailed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
