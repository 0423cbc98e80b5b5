package app.prism.demo;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.NewAccount;
import app.prism.account.NewUnit;
import app.prism.account.TeamAssignment;
import app.prism.account.UnitService;
import app.prism.catalog.NewProduct;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.NewContact;
import app.prism.demo.DemoAdoption.Adoption;
import app.prism.demo.DemoColleagues.Colleague;
import app.prism.demo.DemoColleagues.Seat;
import app.prism.demo.DemoCustomers.Customer;
import app.prism.demo.DemoCustomers.Unit;
import app.prism.demo.DemoPeople.PlannedContact;
import app.prism.demo.DemoPortfolio.DemoProduct;
import app.prism.identity.NewUser;
import app.prism.identity.Role;
import app.prism.identity.SystemSignIn;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.sales.NewSale;
import app.prism.sales.SalesService;
import app.prism.web.PageQuery;
import app.prism.web.StartupLock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code prism.demo.data=true} (the {@code demo} profile of {@code ./mvnw spring-boot:run}), fills an empty
 * installation with a believable sample: colleagues, a portfolio, 40 customers with their people and four years
 * of sales. It runs after the first administrator exists, signed in as that administrator, through the public services
 * only, in one transaction, and never touches a database that already holds an account or a product.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "prism.demo.data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Fixed so every demo installation tells the same story (only the dates move with today). */
    static final long SEED = 20260412L;
    private static final String DEFAULT_ADMIN_EMAIL = "admin@prism.local";

    /** What one load created and how long it took. */
    record Summary(int users, int products, int accounts, int units, int contacts, int sales, long millis) {}

    private final SystemSignIn signIn;
    private final UserService users;
    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;
    private final ContactService contacts;
    private final SalesService sales;
    private final app.prism.sales.OpportunityService opportunities;
    private final app.prism.sales.FitMarkService fitMarks;
    private final app.prism.tasks.TaskService tasks;
    private final app.prism.tasks.RequestService requests;
    private final TransactionTemplate transaction;
    private final StartupLock startupLock;
    private final String adminEmail;
    private final app.prism.exposure.TouchpointService touchpoints;
    private final app.prism.scoring.ScoringService scoring;
    private final app.prism.performance.PerformanceService performance;
    private final app.prism.plans.PlanService plans;
    private final app.prism.survey.SurveyService survey;
    private final app.prism.sales.CellPotentialService cellPotentials;
    /** The dates of the contacts' history (a stream of its own, so the other demo data stays as it was). */
    private Random contactDates;

    DemoData(SystemSignIn signIn, UserService users, AccountService accounts, UnitService units,
            ProductService products, ContactService contacts, SalesService sales,
            app.prism.sales.OpportunityService opportunities, app.prism.sales.FitMarkService fitMarks,
            app.prism.tasks.TaskService tasks, app.prism.tasks.RequestService requests,
            PlatformTransactionManager transactionManager, @Value("${prism.admin.email:}") String adminEmail,
            app.prism.exposure.TouchpointService touchpoints, app.prism.scoring.ScoringService scoring,
            app.prism.performance.PerformanceService performance, app.prism.plans.PlanService plans,
            app.prism.survey.SurveyService survey, StartupLock startupLock,
            app.prism.sales.CellPotentialService cellPotentials) {
        this.survey = survey;
        this.cellPotentials = cellPotentials;
        this.startupLock = startupLock;
        this.performance = performance;
        this.plans = plans;
        this.touchpoints = touchpoints;
        this.tasks = tasks;
        this.requests = requests;
        this.scoring = scoring;
        this.opportunities = opportunities;
        this.fitMarks = fitMarks;
        this.signIn = signIn;
        this.users = users;
        this.accounts = accounts;
        this.units = units;
        this.products = products;
        this.contacts = contacts;
        this.sales = sales;
        this.transaction = new TransactionTemplate(transactionManager);
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /**
     * Loads the demo installation unless the database already holds an account or a product; empty when skipped. It
     * holds the start-up lock throughout: another instance starting at the same time waits, then finds the data.
     */
    Optional<Summary> load() {
        return startupLock.whileHolding(this::loadUnlessLoaded);
    }

    private Optional<Summary> loadUnlessLoaded() {
        Optional<String> admin = firstAdministrator();
        if (admin.isEmpty()) {
            log.warn("Demo data not loaded: there is no active administrator to load it as.");
            return Optional.empty();
        }
        return signIn.asUser(admin.get(), () -> {
            if (!databaseIsEmpty()) {
                log.info("Demo data not loaded: the database already holds accounts or products.");
                return Optional.<Summary>empty();
            }
            long started = System.nanoTime();
            Summary summary = transaction.execute(status -> loadAll(started));
            log.info("Demo data loaded in {} ms: {} users, {} products, {} accounts, {} units, {} contacts, {} sales lines.",
                    summary.millis(), summary.users(), summary.products(), summary.accounts(), summary.units(),
                    summary.contacts(), summary.sales());
            log.info("Demo users, all with the password '{}': {}", DemoColleagues.PASSWORD, DemoColleagues.all().stream()
                    .map(c -> c.email() + " (" + c.role() + ")").collect(Collectors.joining(", ")));
            return Optional.of(summary);
        });
    }

    /** The configured first administrator, else the default one, else the oldest active administrator. */
    private Optional<String> firstAdministrator() {
        String email = adminEmail == null || adminEmail.isBlank() ? DEFAULT_ADMIN_EMAIL : adminEmail.strip();
        return users.findUserByEmail(email).filter(u -> u.active() && u.role() == Role.ADMIN)
                .or(() -> users.activeUsers().stream().filter(u -> u.role() == Role.ADMIN)
                        .min(Comparator.comparingLong(UserView::id)))
                .map(UserView::email);
    }

    private boolean databaseIsEmpty() {
        PageQuery one = PageQuery.of(0, 1, null);
        return accounts.listAccounts(one, null, false).total() == 0
                && products.listProducts(one, false, null).total() == 0;
    }

    private Summary loadAll(long started) {
        Map<String, Long> userIds = createColleagues();
        List<DemoProduct> portfolio = DemoPortfolio.products();
        Map<String, Long> productIds = new HashMap<>();
        for (DemoProduct p : portfolio) {
            ProductView created = products.createProduct(
                    new NewProduct(p.code(), p.name(), p.family(), p.active(), p.typicalAnnualValue()));
            productIds.put(p.code(), created.id());
        }
        Random random = new Random(SEED);
        DemoSalesHistory history = new DemoSalesHistory(random, LocalDate.now(), portfolio);
        DemoPeople people = new DemoPeople(random);
        contactDates = new Random(SEED + 5);
        DemoPipeline pipeline = new DemoPipeline(new Random(SEED + 1), LocalDate.now(), opportunities, fitMarks);
        DemoWallet wallet = new DemoWallet(new Random(SEED + 5), cellPotentials);
        DemoTouchpoints touches = new DemoTouchpoints(new Random(SEED + 3), LocalDate.now(), touchpoints, signIn);
        List<Long> sellable = portfolio.stream().filter(DemoProduct::active).map(p -> productIds.get(p.code())).toList();
        DemoPlanning planning = new DemoPlanning(new Random(SEED + 4), LocalDate.now(), performance, plans, survey);
        DemoWork work = new DemoWork(new Random(SEED + 2), LocalDate.now(), tasks, requests, contacts);
        int unitCount = 0;
        int contactCount = 0;
        int saleCount = 0;
        List<Customer> customers = DemoCustomers.all();
        Map<String, Long> accountIds = new LinkedHashMap<>();
        Map<String, String> managers = new LinkedHashMap<>();
        Map<String, Integer> unitCounts = new HashMap<>();
        int index = 0;
        for (Customer customer : customers) {
            List<Unit> tree = customer.root().inTreeOrder();
            List<Seat> team = DemoColleagues.teamOf(customer.name(), customer.country(), tree.size(), index++);
            AccountView account = accounts.createAccount(new NewAccount(customer.name(), customer.industry(),
                    customer.country(), customer.scope(), userIds.get(team.get(0).email()), customer.externalId()));
            accountIds.put(customer.name(), account.id());
            unitCounts.put(customer.name(), tree.size());
            managers.put(customer.name(), team.get(0).email());
            accounts.replaceTeam(account.id(),
                    team.stream().map(s -> new TeamAssignment(userIds.get(s.email()), s.role())).toList());
            Map<Unit, Long> unitIds = createUnits(account.id(), customer.root());
            unitCount += unitIds.size();

            Map<Unit, List<Adoption>> adoptions = history.planAdoptions(customer);
            Map<Unit, List<DemoProduct>> purchases = new LinkedHashMap<>();
            adoptions.forEach((unit, bought) -> purchases.put(unit, bought.stream().map(Adoption::product).toList()));
            Map<Unit, Integer> productsBought = new LinkedHashMap<>();
            purchases.forEach((unit, bought) -> productsBought.put(unit, bought.size()));
            contactCount += createContacts(people.planContacts(customer, productsBought, team), unitIds, userIds);

            List<NewSale> lines = new ArrayList<>();
            adoptions.forEach((unit, bought) -> bought.forEach(a -> lines.addAll(history.linesFor(unitIds.get(unit),
                    productIds.get(a.product().code()), unit.kind(), a, customer,
                    unit == customer.root() && a.product().code().equals(DemoPortfolio.ANCHOR)))));
            saleCount += sales.recordSales(lines);
            List<Long> teamIds = team.stream().map(seat -> userIds.get(seat.email())).toList();
            pipeline.create(unitIds, purchases, portfolio, productIds, teamIds);
            wallet.create(unitIds, purchases, portfolio, productIds);
            Map<Long, List<Long>> boughtByUnit = new HashMap<>();
            purchases.forEach((unit, bought) -> boughtByUnit.put(unitIds.get(unit),
                    bought.stream().map(p -> productIds.get(p.code())).toList()));
            List<app.prism.contact.ContactView> known = contacts.contactsOfAccount(account.id());
            touches.create(known, team.stream().map(Seat::email).toList(), boughtByUnit, sellable);
            planning.create(account.id(), known);
            if (customer == customers.get(0)) {
                planning.createPlan(account.id(), customer.name(), userIds.get(team.get(0).email()));
            }
            work.create(account.id(), unitIds.values().stream().sorted().toList(), teamIds, productIds);
        }
        new DemoRatings(scoring, signIn, LocalDate.now()).rate(accountIds, managers, unitCounts);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Summary(userIds.size(), portfolio.size(), customers.size(), unitCount, contactCount, saleCount, millis);
    }

    /** Demo colleagues by email; one left over from an earlier demo installation is reused, not duplicated. */
    private Map<String, Long> createColleagues() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Colleague c : DemoColleagues.all()) {
            UserView user = users.findUserByEmail(c.email())
                    .orElseGet(() -> users.create(new NewUser(c.email(), c.name(), DemoColleagues.PASSWORD, c.role())));
            ids.put(c.email(), user.id());
        }
        return ids;
    }

    /** Creates the tree parents first and returns each planned unit's id. */
    private Map<Unit, Long> createUnits(long accountId, Unit root) {
        Map<Unit, Long> ids = new IdentityHashMap<>();
        createSubtree(accountId, root, null, ids);
        return ids;
    }

    private void createSubtree(long accountId, Unit unit, Long parentId, Map<Unit, Long> ids) {
        long id = units.createUnit(accountId, new NewUnit(unit.name(), unit.kind(), parentId, unit.country(),
                unit.city(), unit.externalId())).id();
        ids.put(unit, id);
        unit.children().forEach(child -> createSubtree(accountId, child, id, ids));
    }

    private int createContacts(List<PlannedContact> planned, Map<Unit, Long> unitIds, Map<String, Long> userIds) {
        List<Long> created = new ArrayList<>();
        for (PlannedContact c : planned) {
            Long reportsTo = c.reportsTo() == null ? null : created.get(c.reportsTo());
            long id = contacts.createContact(unitIds.get(c.unit()), new NewContact(c.name(), c.title(), c.email(),
                    c.phone(), c.buyingRole(), c.attitude(), c.strength(), reportsTo,
                    c.ownerEmails().stream().map(userIds::get).toList(), c.active())).id();
            created.add(id);
            KnownSince dates = knownSince(contactDates, LocalDate.now(), c.active());
            contacts.backdateContact(id, dates.since(), dates.left());
        }
        return created.size();
    }

    /** When a demo contact was entered and, if they left, when: spread over the two years of sales history. */
    record KnownSince(LocalDate since, LocalDate left) {}

    /**
     * About four in five contacts were known a year ago (entered 13 to 25 months back), the rest joined during the
     * last year; one who left did so between two months after being entered and a fortnight ago. So the performance
     * tiles have a year-ago figure that differs from today's.
     */
    static KnownSince knownSince(Random random, LocalDate today, boolean active) {
        int daysBack = random.nextInt(5) < 4 ? 395 + random.nextInt(365) : 20 + random.nextInt(340);
        LocalDate since = today.minusDays(daysBack);
        if (active) return new KnownSince(since, null);
        LocalDate left = since.plusDays(60 + random.nextInt(Math.max(1, daysBack - 60 - 14)));
        LocalDate latest = today.minusDays(14);
        return new KnownSince(since, left.isAfter(latest) ? (latest.isBefore(since) ? since : latest) : left);
    }
}
