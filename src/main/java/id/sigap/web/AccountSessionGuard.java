package id.sigap.web;

import id.sigap.account.ConsoleAccount;
import id.sigap.account.ConsoleAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Makes a console session follow its account: on every request of a signed-in session the account is
 * read from Redis (shared by all instances), and when it was deleted, disabled, re-roled or had its
 * password reset since the sign-in, the session is ended there and then and the request goes on as a
 * stranger's (so it is refused, or sent to the sign-in page). One small Redis read a request.
 */
class AccountSessionGuard extends OncePerRequestFilter {

    private final ConsoleAccounts accounts;

    AccountSessionGuard(ConsoleAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsolePrincipal me) {
            Optional<ConsoleAccount> account = accounts.find(me.getUsername());
            if (account.isEmpty() || !account.get().sessionValid(me.sessionEpoch())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
