package app.prism.identity;

import app.prism.web.Conflict;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles. Only administrators manage users; other capabilities look users up by id. */
@Service
public class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final PasswordSignIn passwordSignIn;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            PasswordSignIn passwordSignIn) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.passwordSignIn = passwordSignIn;
    }

    @Transactional
    public UserView createUser(NewUser user) {
        requireAdmin();
        return create(user);
    }

    /** Creates a user without a role check: for start-up work (the first administrator, demo data). */
    @Transactional
    public UserView create(NewUser user) {
        String email = user.email().strip();
        if (users.emailTaken(email.toLowerCase(Locale.ROOT), -1)) {
            throw new Conflict("A user with email " + email + " already exists.");
        }
        if (!PasswordRule.shipped().accepts(user.password())) throw Invalid.field("password", PasswordRule.MESSAGE);
        long id = users.insert(email, user.name().strip(), passwordEncoder.encode(user.password()), user.role());
        return users.findById(id).orElseThrow().view();
    }

    public boolean noUsersYet() {
        return users.count() == 0;
    }

    public Paged<UserView> listUsers(PageQuery page) {
        requireAdmin();
        return new Paged<>(users.page(page).stream().map(UserRepository.UserRow::view).toList(), page.page(),
                page.size(), users.total(page));
    }

    public UserView getUser(long id) {
        requireAdmin();
        return users.findById(id).orElseThrow(() -> new NotFound("User", id)).view();
    }

    @Transactional
    public UserView updateUser(long id, Patch<UserPatch> patch, Long expectedVersion) {
        requireAdmin();
        var row = users.findById(id).orElseThrow(() -> new NotFound("User", id));
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        UserPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("email", p.email(), problems);
        patch.requireNotBlank("name", p.name(), problems);
        if (patch.has("role") && p.role() == null) problems.add(new Invalid.FieldProblem("role", "must not be null"));
        if (patch.has("active") && p.active() == null) problems.add(new Invalid.FieldProblem("active", "must not be null"));
        if (patch.has("password") && p.password() == null) problems.add(new Invalid.FieldProblem("password", "must not be null"));
        else if (patch.has("password") && !PasswordRule.shipped().accepts(p.password())) {
            problems.add(new Invalid.FieldProblem("password", PasswordRule.MESSAGE));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        String email = patch.has("email") ? p.email().strip() : row.email();
        if (users.emailTaken(email.toLowerCase(Locale.ROOT), id)) {
            throw new Conflict("A user with email " + email + " already exists.");
        }
        Role role = patch.has("role") ? p.role() : row.role();
        boolean active = patch.has("active") ? p.active() : row.active();
        if (id == currentUser.viewer().id() && (role != Role.ADMIN || !active)) {
            throw new Conflict("You cannot remove your own administrator role or deactivate yourself.");
        }
        var updated = new UserRepository.UserRow(id, email, patch.has("name") ? p.name().strip() : row.name(),
                patch.has("password") ? passwordEncoder.encode(p.password()) : row.passwordHash(), role, active,
                row.version(), row.createdAt(), row.updatedAt());
        if (!users.update(updated, row.version())) throw stale();
        if (patch.has("password") || !active || !email.equalsIgnoreCase(row.email())) signedOutEverywhere(row.email());
        return users.findById(id).orElseThrow().view();
    }

    /**
     * After a password change, an email change or a deactivation: the user's remember-me cookies and remembered Basic
     * credentials stop working. Their browser sessions end on their next request ({@link FreshUserFilter} sees the
     * new password hash), except the one that changed its own password, which the page keeps signed in.
     */
    private void signedOutEverywhere(String email) {
        users.removeRememberMeTokens(email);
        passwordSignIn.forget(email);
    }

    /** Users are never deleted (their names stay on the history they wrote); deleting deactivates them. */
    @Transactional
    public void deactivateUser(long id) {
        requireAdmin();
        var row = users.findById(id).orElseThrow(() -> new NotFound("User", id));
        if (id == currentUser.viewer().id()) throw new Conflict("You cannot deactivate yourself.");
        if (!row.active()) return;
        var updated = new UserRepository.UserRow(id, row.email(), row.name(), row.passwordHash(), row.role(), false,
                row.version(), row.createdAt(), row.updatedAt());
        if (!users.update(updated, row.version())) throw stale();
        signedOutEverywhere(row.email());
    }

    /** A user's own password change, which needs the current password. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var row = users.findById(currentUser.viewer().id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, row.passwordHash())) {
            throw Invalid.field("currentPassword", "is not your current password");
        }
        if (!PasswordRule.shipped().accepts(newPassword)) throw Invalid.field("newPassword", PasswordRule.MESSAGE);
        var updated = new UserRepository.UserRow(row.id(), row.email(), row.name(), passwordEncoder.encode(newPassword),
                row.role(), row.active(), row.version(), row.createdAt(), row.updatedAt());
        if (!users.update(updated, row.version())) throw stale();
        signedOutEverywhere(row.email());
    }

    // --- lookups for other capabilities (no role check: they only reveal names of colleagues) ---

    public Optional<UserView> findUser(long id) {
        return users.findById(id).map(UserRepository.UserRow::view);
    }

    public Optional<UserView> findUserByEmail(String email) {
        return users.findByEmail(email).map(UserRepository.UserRow::view);
    }

    public Map<Long, UserView> findUsers(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(UserRepository.UserRow::view)
                .collect(Collectors.toMap(UserView::id, Function.identity()));
    }

    public List<UserView> activeUsers() {
        return users.active().stream().map(UserRepository.UserRow::view).toList();
    }

    /** Throws Invalid naming the field when any id is not an active user. */
    public void requireActiveUsers(String field, Collection<Long> ids) {
        Map<Long, UserView> found = findUsers(ids);
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id) || !found.get(id).active()).toList();
        if (!missing.isEmpty()) throw Invalid.field(field, "unknown or inactive user id(s): " + missing);
    }

    private void requireAdmin() {
        if (!currentUser.viewer().isAdmin()) {
            throw new app.prism.web.Forbidden("Only administrators manage users.");
        }
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale user version");
    }
}
