package app.prism.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.Attitude;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.identity.SystemSignIn;
import app.prism.web.PageQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "prism.demo.data=true", "prism.admin.email=admin@test.local", "prism.admin.password=admin-password-123"})
class DemoDataIT {

    private static final String ADMIN = "admin@test.local";

    @Autowired DemoData demoData;
    @Autowired SystemSignIn signIn;
    @Autowired AccountService accounts;
    @Autowired UnitService units;
    @Autowired ProductService products;
    @Autowired ContactService contacts;
    @Autowired JdbcClient jdbc;
    @Autowired app.prism.scoring.ScoringService scoring;

    @Test
    void theDemoAccountsAreScoredInSeveralSegmentsAndOneMovedSinceLastMonth() {
        var portfolio = signIn.asUser(ADMIN, () -> scoring.portfolio(null));
        assertThat(portfolio.accounts()).hasSize(3).allSatisfy(e -> assertThat(e.segment()).isNotNull());
        assertThat(portfolio.accounts().stream().map(e -> e.segment()).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(portfolio.accounts()).anySatisfy(e -> assertThat(e.moved()).isTrue());
        assertThat(count("select count(*) from scoring_rating where rated_by_id is not null")).isEqualTo(12);
    }

    @Test
    void startUpLoadsThreeCustomerGroupsWithDeepMultiCountryTrees() {
        List<AccountView> all = signIn.asUser(ADMIN, () -> accounts.listAccounts(PageQuery.of(0, 50, null), null, false).items());
        assertThat(all).hasSizeBetween(2, 3);
        for (AccountView account : all) {
            List<UnitView> tree = signIn.asUser(ADMIN, () -> units.unitsOf(account.id()));
            assertThat(tree).as(account.name()).hasSizeBetween(20, 60);
            assertThat(tree.stream().mapToInt(UnitView::depth).max().orElse(0)).as(account.name()).isBetween(3, 5);
            assertThat(tree.stream().map(UnitView::country).distinct().count()).as(account.name()).isGreaterThanOrEqualTo(2);
            assertThat(tree).as(account.name()).allSatisfy(u -> assertThat(u.city()).isNotBlank());
            assertThat(account.ownerId()).isNotNull();
            assertThat(account.industry()).isNotBlank();
        }
    }

    @Test
    void membersSeeOnlyTheAccountsWhoseTeamTheyAreOn() {
        assertThat(count("select count(*) from app_user")).isEqualTo(6);
        long seenByIngrid = signIn.asUser(DemoColleagues.INGRID.email(),
                () -> accounts.listAccounts(PageQuery.of(0, 50, null), null, false).total());
        long seenByManager = signIn.asUser(DemoColleagues.SOPHIE.email(),
                () -> accounts.listAccounts(PageQuery.of(0, 50, null), null, false).total());
        assertThat(seenByIngrid).isEqualTo(1);
        assertThat(seenByManager).isEqualTo(3);
    }

    @Test
    void thePortfolioHasFamiliesAnInactiveProductAndSomeWithoutTypicalValue() {
        List<ProductView> portfolio = products.allProducts();
        assertThat(portfolio).hasSizeBetween(12, 20).allSatisfy(p -> assertThat(p.family()).isNotBlank());
        assertThat(portfolio.stream().map(ProductView::family).distinct().count()).isBetween(4L, 5L);
        assertThat(portfolio.stream().filter(p -> !p.active()).count()).isEqualTo(1);
        assertThat(portfolio.stream().filter(p -> p.typicalAnnualValue() == null).count()).isGreaterThan(0);
    }

    @Test
    void contactsHaveRolesAttitudesReportingLinesAndOwners() {
        List<ContactView> people = signIn.asUser(ADMIN, () -> accounts.listAccounts(PageQuery.of(0, 50, null), null, false)
                .items().stream().flatMap(a -> contacts.contactsOfAccount(a.id()).stream()).toList());
        assertThat(people).hasSizeGreaterThanOrEqualTo(100);
        Map<Attitude, Long> attitudes = people.stream().collect(Collectors.groupingBy(ContactView::attitude, Collectors.counting()));
        assertThat(attitudes.get(Attitude.SUPPORTER) + attitudes.get(Attitude.NEUTRAL)).isGreaterThan(people.size() / 2);
        assertThat(attitudes.get(Attitude.DETRACTOR)).isBetween(1L, people.size() / 8L);
        assertThat(people).filteredOn(c -> !c.active()).isNotEmpty();
        assertThat(people).filteredOn(c -> c.reportsToId() != null).hasSizeGreaterThan(people.size() / 2);
        assertThat(people).filteredOn(c -> !c.ownerUserIds().isEmpty()).hasSizeGreaterThan(people.size() / 2);
        assertThat(people.stream().map(ContactView::buyingRole).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(people).allSatisfy(c -> assertThat(c.relationshipStrength()).isBetween(0, 3));
    }

    @Autowired app.prism.performance.PerformanceService performance;

    @Test
    void contactsAreDatedOverTwoYearsSoThePerformanceTilesHaveAYearAgoFigure() {
        LocalDate today = LocalDate.now();
        assertThat(count("select count(*) from contact where created_at < current_timestamp - interval '365' day"))
                .isGreaterThan(count("select count(*) from contact") / 2);
        assertThat(count("select count(*) from contact where created_at >= current_timestamp - interval '365' day"))
                .isGreaterThan(0);
        assertThat(count("select count(*) from contact where created_at < current_timestamp - interval '700' day"))
                .isGreaterThan(0);
        assertThat(count("select count(*) from contact where active = false and deactivated_at is null")).isZero();
        signIn.asUser(ADMIN, () -> {
            for (AccountView a : accounts.listAccounts(PageQuery.of(0, 50, null), null, false).items()) {
                var ttm = performance.performance(a.id(), today).ttm();
                assertThat(ttm.activeContactsYearAgo()).as(a.name()).isPositive().isLessThan(ttm.activeContacts());
            }
            return null;
        });
    }

    @Test
    void salesSpanTwoYearsUpToTodayWithWhitespaceCreditNotesAndCosts() {
        LocalDate first = jdbc.sql("select min(sale_date) from sale").query(LocalDate.class).single();
        LocalDate last = jdbc.sql("select max(sale_date) from sale").query(LocalDate.class).single();
        assertThat(first).isBeforeOrEqualTo(last.minusYears(2));
        assertThat(last).isBeforeOrEqualTo(LocalDate.now()).isAfter(LocalDate.now().minusDays(7));
        long lines = count("select count(*) from sale");
        assertThat(lines).isGreaterThan(1000);
        assertThat(count("select count(*) from sale where amount < 0")).isBetween(1L, 40L);
        assertThat(count("select count(*) from sale where cost is not null")).isBetween(lines / 2, lines - 1);
        long unitsTotal = count("select count(*) from business_unit");
        long unitsBuying = count("select count(distinct unit_id) from sale");
        assertThat(unitsBuying).isBetween(unitsTotal / 3, unitsTotal - 10);
        long bigBuyers = count("""
                select count(*) from (select unit_id from sale group by unit_id having count(distinct product_id) >= 4) b""");
        assertThat(bigBuyers).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyAccountHasOpenAndOverdueTasksAndRequestsInEveryStatus() {
        long accounts = count("select count(*) from account");
        assertThat(count("select count(distinct account_id) from task where done = false and due_on < current_date"))
                .isEqualTo(accounts);
        assertThat(count("select count(*) from task where done = true and done_at is not null")).isEqualTo(accounts);
        assertThat(count("select count(distinct status) from customer_request")).isEqualTo(3);
        assertThat(count("select count(distinct account_id) from customer_request where status <> 'DONE'"))
                .isEqualTo(accounts);
    }

    @Test
    void neverLoadsIntoANonEmptyDatabase() {
        long sales = count("select count(*) from sale");
        long contactsBefore = count("select count(*) from contact");
        assertThat(demoData.load()).isEmpty();
        assertThat(count("select count(*) from account")).isEqualTo(3);
        assertThat(count("select count(*) from product")).isEqualTo(17);
        assertThat(count("select count(*) from app_user")).isEqualTo(6);
        assertThat(count("select count(*) from contact")).isEqualTo(contactsBefore);
        assertThat(count("select count(*) from sale")).isEqualTo(sales);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
