package app.prism.identity;

import app.prism.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * The single access rule of PRODUCT.md section 1: ADMIN and MANAGER see every account, a MEMBER only the accounts
 * whose team they are on. A record the caller may not see answers exactly like one that does not exist (404).
 */
@Component
public class AccountAccess {

    private final CurrentUser currentUser;
    private final AccountTeams teams;

    AccountAccess(CurrentUser currentUser, AccountTeams teams) {
        this.currentUser = currentUser;
        this.teams = teams;
    }

    public boolean canSee(Viewer viewer, long accountId) {
        return viewer.seesAllAccounts() || teams.isOnTeam(accountId, viewer.id());
    }

    /** Whether the signed-in user may see the account. */
    public boolean canSee(long accountId) {
        return canSee(currentUser.viewer(), accountId);
    }

    /** Throws NotFound unless the signed-in user may see the account. */
    public void requireVisible(long accountId) {
        if (!canSee(currentUser.viewer(), accountId)) throw new NotFound("Account", accountId);
    }

    /** Throws NotFound naming the record asked for (a unit, a contact …) unless its account is visible. */
    public void requireVisibleOr404(long accountId, String what, Object id) {
        if (!canSee(currentUser.viewer(), accountId)) throw new NotFound(what, id);
    }

    /** For list queries: the user id to restrict to a team, or null when the user sees every account. */
    public Long teamFilter() {
        Viewer viewer = currentUser.viewer();
        return viewer.seesAllAccounts() ? null : viewer.id();
    }
}
