package id.sigap.web;

import id.sigap.account.ConsoleAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Who may open what. Public: the citizen simulator (it is the public bot), the Telegram webhook (it
 * checks its own secret), health (status only; details for admins) and Prometheus metrics for
 * monitoring, the sign-in page and static assets. Everything else needs a console sign-in, and each area
 * its role. CSRF protection is on for everything but the two machine endpoints, which take JSON from the
 * simulator page and from Telegram. Sign-in attempts are limited before the password check
 * ({@link ThrottledSignIn}) and every failure reads the same; a session ends as soon as its account is
 * disabled, re-roled or has its password reset ({@link AccountSessionGuard}). Scripts run only from
 * Sigap's own files (no inline script).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

    static final String LOGIN = "/konsol/masuk";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleAccounts accounts, UserDetailsService users)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/konsol");
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(accounts.encoder());
        // The only way to sign in: no parent manager that could check a password a second time, unthrottled.
        http.authenticationManager(new ProviderManager(new ThrottledSignIn(passwordCheck, accounts)));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/index.html", "/simulator.js", "/simulator", "/api/simulator/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/telegram/webhook").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers(LOGIN, "/konsol/aset/**", "/webjars/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/konsol/pengguna/**", "/konsol/audit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/konsol/kb/*/setujui").hasRole("APPROVER")
                        .requestMatchers("/konsol/kb/baru", "/konsol/kb/*/sunting", "/konsol/kb/pratinjau").hasRole("EDITOR")
                        .requestMatchers(HttpMethod.POST, "/konsol/kb/**").hasRole("EDITOR")
                        .requestMatchers("/konsol/kb/**").hasAnyRole("EDITOR", "APPROVER")
                        .requestMatchers(HttpMethod.POST, "/konsol/siaran/*/kirim").hasRole("APPROVER")
                        .requestMatchers(HttpMethod.POST, "/konsol/siaran/*/batal").hasAnyRole("EDITOR", "APPROVER")
                        .requestMatchers(HttpMethod.POST, "/konsol/siaran", "/konsol/siaran/**").hasRole("EDITOR")
                        .requestMatchers("/konsol/siaran", "/konsol/siaran/**").hasAnyRole("EDITOR", "APPROVER")
                        .requestMatchers(HttpMethod.POST, "/konsol/pemberitahuan/**").hasRole("EDITOR")
                        .requestMatchers("/konsol/pemberitahuan/**").hasAnyRole("EDITOR", "APPROVER")
                        .requestMatchers(HttpMethod.POST, "/konsol/celah/*/draf").hasRole("EDITOR")
                        .requestMatchers("/konsol/celah", "/konsol/celah/**").hasAnyRole("STAFF", "EDITOR")
                        .requestMatchers("/konsol/antrean/**").hasRole("STAFF")
                        .anyRequest().authenticated())
                .addFilterBefore(new AccountSessionGuard(accounts), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/telegram/webhook", "/api/simulator/**"))
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN).permitAll()
                        .successHandler(success)
                        // One answer for every refusal (unknown account, wrong password, disabled, locked):
                        // the page never tells which accounts exist or what state they are in.
                        .failureHandler((request, response, exception) ->
                                response.sendRedirect(request.getContextPath() + LOGIN + "?gagal")))
                .logout(logout -> logout.logoutUrl("/konsol/keluar").logoutSuccessUrl(LOGIN + "?keluar"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleAccounts accounts) {
        // Locks are taken before the password check (ThrottledSignIn), not from the account record.
        return username -> accounts.find(username)
                .map(a -> new ConsolePrincipal(a, false))
                .orElseThrow(() -> new UsernameNotFoundException("no such console account"));
    }

    @Bean
    PasswordEncoder consolePasswordEncoder(ConsoleAccounts accounts) {
        return accounts.encoder();
    }
}
