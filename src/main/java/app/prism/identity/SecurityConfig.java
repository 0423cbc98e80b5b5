package app.prism.identity;

import app.prism.web.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import javax.sql.DataSource;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors. {@code /api/**}: stateless, HTTP Basic or a personal API token, 401/403 as problem+json, no CSRF (no
 * cookies are honoured there). Everything else: form login with a session, CSRF, remember-me, friendly pages. Both
 * sign in with passwords through {@link PasswordSignIn} (throttled; 429 with Retry-After on the API and for Basic, a
 * message on the login form). HSTS is sent on HTTPS requests (see {@link TrustedProxies} for TLS at a proxy).
 */
@Configuration
class SecurityConfig {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    static final String RETRY_AFTER = "prism.signIn.retryAfterSeconds";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CountedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    MeterBinder passwordChecks(PasswordEncoder passwordEncoder) {
        return registry -> FunctionCounter.builder("prism.sign-in.password-checks",
                (CountedPasswordEncoder) passwordEncoder, CountedPasswordEncoder::checks)
                .description("Password hash checks (bcrypt) of sign-ins").register(registry);
    }

    /** Remember-me tokens in the database (V30): deleted at logout and on a password change, valid on every instance. */
    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }

    /** SameSite=Lax on every cookie (the remember-me cookie too, not only the session's). */
    @Bean
    CookieSameSiteSupplier sameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, PasswordSignIn passwordSignIn)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            DatabaseUnavailable.rethrowIfCauseOf(e);   // no database is not a wrong password: 503, not 401
            if (e instanceof SignInThrottled throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                problem(response, 429, "Too Many Requests", "Too many failed sign-ins for this account or from this "
                        + "address. Try again in " + throttled.retryAfterSeconds() + " s (Retry-After).", request.getRequestURI());
                return;
            }
            problem(response, 401, "Unauthorized",
                    "Sign in with HTTP Basic or send a personal API token as 'Authorization: Bearer <token>'.",
                    request.getRequestURI());
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, 403, "Forbidden",
                "Your role does not allow this.", request.getRequestURI());
        http.securityMatcher("/api/**")
                // only this manager, no parent: a refused or wrong password must not get a second try elsewhere
                .authenticationManager(new ProviderManager(passwordSignIn.provider()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, PrismUserDetailsService users, PasswordSignIn passwordSignIn,
            PersistentTokenRepository rememberMeTokens, @Value("${prism.security.key:}") String key) throws Exception {
        String rememberMeKey = key == null || key.isBlank() ? randomKey() : key;
        var redirects = new DefaultRedirectStrategy();
        AuthenticationFailureHandler formFailure = (request, response, e) -> {
            DatabaseUnavailable.rethrowIfCauseOf(e);   // no database is not a wrong password: 503, not 401
            if (e instanceof SignInThrottled throttled) {
                request.getSession().setAttribute(RETRY_AFTER, throttled.retryAfterSeconds());
                redirects.sendRedirect(request, response, "/login?throttled");
            } else {
                redirects.sendRedirect(request, response, "/login?error");
            }
        };
        var basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Prism");
        basic.afterPropertiesSet();
        AuthenticationEntryPoint basicOrThrottled = (request, response, e) -> {
            DatabaseUnavailable.rethrowIfCauseOf(e);
            if (e instanceof SignInThrottled throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                response.sendError(429, "Too many failed sign-ins. Try again in " + throttled.retryAfterSeconds()
                        + " s.");
            } else {
                basic.commence(request, response, e);
            }
        };
        http.authenticationManager(new ProviderManager(passwordSignIn.provider(),
                new RememberMeAuthenticationProvider(rememberMeKey)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/handover", "/admin/handover/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(formFailure)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .rememberMe(r -> r.key(rememberMeKey).userDetailsService(users).tokenRepository(rememberMeTokens)
                        .tokenValiditySeconds(14 * 24 * 3600))
                .httpBasic(b -> b.authenticationEntryPoint(basicOrThrottled))
                .addFilterBefore(new FreshUserFilter(users), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void problem(HttpServletResponse response, int status, String title, String detail, String instance)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) response.setHeader("WWW-Authenticate", "Basic realm=\"Prism\", Bearer");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\"" + jsonEscape(instance) + "\"}");
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
