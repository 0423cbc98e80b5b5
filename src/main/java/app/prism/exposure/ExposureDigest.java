package app.prism.exposure;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.digest.DigestContributor;
import app.prism.digest.DigestSection;
import app.prism.web.PageQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The digest's "who has not heard about what": the oldest gaps of each account on the recipient's team. */
@Component
class ExposureDigest implements DigestContributor {

    static final int CONTACTS_PER_ACCOUNT = 3;

    private final ExposureService exposure;
    private final AccountService accounts;
    private final ContactService contacts;
    private final ProductService products;

    ExposureDigest(ExposureService exposure, AccountService accounts, ContactService contacts,
            ProductService products) {
        this.exposure = exposure;
        this.accounts = accounts;
        this.contacts = contacts;
        this.products = products;
    }

    @Override
    public Optional<DigestSection> section(LocalDate asOf) {
        List<AccountView> mine = accounts.listAccounts(PageQuery.of(0, PageQuery.MAX_SIZE, null), null, true).items();
        Map<Long, ProductView> productsById = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        List<DigestSection.Item> items = new ArrayList<>();
        long total = 0;
        for (AccountView account : mine) {
            List<GapRule.Pair> gaps = exposure.allGaps(account.id(), asOf);
            if (gaps.isEmpty()) continue;
            total += gaps.size();
            int cadence = exposure.cadence(account.id()).cadenceDays();
            Map<Long, ContactView> people = contacts.contactsOfAccount(account.id()).stream()
                    .collect(Collectors.toMap(ContactView::id, Function.identity()));
            // the contacts with the oldest gaps, each with what they have not heard about
            Map<Long, List<GapRule.Pair>> byContact = new java.util.LinkedHashMap<>();
            gaps.forEach(g -> byContact.computeIfAbsent(g.contactId(), k -> new ArrayList<>()).add(g));
            byContact.entrySet().stream().limit(CONTACTS_PER_ACCOUNT).forEach(e -> {
                ContactView who = people.get(e.getKey());
                List<String> names = e.getValue().stream().map(g -> productsById.containsKey(g.productId())
                        ? productsById.get(g.productId()).name() : "a product").toList();
                String what = names.size() <= 2 ? String.join(" and ", names)
                        : names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
                items.add(new DigestSection.Item((who == null ? "A contact" : who.name()) + " has not heard about "
                        + what + " in " + cadence + " days",
                        account.name() + " · " + gaps.size() + " gap(s) in all",
                        "/accounts/" + account.id() + "/exposure#gaps-" + e.getKey()));
            });
        }
        if (items.isEmpty()) return Optional.empty();
        return Optional.of(new DigestSection("gaps", 10, "Who has not heard about what",
                total + " exposure gap(s) on your accounts; the oldest of each account:", items));
    }
}
