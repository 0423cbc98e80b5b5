package app.prism.home;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.catalog.ProductService;
import app.prism.contact.ContactService;
import app.prism.tasks.TaskService;
import app.prism.tasks.TaskView;
import app.prism.web.PageQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomePages {

    /** How many of my open tasks the home page lists (the overdue ones come first). */
    private static final int MY_TASKS = 15;

    private final AccountService accounts;
    private final UnitService units;
    private final ContactService contacts;
    private final ProductService products;
    private final TaskService tasks;
    private final app.prism.penetration.PenetrationService penetration;
    private final app.prism.exposure.ExposureService exposure;
    private final app.prism.relationship.RiskService risks;
    private final app.prism.digest.DigestService digests;
    private final app.prism.scoring.ScoringService scoring;

    HomePages(AccountService accounts, UnitService units, ContactService contacts, ProductService products,
            TaskService tasks, app.prism.penetration.PenetrationService penetration,
            app.prism.exposure.ExposureService exposure, app.prism.relationship.RiskService risks,
            app.prism.digest.DigestService digests, app.prism.scoring.ScoringService scoring) {
        this.scoring = scoring;
        this.tasks = tasks;
        this.penetration = penetration;
        this.exposure = exposure;
        this.risks = risks;
        this.digests = digests;
        this.accounts = accounts;
        this.units = units;
        this.contacts = contacts;
        this.products = products;
    }

    /** My accounts (the ones I own or am on the team of) and my open tasks. */
    @GetMapping("/")
    String home(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("accounts", accounts.listAccounts(PageQuery.of(page, 25, q), "name", true));
        model.addAttribute("q", q);
        List<TaskView> myTasks = tasks.myOpenTasks(MY_TASKS);
        Map<Long, String> accountNames = new HashMap<>();
        myTasks.forEach(t -> accountNames.computeIfAbsent(t.accountId(), id -> accounts.getAccount(id).name()));
        model.addAttribute("myTasks", myTasks);
        model.addAttribute("taskAccounts", accountNames);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("unreadDigests", digests.unread());
        return "home/home";
    }

    /** One row of "my accounts" with its figures, loaded after the page: penetration, exposure gaps, open risks. */
    @GetMapping("/home/account-row/{id}")
    String accountRow(@PathVariable long id, Model model) {
        var account = accounts.getAccount(id);
        model.addAttribute("a", account);
        model.addAttribute("penetrationText", app.prism.web.Money.percent(
                penetration.figures(id, null).summary().penetration()));
        model.addAttribute("gaps", exposure.gapCount(id, null));
        model.addAttribute("risks", risks.risks(id, null).size());
        var segment = scoring.ratings(id, null).segment();
        model.addAttribute("segment", segment == null ? null : segment.name());
        return "home/fragments/account-row :: row";
    }

    /** The reports that look across accounts. */
    @GetMapping("/reports")
    String reports() {
        return "home/reports";
    }

    /** Hits shown per kind; more of the name narrows the search. */
    static final int SEARCH_HITS = 20;

    /** Suggestions shown under the search box as one types: the first few of each kind. */
    static final int SUGGESTIONS = 4;

    /** A contact found, with the unit and account that tell five Meyers apart. */
    record ContactHit(long id, long accountId, String name, String title, String unitName, String accountName,
            boolean active) {}

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("searchQuery", q);
        if (q != null && !q.isBlank()) {
            hits(PageQuery.of(0, SEARCH_HITS, q), model);
            model.addAttribute("searchHits", SEARCH_HITS);
        }
        return "home/search";
    }

    /** The search box's suggestions (htmx, as one types): a short list of links, or nothing for an empty box. */
    @GetMapping("/search/suggest")
    String suggest(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("searchQuery", q);
        if (q == null || q.strip().length() < 2) return "home/search :: nothing";
        hits(PageQuery.of(0, SUGGESTIONS, q), model);
        return "home/search :: suggestions";
    }

    private void hits(PageQuery query, Model model) {
        model.addAttribute("accountHits", accounts.searchAccounts(query));
        model.addAttribute("unitHits", units.searchUnits(query));
        var found = contacts.searchContacts(query);
        Map<Long, String> accountNames = accounts.accountNames(found.stream().map(c -> c.accountId()).distinct().toList());
        Map<Long, String> unitNames = new HashMap<>();
        for (var c : found) unitNames.computeIfAbsent(c.unitId(), id -> units.getUnit(id).name());
        model.addAttribute("contactHits", found.stream().map(c -> new ContactHit(c.id(), c.accountId(), c.name(),
                c.title(), unitNames.get(c.unitId()), accountNames.get(c.accountId()), c.active())).toList());
        // products by a word of the name or the code's start, as the rest (the catalogue's own filter matches inside words)
        String key = query.exactKey();
        model.addAttribute("productHits", products.listProducts(PageQuery.of(0, PageQuery.MAX_SIZE, query.q()), false, null)
                .items().stream().filter(p -> startsAWord(p.name(), key) || p.code().toLowerCase().startsWith(key))
                .limit(query.size()).toList());
    }

    /** Whether some word of the text (after a space, a hyphen or a slash) starts with the lower-case key. */
    static boolean startsAWord(String text, String key) {
        if (text == null) return false;
        String lower = text.toLowerCase();
        if (lower.startsWith(key)) return true;
        for (String sep : new String[] {" ", "-", "/"}) {
            if (lower.contains(sep + key)) return true;
        }
        return false;
    }
}
