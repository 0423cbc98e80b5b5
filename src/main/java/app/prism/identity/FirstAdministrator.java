package app.prism.identity;

import app.prism.web.StartupLock;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty user table, creates the first administrator from PRISM_ADMIN_EMAIL / PRISM_ADMIN_PASSWORD, or with a
 * generated password printed once in the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String DEFAULT_EMAIL = "admin@prism.local";

    private final UserService users;
    private final StartupLock startupLock;
    private final String email;
    private final String password;

    FirstAdministrator(UserService users, StartupLock startupLock, @Value("${prism.admin.email:}") String email,
            @Value("${prism.admin.password:}") String password) {
        this.users = users;
        this.startupLock = startupLock;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Two instances starting together on an empty database: the second waits here and finds the administrator.
        startupLock.whileHolding(() -> {
            if (users.noUsersYet()) createFirstAdministrator();
            return null;
        });
    }

    private void createFirstAdministrator() {
        String login = email == null || email.isBlank() ? DEFAULT_EMAIL : email.strip();
        boolean generated = password == null || password.isBlank();
        String secret = generated ? generatePassword() : password;
        if (!PasswordRule.shipped().accepts(secret)) {
            throw new IllegalStateException("PRISM_ADMIN_PASSWORD " + PasswordRule.MESSAGE + "; choose another one.");
        }
        users.create(new NewUser(login, "Administrator", secret, Role.ADMIN));
        if (generated) {
            log.warn("""

                    ============================================================
                    Prism created the first administrator.
                      email:    {}
                      password: {}
                    This password is shown only once. Change it after signing in,
                    or set PRISM_ADMIN_EMAIL and PRISM_ADMIN_PASSWORD next time.
                    ============================================================""", login, secret);
        } else {
            log.info("Prism created the first administrator {} from PRISM_ADMIN_EMAIL.", login);
        }
    }

    static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) b.append('-');
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
