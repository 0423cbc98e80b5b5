package app.prism.scoring;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.contact.ContactService;
import app.prism.identity.CurrentUser;
import app.prism.identity.Viewer;
import app.prism.penetration.Matrix;
import app.prism.penetration.PenetrationService;
import app.prism.penetration.Ttm;
import app.prism.sales.SalesFacts;
import app.prism.web.Audit;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring model (ADMIN and MANAGER change it; every change is a new version), the ratings of an account, the
 * portfolio of every visible account and its snapshots. Computed criteria are computed from the live data as of the
 * day asked, so they never go stale; hand ratings are stored with who rated and when.
 */
@Service
public class ScoringService {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,49}");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("999999");

    private final ScoringRepository repository;
    private final AccountService accounts;
    private final ContactService contacts;
    private final PenetrationService penetration;
    private final SalesFacts sales;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScoringService(ScoringRepository repository, AccountService accounts, ContactService contacts,
            PenetrationService penetration, SalesFacts sales, CurrentUser currentUser, Optional<Clock> clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.contacts = contacts;
        this.penetration = penetration;
        this.sales = sales;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // --- the model ---

    public ScoringModel model() {
        return repository.currentModel().orElseThrow(() -> new IllegalStateException("no scoring model (V11 seeds one)"));
    }

    public List<ModelVersion> modelVersions() {
        return repository.modelVersions();
    }

    /** Saves the model as its next version; the versions before stay as they were (snapshots name them). */
    @Transactional
    public ScoringModel replaceModel(ModelInput input, Long expectedVersion) {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators change the scoring model.");
        }
        ScoringModel current = model();
        List<ScoringModel.Criterion> criteria = validate(input);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new OptimisticLockingFailureException("stale model version");
        }
        BigDecimal threshold = input.threshold() == null ? Segmenter.DEFAULT_THRESHOLD : input.threshold();
        int saved = repository.insertModel(current.version() + 1, threshold, criteria);
        return repository.model(saved).orElseThrow();
    }

    private static List<ScoringModel.Criterion> validate(ModelInput input) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        BigDecimal threshold = input.threshold();
        if (threshold != null && (threshold.signum() < 0 || threshold.compareTo(BigDecimal.TEN) > 0)) {
            problems.add(new Invalid.FieldProblem("threshold", "must be between 0 and 10"));
        } else if (threshold != null && threshold.stripTrailingZeros().scale() > 2) {
            problems.add(new Invalid.FieldProblem("threshold", "must have at most two decimals"));
        }
        List<ScoringModel.Criterion> criteria = new ArrayList<>();
        if (input.criteria() == null || input.criteria().isEmpty()) {
            problems.add(new Invalid.FieldProblem("criteria", "must have at least one criterion"));
            throw new Invalid(problems);
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < input.criteria().size(); i++) {
            String at = "criteria[" + i + "].";
            ModelInput.CriterionInput c = input.criteria().get(i);
            if (c == null) {
                problems.add(new Invalid.FieldProblem("criteria[" + i + "]", "must not be null"));
                continue;
            }
            String key = c.key() == null ? "" : c.key().strip();
            if (key.isEmpty()) problems.add(new Invalid.FieldProblem(at + "key", "must not be blank"));
            else if (!KEY.matcher(key).matches()) {
                problems.add(new Invalid.FieldProblem(at + "key",
                        "must be 1 to 50 letters, digits, '_' or '-', starting with a letter or digit"));
            } else if (!keys.add(key)) problems.add(new Invalid.FieldProblem(at + "key", "'" + key + "' appears twice"));
            String name = c.name() == null ? "" : c.name().strip();
            if (name.isEmpty()) problems.add(new Invalid.FieldProblem(at + "name", "must not be blank"));
            else if (name.length() > 200) problems.add(new Invalid.FieldProblem(at + "name", "must be at most 200 characters"));
            String description = c.description() == null || c.description().isBlank() ? null : c.description().strip();
            if (description != null && description.length() > 1000) {
                problems.add(new Invalid.FieldProblem(at + "description", "must be at most 1000 characters"));
            }
            Axis axis = parse(Axis.class, c.axis());
            if (axis == null) problems.add(new Invalid.FieldProblem(at + "axis", "must be ATTRACTIVENESS or STRENGTH"));
            BigDecimal weight = c.weight();
            if (weight == null || weight.signum() <= 0) problems.add(new Invalid.FieldProblem(at + "weight", "must be above 0"));
            else if (weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 3) {
                problems.add(new Invalid.FieldProblem(at + "weight", "must be at most 999999 with at most three decimals"));
            }
            CriterionSource source = c.source() == null || c.source().isBlank() ? CriterionSource.MANUAL
                    : parse(CriterionSource.class, c.source());
            List<Banding.Band> bands = null;
            if (source == null) {
                problems.add(new Invalid.FieldProblem(at + "source", "must be one of "
                        + java.util.Arrays.toString(CriterionSource.values())));
            } else if (!source.isComputed() && c.bands() != null && !c.bands().isEmpty()) {
                problems.add(new Invalid.FieldProblem(at + "bands", "only computed criteria have bands"));
            } else if (source.isComputed()) {
                Banding banding = c.bands() == null ? source.defaultBanding() : new Banding(c.bands());
                banding.problems().forEach(p -> problems.add(new Invalid.FieldProblem(at + "bands", p)));
                bands = banding.bands();
            }
            if (axis != null && weight != null && source != null) {
                criteria.add(new ScoringModel.Criterion(key, name, description, axis, weight.stripTrailingZeros(), source, bands));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        return criteria;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) return null;
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // --- ratings ---

    public LocalDate asOfOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    public AccountRatings ratings(long accountId, LocalDate asOf) {
        AccountView account = accounts.getAccount(accountId);
        LocalDate day = asOfOrToday(asOf);
        ScoringModel model = model();
        Ttm ttm = Ttm.of(day);
        BigDecimal revenue = sales.accountRevenue(accountId, ttm.start(), ttm.end());
        BigDecimal previous = model.needs(CriterionSource.REVENUE_GROWTH)
                ? sales.accountRevenue(accountId, ttm.previous().start(), ttm.previous().end()) : null;
        Scorecard card = Scorecard.of(model, facts(model, accountId, account.unitCount(), null, day, revenue, previous, null),
                repository.handRatings(accountId));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        card.ratings().stream().filter(r -> r.value() != null).forEach(r -> values.put(r.key(), r.value()));
        return new AccountRatings(accountId, account.name(), day, model.version(), model.threshold(),
                card.attractiveness(), card.strength(), card.segment(), values, card.ratings());
    }

    /**
     * Sets the hand ratings given and removes every other hand rating of the model's criteria (PUT: the body is the
     * whole set); notes as in {@link #rate}.
     */
    @Transactional
    public AccountRatings replaceRatings(long accountId, RatingsInput input) {
        accounts.requireVisible(accountId);
        Map<String, BigDecimal> all = new HashMap<>();
        for (ScoringModel.Criterion c : model().criteria()) {
            if (!c.source().isComputed()) all.put(c.key(), null);
        }
        if (input.ratings() != null) all.putAll(input.ratings());
        return rate(accountId, new RatingsInput(all, input.notes()));
    }

    /** Sets the hand ratings given (null removes one), with their notes, as the signed-in user, now. */
    @Transactional
    public AccountRatings rate(long accountId, RatingsInput input) {
        accounts.requireVisible(accountId);
        Map<String, ScoringModel.Criterion> criteria = model().criteria().stream()
                .collect(Collectors.toMap(ScoringModel.Criterion::key, c -> c));
        Map<String, BigDecimal> ratings = input.ratings() == null ? Map.of() : input.ratings();
        Map<String, String> notes = input.notes() == null ? Map.of() : input.notes();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        ratings.forEach((key, value) -> {
            ScoringModel.Criterion c = criteria.get(key);
            String field = "ratings." + key;
            if (c == null) problems.add(new Invalid.FieldProblem(field, "is not a criterion of the scoring model"));
            else if (c.source().isComputed()) problems.add(new Invalid.FieldProblem(field,
                    "is computed from " + c.source().figure() + " and cannot be rated by hand"));
            else if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.TEN) > 0)) {
                problems.add(new Invalid.FieldProblem(field, "must be between 0 and 10"));
            } else if (value != null && value.stripTrailingZeros().scale() > 2) {
                problems.add(new Invalid.FieldProblem(field, "must have at most two decimals"));
            }
        });
        Map<String, HandRating> existing = repository.handRatings(accountId);
        notes.forEach((key, note) -> {
            String field = "notes." + key;
            if (!criteria.containsKey(key)) problems.add(new Invalid.FieldProblem(field, "is not a criterion of the scoring model"));
            else if (criteria.get(key).source().isComputed()) {
                problems.add(new Invalid.FieldProblem(field, "is computed from data; notes go with hand ratings"));
            } else if (note != null && note.strip().length() > 1000) problems.add(new Invalid.FieldProblem(field, "must be at most 1000 characters"));
            else if (!ratings.containsKey(key) && !existing.containsKey(key) && note != null && !note.isBlank()) {
                problems.add(new Invalid.FieldProblem(field, "needs a rating of the criterion"));
            }
        });
        if (!problems.isEmpty()) throw new Invalid(problems);
        Viewer viewer = currentUser.viewer();
        Set<String> touched = new HashSet<>(ratings.keySet());
        touched.addAll(notes.keySet());
        for (String key : touched) {
            BigDecimal value = ratings.containsKey(key) ? ratings.get(key)
                    : existing.containsKey(key) ? existing.get(key).score() : null;
            String note = notes.containsKey(key) ? blankToNull(notes.get(key))
                    : existing.containsKey(key) ? existing.get(key).note() : null;
            if (value == null) {
                repository.deleteRating(accountId, key);
                continue;
            }
            HandRating before = existing.get(key);
            boolean unchanged = before != null && before.score().compareTo(value) == 0
                    && java.util.Objects.equals(before.note(), note);
            // Saving an unchanged form does not claim a new rating: who rated and when stay as they were.
            if (!unchanged) repository.saveRating(accountId, key, value, note, viewer.id(), viewer.name());
        }
        return ratings(accountId, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- portfolio ---

    public Portfolio portfolio(LocalDate asOf) {
        LocalDate day = asOfOrToday(asOf);
        ScoringModel model = model();
        List<AccountView> visible = visibleAccounts();
        Optional<List<Long>> ids = currentUser.viewer().seesAllAccounts() ? Optional.empty()
                : Optional.of(visible.stream().map(AccountView::id).toList());
        Ttm ttm = Ttm.of(day);
        Map<Long, BigDecimal> revenue = penetration.ttmRevenueByAccount(day);
        Map<Long, BigDecimal> previous = model.needs(CriterionSource.REVENUE_GROWTH)
                ? penetration.ttmRevenueByAccount(ttm.previous().end()) : Map.of();
        Map<Long, Map<String, HandRating>> hand = repository.handRatings(ids);
        Map<Long, Snapshot> latest = repository.latestSnapshots(ids);
        // every account's figures in one go: each from the cache unless that account's data changed
        Map<Long, Matrix> figures = needsFigures(model)
                ? penetration.figuresOf(visible.stream().map(AccountView::id).toList(), day) : Map.of();
        // the units with a decision maker, of every account in one query (coverage)
        Map<Long, Set<Long>> decisionMakers = needsFigures(model) && model.needs(CriterionSource.RELATIONSHIP_COVERAGE)
                ? contacts.unitsWithDecisionMakers(visible.stream().map(AccountView::id).toList()) : null;
        List<Portfolio.Entry> entries = new ArrayList<>();
        for (AccountView a : visible) {
            BigDecimal ttmRevenue = revenue.getOrDefault(a.id(), BigDecimal.ZERO.setScale(2));
            Scorecard card = Scorecard.of(model, facts(model, a.id(), a.unitCount(), figures.get(a.id()), day, ttmRevenue,
                    previous.getOrDefault(a.id(), BigDecimal.ZERO.setScale(2)),
                    decisionMakers == null ? null : decisionMakers.getOrDefault(a.id(), Set.of())),
                    hand.getOrDefault(a.id(), Map.of()));
            Snapshot before = latest.get(a.id());
            entries.add(new Portfolio.Entry(a.id(), a.name(), a.ownerId(), a.ownerName(), card.attractiveness(),
                    card.strength(), card.segment(), ttmRevenue,
                    (int) card.ratings().stream().filter(r -> r.value() != null).count(), card.ratings().size(),
                    before == null ? null : before.segment(), before == null ? null : before.takenAt()));
        }
        return new Portfolio(day, model.version(), model.threshold(), entries);
    }

    /** Every account the user may see, by name (the list query filters a MEMBER's accounts in SQL). */
    public List<AccountView> visibleAccounts() {
        List<AccountView> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            Paged<AccountView> p = accounts.listAccounts(PageQuery.of(page, PageQuery.MAX_SIZE, null), "name", false);
            out.addAll(p.items());
            if (!p.hasNext()) return out;
        }
    }

    private static boolean needsFigures(ScoringModel model) {
        return model.needs(CriterionSource.RELATIONSHIP_COVERAGE) || model.needs(CriterionSource.PENETRATION)
                || model.needs(CriterionSource.WHITESPACE_VALUE);
    }

    /**
     * The facts behind the computed criteria. A criterion with no data behind it does not rate (so a new, empty account
     * is "not scored", not 0 / 0): revenue when the account has no unit and no sale in either TTM, penetration and
     * whitespace value when the matrix has no applicable cell. {@code known}: the account's figures when the caller
     * has them already, else null.
     */
    private ComputedCriteria.AccountFacts facts(ScoringModel model, long accountId, long unitCount, Matrix known,
            LocalDate day, BigDecimal ttmRevenue, BigDecimal previousTtmRevenue, Set<Long> decisionMakerUnits) {
        boolean noSales = (ttmRevenue == null || ttmRevenue.signum() == 0)
                && (previousTtmRevenue == null || previousTtmRevenue.signum() == 0);
        if (unitCount == 0 && noSales) ttmRevenue = null;
        boolean coverage = model.needs(CriterionSource.RELATIONSHIP_COVERAGE);
        if (!needsFigures(model)) {
            return new ComputedCriteria.AccountFacts(ttmRevenue, previousTtmRevenue, null, null, null, null);
        }
        Matrix figures = known != null ? known : penetration.figures(accountId, day);
        Integer doing = null;
        Integer covered = null;
        if (coverage) {
            Set<Long> doingBusiness = figures.units().stream().filter(u -> u.penetration().signum() > 0)
                    .map(Matrix.UnitFigure::id).collect(Collectors.toSet());
            Set<Long> withDecisionMaker = decisionMakerUnits != null ? decisionMakerUnits
                    : contacts.unitsWithDecisionMakers(List.of(accountId)).getOrDefault(accountId, Set.of());
            doing = doingBusiness.size();
            covered = (int) doingBusiness.stream().filter(withDecisionMaker::contains).count();
        }
        boolean anyApplicable = figures.summary().applicableCells() > 0;
        return new ComputedCriteria.AccountFacts(ttmRevenue, previousTtmRevenue,
                anyApplicable ? figures.summary().penetration() : null,
                anyApplicable ? figures.summary().whitespaceValue() : null, doing, covered);
    }

    // --- snapshots ---

    /** A snapshot of every account's scores and segment now (ADMIN and MANAGER: they see every account). */
    @Transactional
    public SnapshotRun takeSnapshots(SnapshotKind kind) {
        return takeSnapshots(kind, null);
    }

    /**
     * A snapshot as of a day: computed criteria as of that day, hand ratings as they are, taken at the start of that
     * day (UTC) when one is given — the demo data records last month's portfolio with it.
     */
    @Transactional
    public SnapshotRun takeSnapshots(SnapshotKind kind, LocalDate asOf) {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators take snapshots of the portfolio.");
        }
        OffsetDateTime takenAt = asOf == null ? Audit.now() : asOf.atStartOfDay().atOffset(ZoneOffset.UTC);
        Portfolio portfolio = portfolio(asOf);
        for (Portfolio.Entry e : portfolio.accounts()) {
            repository.insertSnapshot(e.accountId(), portfolio.modelVersion(), e.attractiveness(), e.strength(),
                    e.segment(), e.ttmRevenue(), kind, takenAt);
        }
        return new SnapshotRun(portfolio.accounts().size(), portfolio.modelVersion(), kind, takenAt);
    }

    /** What one snapshot run recorded: how many accounts, under which model version, when. */
    public record SnapshotRun(int accounts, int modelVersion, SnapshotKind kind, OffsetDateTime takenAt) {}

    public Paged<Snapshot> snapshots(Long accountId, PageQuery page) {
        if (accountId != null) accounts.requireVisible(accountId);
        Optional<Set<Long>> visible = accounts.visibleAccountIds();
        return new Paged<>(repository.snapshots(accountId, visible, page), page.page(), page.size(),
                repository.countSnapshots(accountId, visible));
    }
}
