package app.prism.account;

import app.prism.identity.AccountTeams;
import org.springframework.stereotype.Component;

/** Answers the access rule's team question from this capability's team table. */
@Component
class AccountTeamsFromTable implements AccountTeams {

    private final AccountRepository accounts;

    AccountTeamsFromTable(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean isOnTeam(long accountId, long userId) {
        return accounts.isOnTeam(accountId, userId);
    }
}
