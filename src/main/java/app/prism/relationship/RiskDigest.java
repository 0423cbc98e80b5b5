package app.prism.relationship;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.digest.DigestContributor;
import app.prism.digest.DigestSection;
import app.prism.web.PageQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The digest's new risks: flags on the recipient's accounts that hold today and did not a week ago (the rule applied
 * as of both days, so no history table is needed).
 */
@Component
class RiskDigest implements DigestContributor {

    static final int LIMIT = 10;

    private final RiskService risks;
    private final AccountService accounts;

    RiskDigest(RiskService risks, AccountService accounts) {
        this.risks = risks;
        this.accounts = accounts;
    }

    @Override
    public Optional<DigestSection> section(LocalDate asOf) {
        List<DigestSection.Item> items = new ArrayList<>();
        int count = 0;
        for (AccountView a : accounts.listAccounts(PageQuery.of(0, PageQuery.MAX_SIZE, null), null, true).items()) {
            Set<String> weekAgo = risks.risks(a.id(), asOf.minusDays(7)).stream().map(RiskDigest::key)
                    .collect(Collectors.toSet());
            for (RiskService.UnitRisk r : risks.risks(a.id(), asOf)) {
                if (weekAgo.contains(key(r))) continue;
                count++;
                if (items.size() < LIMIT) {
                    items.add(new DigestSection.Item(r.unitName() + ": " + r.flag().label().toLowerCase(), a.name()
                            + " · " + r.reason(), "/accounts/" + a.id() + "/overview#risks"));
                }
            }
        }
        if (items.isEmpty()) return Optional.empty();
        return Optional.of(new DigestSection("risks", 30, "New relationship risks",
                count + " risk(s) on your accounts that were not there a week ago.", items));
    }

    private static String key(RiskService.UnitRisk r) {
        return r.unitId() + "|" + r.flag();
    }
}
