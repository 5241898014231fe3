package id.sigap.web;

import id.sigap.account.ConsoleAccounts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Who may open what. Public: the citizen simulator (it is the public bot), the Telegram webhook (it
 * checks its own secret), health and Prometheus metrics for monitoring, the sign-in page and static
 * assets. Everything else needs a console sign-in, and each area its role. CSRF protection is on for
 * everything but the two machine endpoints, which take JSON from the simulator page and from Telegram.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

    static final String LOGIN = "/konsol/masuk";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleAccounts accounts) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/konsol");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/index.html", "/simulator", "/api/simulator/**", "/favicon.ico").permitAll()
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
                        .requestMatchers("/konsol/antrean/**").hasRole("STAFF")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/telegram/webhook", "/api/simulator/**"))
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN).permitAll()
                        .successHandler((request, response, authentication) -> {
                            accounts.signInSucceeded(authentication.getName());
                            success.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) -> {
                            String reason = "gagal";
                            if (exception instanceof LockedException) {
                                reason = "terkunci";
                            } else if (exception instanceof DisabledException) {
                                reason = "nonaktif";
                            } else {
                                accounts.signInFailed(username(request));
                            }
                            response.sendRedirect(request.getContextPath() + LOGIN + "?" + reason);
                        }))
                .logout(logout -> logout.logoutUrl("/konsol/keluar").logoutSuccessUrl(LOGIN + "?keluar"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
                                + "img-src 'self' data:; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleAccounts accounts) {
        return username -> accounts.find(username)
                .map(a -> new ConsolePrincipal(a, accounts.locked(a)))
                .orElseThrow(() -> new UsernameNotFoundException("no such console account"));
    }

    @Bean
    PasswordEncoder consolePasswordEncoder(ConsoleAccounts accounts) {
        return accounts.encoder();
    }

    private static String username(HttpServletRequest request) {
        String name = request.getParameter("username");
        return name == null ? "" : name.strip().toLowerCase();
    }
}
