package app.prism.imports;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.catalog.ProductService;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.exposure.Channel;
import app.prism.exposure.TouchpointService;
import app.prism.exposure.TouchpointView;
import app.prism.identity.CurrentUser;
import app.prism.sales.OpportunityService;
import app.prism.sales.SalesService;
import app.prism.web.PageQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The public services an import writes through, so their rules, access checks and data revision apply. */
@Component
record ImportServices(AccountService accounts, UnitService units, ContactService contacts, ProductService products,
        OpportunityService opportunities, SalesService sales, TouchpointService touchpoints, CurrentUser currentUser,
        app.prism.sales.CellPotentialService cells, app.prism.identity.UserService users) {

    /** Lookups that span records, with a cache for one run. */
    static final class Lookups {
        private final ImportServices s;
        private List<AccountView> allAccounts;
        /** {@link Names#company} of each of {@link #allAccounts}, computed once. */
        private List<String> companyNames;

        Lookups(ImportServices s) {
            this.s = s;
        }

        /** Accounts the user may see whose name equals {@code normalised} once legal suffixes are removed. */
        List<AccountView> allAccountsNamedLike(String normalised) {
            if (allAccounts == null) {
                allAccounts = new ArrayList<>();
                int page = 0;
                while (true) {
                    var p = s.accounts().listAccounts(new PageQuery(page, 500, null), null, false);
                    allAccounts.addAll(p.items());
                    if (p.items().size() < 500) break;
                    page++;
                }
            }
            if (companyNames == null) {
                companyNames = new ArrayList<>(allAccounts.size());
                for (AccountView a : allAccounts) companyNames.add(Names.company(a.name()));
            }
            List<AccountView> out = new ArrayList<>();
            for (int i = 0; i < allAccounts.size(); i++) {
                if (companyNames.get(i).equals(normalised)) out.add(allAccounts.get(i));
            }
            return out;
        }

        List<ContactView> contactsWithEmail(String email) {
            return s.contacts().findByEmail(email);
        }

        /**
         * A touchpoint without an external id is the same as a stored one with the same day, channel, note and
         * contacts, unless an earlier row of this import already matched it (repeated rows stay apart).
         */
        Optional<TouchpointView> sameTouchpoint(List<Long> contactIds, LocalDate date, Channel channel, String note,
                Map<String, String> matched, String rowKey) {
            var found = s.touchpoints().listTouchpoints(new TouchpointService.Query(null, null, contactIds.get(0), null,
                    date, date), new PageQuery(0, 500, null));
            for (TouchpointView t : found.items()) {
                if (t.channel() == channel && Objects.equals(t.note(), note)
                        && new HashSet<>(t.contactIds()).equals(new HashSet<>(contactIds))
                        && !matched.containsKey("TOUCHPOINT:" + t.id())) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }
}
