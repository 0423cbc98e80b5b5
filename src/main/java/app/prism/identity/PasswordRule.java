package app.prism.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 72 bytes (bcrypt reads no further), not one character
 * repeated, and not in the shipped list of common passwords (compared without regard to case). Every form and the API
 * answer with the one {@link #MESSAGE}.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    public static final String MESSAGE = "must be at least 12 characters (at most 72 bytes) and not a common password";

    private static final PasswordRule SHIPPED = new PasswordRule(load("/identity/common-passwords.txt"));

    private final Set<String> common;

    PasswordRule(Set<String> common) {
        this.common = common;
    }

    /** The rule with the list in src/main/resources/identity/common-passwords.txt. */
    public static PasswordRule shipped() {
        return SHIPPED;
    }

    public boolean accepts(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) return false;
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) return false;
        if (password.codePoints().distinct().count() == 1) return false;
        return !common.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return common.size();
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRule.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) words.add(line.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
