package app.prism.identity;

import app.prism.web.Audit;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once when created, stored only as a SHA-256 hash (the token itself has 256 random bits,
 * so a fast hash is enough), revocable by their owner.
 */
@Service
class ApiTokenService {

    static final String PREFIX = "prism_";

    /** The one moment the secret exists outside the user's hands. */
    record CreatedToken(ApiTokenView token, String secret) {}

    /** How stale {@code last_used_at} may be: writing it on every request made busy tokens wait on their row lock. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final IdentityClock clock;

    ApiTokenService(JdbcClient jdbc, CurrentUser currentUser, IdentityClock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private record Presented(long userId, long tokenId, OffsetDateTime lastUsedAt, String email, String name, Role role,
            String passwordHash) {}

    @Transactional
    CreatedToken create(String name) {
        String label = Texts.trimToNull(name);
        if (label == null) throw Invalid.field("name", "must not be blank");
        if (label.length() > 100) throw Invalid.field("name", "must be at most 100 characters");
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = Audit.now();
        long userId = currentUser.viewer().id();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, version, created_at, created_by,
                                       updated_at, updated_by)
                values (:user, :name, :hash, :prefix, 0, :now, :by, :now, :by)""")
                .param("user", userId).param("name", label).param("hash", hash(secret))
                .param("prefix", secret.substring(0, 12)).param("now", now).param("by", Audit.actor())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return new CreatedToken(mine().stream().filter(t -> t.id() == id).findFirst().orElseThrow(), secret);
    }

    List<ApiTokenView> mine() {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, last_used_at, revoked_at
                  from api_token where user_id = :user order by created_at desc, id desc""")
                .param("user", currentUser.viewer().id()).query(ApiTokenView.class).list();
    }

    @Transactional
    void revoke(long tokenId) {
        int changed = jdbc.sql("""
                update api_token set revoked_at = :now, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and user_id = :user and revoked_at is null""")
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", tokenId)
                .param("user", currentUser.viewer().id()).update();
        if (changed == 0 && mine().stream().noneMatch(t -> t.id() == tokenId)) throw new NotFound("Token", tokenId);
    }

    /**
     * The user a presented token belongs to, read with the token in one statement (as the database holds it now), when
     * the token is known and not revoked and its user is active. Its {@code last_used_at} moves at most once a
     * {@link #LAST_USE_PRECISION} (and once across instances: the update only writes a row still older than that).
     */
    Optional<PrismUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) return Optional.empty();
        Optional<Presented> token = jdbc.sql("""
                select t.user_id, t.id as token_id, t.last_used_at, u.email, u.name, u.role, u.password_hash
                  from api_token t join app_user u on u.id = t.user_id
                 where t.token_hash = :hash and t.revoked_at is null and u.active = true""")
                .param("hash", hash(secret)).query(Presented.class).optional();
        token.ifPresent(this::recordUse);
        return token.map(t -> new PrismUser(t.userId(), t.email(), t.name(), t.role(), t.passwordHash(), true));
    }

    private void recordUse(Presented token) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
        OffsetDateTime staleBefore = now.minus(LAST_USE_PRECISION);
        if (token.lastUsedAt() != null && token.lastUsedAt().isAfter(staleBefore)) return;
        jdbc.sql("""
                update api_token set last_used_at = :now
                 where id = :id and (last_used_at is null or last_used_at <= :staleBefore)""")
                .param("now", now).param("id", token.tokenId()).param("staleBefore", staleBefore).update();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
