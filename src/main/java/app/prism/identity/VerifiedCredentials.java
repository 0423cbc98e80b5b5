package app.prism.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Email and password pairs that passed the (deliberately slow) password check a moment ago, so that an API client
 * using HTTP Basic pays one bcrypt per {@code ttl}, not one per request. Only an HMAC of the pair is kept, under a
 * random key that never leaves this process; an entry counts only while the user's stored password hash is the one it
 * was verified against, so a password change anywhere (any instance) ends it, and it is dropped at once on a password
 * change or deactivation here.
 */
final class VerifiedCredentials {

    private record Entry(String email, String passwordHash, Instant until) {}

    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Supplier<Clock> clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials(Duration ttl, Supplier<Clock> clock) {
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this email and password were verified against this stored hash within the ttl. */
    boolean contains(String email, String password, String passwordHash) {
        if (ttl.isZero() || password == null) return false;
        Entry e = entries.get(mac(email, password));
        return e != null && clock.get().instant().isBefore(e.until())
                && MessageDigest.isEqual(e.passwordHash().getBytes(StandardCharsets.UTF_8),
                        passwordHash.getBytes(StandardCharsets.UTF_8));
    }

    void remember(String email, String password, String passwordHash) {
        if (ttl.isZero() || password == null) return;
        Instant now = clock.get().instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= MAX_ENTRIES) entries.clear();
        }
        entries.put(mac(email, password), new Entry(normal(email), passwordHash, now.plus(ttl)));
    }

    /** Forgets every remembered password of this user (password changed, user deactivated). */
    void forget(String email) {
        String normal = normal(email);
        entries.values().removeIf(e -> e.email().equals(normal));
    }

    int size() {
        return entries.size();
    }

    private String mac(String email, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(normal(email).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normal(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
