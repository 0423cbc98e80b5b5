package app.prism.bench;

import app.prism.PrismApplication;
import app.prism.identity.SystemSignIn;
import app.prism.penetration.CellStatusRule;
import app.prism.penetration.Matrix;
import app.prism.penetration.PenetrationService;
import app.prism.sales.SalesFacts;
import app.prism.web.DataRevision;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark of issue #3: one large global account on PostgreSQL and on H2, the real application context, and side
 * by side in the same run the app's figures and their floors (the raw SQL aggregate, PostgreSQL's COPY). Results go to
 * {@code target/bench-results.json} and {@code target/bench-results.md}; docs/benchmarks.md explains them.
 *
 * <p>System properties: {@code bench.scale} (1 = 2,000 units, 1,000,000 sales), {@code bench.db}
 * ({@code postgres,h2}), {@code bench.reps} (repetitions of each timed step), {@code bench.import} (false skips the
 * 1,000,000-line imports), {@code bench.target} (the build directory).
 */
public final class MatrixBenchmark {

    static final String ADMIN = "bench-admin@prism.local";
    static final String PASSWORD = "bench-password-123";

    private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private final int reps = Integer.getInteger("bench.reps", 5);
    private final boolean runImport = Boolean.parseBoolean(System.getProperty("bench.import", "true"));
    private final Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
    private final LocalDate asOf = LocalDate.now();
    private final Map<String, Object> results = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        MatrixBenchmark bench = new MatrixBenchmark();
        int status = 0;
        try {
            bench.run(List.of(System.getProperty("bench.db", "postgres,h2").split(",")));
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    void run(List<String> databases) throws Exception {
        results.put("machine", Machine.describe());
        results.put("scale", scale);
        results.put("repetitions", reps);
        results.put("asOf", asOf.toString());
        results.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Map<String, Object> perDb = new LinkedHashMap<>();
        results.put("databases", perDb);
        for (String db : databases) {
            String name = db.strip();
            if (name.isEmpty()) continue;
            say("=== " + name + " ===");
            perDb.put(name, name.equals("postgres") ? onPostgres() : onH2());
            write();
        }
        write();
        say(Files.readString(target.resolve("bench-results.md")));
    }

    private Map<String, Object> onPostgres() throws Exception {
        long started = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            say("embedded PostgreSQL started in " + ms(System.nanoTime() - started) + " ms");
            return measure("postgres", pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        }
    }

    private Map<String, Object> onH2() throws Exception {
        Path dir = target.resolve("bench-h2");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String url = "jdbc:h2:file:" + dir.resolve("prism") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
        return measure("h2", url, "prism", "prism");
    }

    private Map<String, Object> measure(String db, String url, String user, String password) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        // Command-line arguments, so they win over application.yml exactly as a deployment's settings would.
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", user);
        props.put("spring.datasource.password", password);
        props.put("prism.demo.data", "false");
        props.put("prism.admin.email", ADMIN);
        props.put("prism.admin.password", PASSWORD);
        props.put("server.port", "0");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.app.prism", "WARN");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PrismApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
            say("application started in " + ms(System.nanoTime() - started) + " ms");
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            out.put("databaseVersion", jdbc.queryForObject(db.equals("postgres") ? "select version()"
                    : "select h2version()", String.class));
            if (db.equals("postgres")) {
                Map<String, String> settings = new LinkedHashMap<>();
                for (String s : List.of("shared_buffers", "work_mem", "max_parallel_workers_per_gather",
                        "synchronous_commit", "fsync", "jit")) {
                    settings.put(s, jdbc.queryForObject("show " + s, String.class));
                }
                out.put("settings", settings);
            }

            started = System.nanoTime();
            Path csv = target.resolve("bench-sales-" + db + ".csv");
            BenchData.Shape shape = new BenchData(dataSource, db.equals("postgres"), scale, asOf).generate(csv);
            long generation = System.nanoTime() - started;
            say("generated " + shape + " in " + ms(generation) + " ms");
            out.put("shape", shape(shape));
            out.put("generationSeconds", generation / 1e9);

            if (Boolean.getBoolean("bench.experiment")) experiment(dataSource, shape.accountId());
            Timings t = new Timings(app, jdbc, shape.accountId());
            if (Boolean.getBoolean("bench.nbaOnly")) {
                out.put("nextBestActions", t.nextBestActions());
                return out;
            }
            if (!Boolean.getBoolean("bench.loadOnly")) out.put("measurements", t.matrices());
            if (Boolean.parseBoolean(System.getProperty("bench.load", "true"))) {
                out.put("load", new LoadStep(app, jdbc, shape.accountId(), asOf).run(() -> {
                    long s = System.nanoTime();
                    t.floor();
                    return (System.nanoTime() - s) / 1_000_000;
                }));
                write();
            }
            if (runImport) out.put("import", new Import(app, jdbc, shape, db).run(t));
        }
        return out;
    }

    /** Development aid: the same aggregate executed repeatedly on one connection, to see plan-cache effects. */
    private void experiment(DataSource dataSource, long account) throws Exception {
        String sql = """
                select s.unit_id, s.product_id, sum(s.amount) from sale s
                 where s.account_id = ? and s.sale_date between ? and ?
                 group by s.unit_id, s.product_id""";
        try (Connection c = dataSource.getConnection()) {
            for (String mode : List.of("auto", "force_custom_plan")) {
                try (Statement st = c.createStatement()) {
                    st.execute("set plan_cache_mode = " + mode);
                }
                try (var ps = c.prepareStatement(sql)) {
                    StringBuilder b = new StringBuilder("experiment " + mode + ":");
                    for (int i = 0; i < 9; i++) {
                        ps.setLong(1, account);
                        ps.setObject(2, asOf.minusDays(364));
                        ps.setObject(3, asOf);
                        long t = System.nanoTime();
                        int n = 0;
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) n++;
                        }
                        b.append(' ').append(ms(System.nanoTime() - t));
                    }
                    say(b.toString());
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("set plan_cache_mode = auto");
            }
        }
    }

    private Map<String, Object> shape(BenchData.Shape s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accountId", s.accountId());
        m.put("units", s.units());
        m.put("unitsPerLevel", s.unitsPerLevel());
        m.put("products", s.products());
        m.put("activeProducts", s.activeProducts());
        m.put("activeProductsWithoutTypicalValue", s.productsWithoutTypicalValue());
        m.put("families", s.families());
        m.put("contacts", s.contacts());
        m.put("sales", s.sales());
        m.put("cellsWithSales", s.salesCells());
        m.put("fitMarks", s.fitMarks());
        m.put("opportunities", s.opportunities());
        m.put("cellPotentials", s.potentials());
        m.put("salesFrom", s.firstSale().toString());
        m.put("salesTo", s.asOf().toString());
        m.put("csvBytes", s.csvBytes());
        return m;
    }

    /** The matrix measurements, interleaved with the floor so that noise from other work hits both alike. */
    private final class Timings {

        final JdbcTemplate jdbc;
        final long account;
        final PenetrationService penetration;
        final DataRevision revision;
        final SystemSignIn signIn;
        final JsonMapper json;
        final ConfigurableApplicationContext app;

        Timings(ConfigurableApplicationContext app, JdbcTemplate jdbc, long account) {
            this.app = app;
            this.jdbc = jdbc;
            this.account = account;
            this.penetration = app.getBean(PenetrationService.class);
            this.revision = app.getBean(DataRevision.class);
            this.signIn = app.getBean(SystemSignIn.class);
            this.json = app.getBean(JsonMapper.class);
        }

        Matrix.Summary summary() {
            return signIn.asUser(ADMIN, () -> penetration.summary(account, asOf, null));
        }

        /**
         * Where a cold matrix spends its time: each read the service makes, timed alone (median of the repetitions),
         * with PostgreSQL's plans of the floor and the median query.
         */
        Map<String, Object> breakdown() {
            var units = app.getBean(app.prism.account.UnitService.class);
            var products = app.getBean(app.prism.catalog.ProductService.class);
            var contacts = app.getBean(app.prism.contact.ContactService.class);
            var facts = app.getBean(SalesFacts.class);
            LocalDate from = asOf.minusDays(364);
            List<Long> median = products.allProducts().stream()
                    .filter(p -> p.active() && p.typicalAnnualValue() == null).map(p -> p.id()).toList();
            Map<String, Supplier<?>> steps = new LinkedHashMap<>();
            steps.put("units of the account (UnitService.unitsOf)", () -> units.unitsOf(account));
            steps.put("catalogue (ProductService.allProducts)", products::allProducts);
            steps.put("pair facts as records: TTM sums ∪ fit marks ∪ opportunities (SalesFacts.pairFacts)", () -> facts.pairFacts(account, from, asOf));
            steps.put("pair facts streamed: TTM sums in cents, fit marks, opportunities (SalesFacts.pairFacts with a sink)",
                    () -> {
                        long[] calls = {0};
                        facts.pairFacts(account, from, asOf, new SalesFacts.PairSink() {
                            public void ttmRevenue(long unitId, long productId, long cents) { calls[0]++; }
                            public void fitMark(long unitId, long productId) { calls[0]++; }
                            public void openOpportunity(long unitId, long productId) { calls[0]++; }
                            public void lostInWindow(long unitId, long productId) { calls[0]++; }
                        });
                        return calls[0];
                    });
            // the share-of-wallet read alone, as SalesFacts.pairFacts makes it (part of the step above)
            steps.put("cell potentials and competitors (part of the above: the share-of-wallet read)", () -> {
                long[] rows = {0};
                jdbc.query("""
                        select c.unit_id, c.product_id, cast(c.potential * 100 as bigint), c.competitor
                          from cell_potential c where c.account_id = ?""",
                        (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                            rs.getLong(1);
                            rs.getLong(2);
                            rs.getLong(3);
                            rs.getString(4);
                            rows[0]++;
                        }, account);
                return rows[0];
            });
            if (Boolean.getBoolean("bench.experiment")) {
                steps.put("experiment: cell potentials as numeric text, no cast", () -> {
                    long[] rows = {0};
                    jdbc.query("""
                            select c.unit_id, c.product_id, c.potential, c.competitor
                              from cell_potential c where c.account_id = ?""",
                            (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                                rs.getLong(1);
                                rs.getLong(2);
                                rs.getString(3);
                                rs.getString(4);
                                rows[0]++;
                            }, account);
                    return rows[0];
                });
                steps.put("experiment: cell potentials, ids only", () -> {
                    long[] rows = {0};
                    jdbc.query("select c.unit_id, c.product_id from cell_potential c where c.account_id = ?",
                            (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                                rs.getLong(1);
                                rows[0]++;
                            }, account);
                    return rows[0];
                });
            }
            steps.put("whitespace-median inputs over all accounts (SalesFacts.buyingUnitRevenues)",
                    () -> facts.buyingUnitRevenues(median, from, asOf));
            steps.put("active contacts per unit (ContactService.activeContactsPerUnit)",
                    () -> contacts.activeContactsPerUnit(account));
            steps.put("floor", this::floor);
            Map<String, Object> out = new LinkedHashMap<>();
            for (var step : steps.entrySet()) {
                Series series = new Series(step.getKey());
                for (int i = 0; i < Math.max(3, reps); i++) {
                    invalidate(); // a write first: H2 would otherwise reuse the result of an identical query
                    series.add(time(() -> signIn.asUser(ADMIN, step.getValue())));
                }
                out.put(step.getKey(), series.toMap());
            }
            if (isPostgres()) {
                Map<String, String> plans = new LinkedHashMap<>();
                java.sql.Date f = java.sql.Date.valueOf(from), t = java.sql.Date.valueOf(asOf);
                plans.put("floor", explain("""
                        select unit_id, product_id, sum(amount) from sale
                         where account_id = ? and sale_date between ? and ? group by unit_id, product_id""",
                        account, f, t));
                plans.put("median inputs", explain("""
                        select s.product_id, sum(s.amount) from sale s
                         where s.product_id in (%s) and s.sale_date between ? and ?
                         group by s.product_id, s.unit_id having sum(s.amount) > 0""".formatted(
                        String.join(",", median.stream().map(String::valueOf).toList())), f, t));
                out.put("postgresPlans", plans);
            }
            say("breakdown " + out);
            return out;
        }

        /**
         * Every cell of the whole-account matrix against the facts as {@code SalesFacts.pairFacts} lists them (one
         * record per pair, revenue as a numeric): the same status by the same rule, and the same revenue to the cent.
         */
        boolean agreesWithPairFacts(Matrix full) {
            var facts = app.getBean(SalesFacts.class);
            Map<String, SalesFacts.PairFacts> byPair = new java.util.HashMap<>();
            signIn.asUser(ADMIN, () -> facts.pairFacts(account, asOf.minusDays(364), asOf))
                    .forEach(f -> byPair.put(f.unitId() + "/" + f.productId(), f));
            long disagreeing = 0;
            for (Matrix.Cell cell : full.cells()) {
                var f = byPair.get(cell.unitId() + "/" + cell.productId());
                var rule = f == null ? CellStatusRule.Facts.NOTHING
                        : new CellStatusRule.Facts(f.fitMark(), f.ttmRevenue(),
                                f.openOpportunity(), f.lostInWindow());
                if (cell.status() != CellStatusRule.statusOf(rule)
                        || cell.revenue().compareTo(rule.ttmRevenue()) != 0) {
                    if (disagreeing++ < 5) say("cell disagrees: " + cell + " facts " + f);
                }
            }
            say("cells checked against pairFacts: " + full.cells().size() + ", disagreeing: " + disagreeing);
            return disagreeing == 0;
        }

        boolean isPostgres() {
            return app.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        }

        String explain(String sql, Object... args) {
            try {
                return String.join("\n", jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, args));
            } catch (RuntimeException e) {
                return "explain failed: " + e.getMessage();
            }
        }

        Matrix matrix(Integer depth) {
            return signIn.asUser(ADMIN, () -> penetration.matrix(account, asOf, depth));
        }

        /** The floor: the single raw TTM aggregate over the same tables, read to the end on the same pool. */
        long floor() {
            long[] rows = {0};
            jdbc.query("""
                    select unit_id, product_id, sum(amount) from sale
                     where account_id = ? and sale_date between ? and ?
                     group by unit_id, product_id""", rs -> {
                rs.getLong(1);
                rs.getLong(2);
                rs.getBigDecimal(3);
                rows[0]++;
            }, account, java.sql.Date.valueOf(asOf.minusDays(364)), java.sql.Date.valueOf(asOf));
            return rows[0];
        }

        /**
         * The same floor with the plan made for its dates (PostgreSQL): once a pooled connection has run the floor
         * five times, PgJDBC prepares it on the server and PostgreSQL may switch to a generic plan, which walks the
         * index row by row. The app asks for custom plans; this shows the floor under the same condition.
         */
        long floorCustomPlan() {
            return new org.springframework.transaction.support.TransactionTemplate(
                    app.getBean(org.springframework.transaction.PlatformTransactionManager.class)).execute(status -> {
                        jdbc.execute("set local plan_cache_mode = force_custom_plan");
                        return floor();
                    });
        }

        /**
         * A write, as the app makes them: one sales line is touched (its value unchanged) and the data revision bumped.
         * Every cached matrix becomes unusable, and so does any result the database itself kept for the sales table
         * (H2 reuses the result of an identical query while its tables are unchanged).
         */
        void invalidate() {
            jdbc.update("update sale set version = version + 1 where id = (select min(id) from sale)");
            revision.bump();
        }

        long fullMatrixAsJson() {
            Matrix m = matrix(null);
            CountingStream counter = new CountingStream();
            json.writeValue(counter, m);
            return counter.count;
        }

        /**
         * The large account's next best actions alone ({@code -Dbench.nbaOnly=true}): cold after a write to the account
         * (its matrix and figures computed again) and warm, against the floor of the same minutes.
         */
        Map<String, Object> nextBestActions() {
            var actions = app.getBean(app.prism.nextbest.NextBestActions.class);
            var insight = app.getBean(app.prism.insight.InsightService.class);
            Map<String, Object> out = new LinkedHashMap<>();
            // -Dbench.learned=true: fit the learned cross-sell ranking first (issue 15), so the actions rank with it
            boolean learned = Boolean.getBoolean("bench.learned");
            if (learned) {
                long started = System.nanoTime();
                var version = signIn.asUser(ADMIN, () -> insight.refit());
                long fit = (System.nanoTime() - started) / 1_000_000;
                say("refit in " + fit + " ms: " + (version.isPresent() ? "model " + version.get().id() : "history too short"));
                out.put("refitMs", fit);
                out.put("modelFitted", version.isPresent());
            }
            Series floor = new Series("floor: raw SQL TTM aggregate");
            Series cold = new Series("next best actions, cold");
            Series warm = new Series("next best actions, warm");
            Series crossSellsCold = new Series("learned cross-sells of the account alone, cold");
            Series crossSellsWarm = new Series("learned cross-sells of the account alone, warm");
            int[] count = {0};
            int[] cells = {0};
            for (int i = 0; i < Math.max(reps, 2); i++) {
                floor.add(time(this::floor));
                invalidate();
                cold.add(time(() -> count[0] = signIn.asUser(ADMIN, () -> actions.nextBestActions(account, asOf, 50)).total()));
                warm.add(time(() -> signIn.asUser(ADMIN, () -> actions.nextBestActions(account, asOf, 50)).total()));
                if (learned) {
                    invalidate();
                    crossSellsCold.add(time(() -> cells[0] = signIn.asUser(ADMIN, () -> insight.crossSells(account, asOf,
                            Map.of(), Map.of(), Map.of())).map(Map::size).orElse(0)));
                    crossSellsWarm.add(time(() -> signIn.asUser(ADMIN, () -> insight.crossSells(account, asOf, Map.of(),
                            Map.of(), Map.of())).map(Map::size).orElse(0)));
                }
                say("rep " + (i + 1) + ": floor " + floor.last() + ", next best actions cold " + cold.last() + " / warm "
                        + warm.last() + " ms (" + count[0] + " actions)" + (learned ? "; learned cross-sells cold "
                        + crossSellsCold.last() + " / warm " + crossSellsWarm.last() + " ms (" + cells[0] + " cells)" : ""));
            }
            for (Series s : learned ? List.of(floor, cold, warm, crossSellsCold, crossSellsWarm) : List.of(floor, cold, warm)) {
                out.put(s.key(), s.toMap());
            }
            out.put("actions", count[0]);
            if (learned) out.put("crossSellCells", cells[0]);
            return out;
        }

        Map<String, Object> matrices() {
            Map<String, Object> out = new LinkedHashMap<>();
            // The very first requests after start and load: JIT cold, database caches as the load left them.
            invalidate();
            out.put("firstFloorMs", time(this::floor));
            invalidate();
            out.put("firstDepth2Ms", time(() -> matrix(2)));
            invalidate();
            out.put("firstSummaryMs", time(() -> matrix(null).summary()));
            long floorRows = floor();
            Matrix full = matrix(null);
            Matrix depth2 = matrix(2);
            out.put("floorRows", floorRows);
            out.put("fullCells", full.cells().size());
            out.put("fullColumns", full.units().size());
            out.put("depth2Cells", depth2.cells().size());
            out.put("depth2Columns", depth2.units().size());
            out.put("summary", full.summary());
            out.put("cellsAgreeWithPairFacts", agreesWithPairFacts(full));
            say("summary " + full.summary() + "; depth 2: " + depth2.units().size() + " columns");

            Series floor = new Series("floor: raw SQL TTM aggregate");
            Series floorCustom = new Series("floor, custom plan");
            Series summaryCold = new Series("summary, cold");
            Series summaryWarm = new Series("summary, warm");
            Series summaryViaMatrixWarm = new Series("matrix(null).summary(), warm");
            Series depth2Cold = new Series("matrix depth 2, cold");
            Series depth2Warm = new Series("matrix depth 2, warm");
            Series fullCold = new Series("full matrix, cold, streamed as JSON");
            List<Long> jsonBytes = new ArrayList<>();
            long peakHeap = 0;
            for (int i = 0; i < reps; i++) {
                floor.add(time(this::floor));
                if (isPostgres()) floorCustom.add(time(this::floorCustomPlan));
                invalidate();
                summaryCold.add(time(() -> summary()));
                summaryWarm.add(time(() -> summary()));
                summaryViaMatrixWarm.add(time(() -> matrix(null).summary()));
                invalidate();
                depth2Cold.add(time(() -> matrix(2)));
                depth2Warm.add(time(() -> matrix(2)));
                invalidate();
                resetPeaks();
                long[] bytes = {0};
                fullCold.add(time(() -> bytes[0] = fullMatrixAsJson()));
                peakHeap = Math.max(peakHeap, peakHeapMb());
                jsonBytes.add(bytes[0]);
                say("rep " + (i + 1) + ": floor " + floor.last()
                        + (isPostgres() ? " (custom plan " + floorCustom.last() + ")" : "") + ", summary " + summaryCold.last() + "/"
                        + summaryWarm.last() + ", depth 2 " + depth2Cold.last() + "/" + depth2Warm.last()
                        + ", full+JSON " + fullCold.last() + " ms");
            }
            for (Series s : List.of(floor, floorCustom, summaryCold, summaryWarm, summaryViaMatrixWarm, depth2Cold, depth2Warm,
                    fullCold)) {
                if (s != floorCustom || isPostgres()) out.put(s.key(), s.toMap());
            }
            out.put("breakdown", breakdown());
            out.put("fullJsonBytes", jsonBytes.get(0));
            out.put("fullPeakHeapMb", peakHeap);
            return out;
        }
    }

    /** The 1,000,000-line import: the database's own bulk load first (the floor), then the app's CSV endpoint. */
    private final class Import {

        final ConfigurableApplicationContext app;
        final JdbcTemplate jdbc;
        final BenchData.Shape shape;
        final String db;

        Import(ConfigurableApplicationContext app, JdbcTemplate jdbc, BenchData.Shape shape, String db) {
            this.app = app;
            this.jdbc = jdbc;
            this.shape = shape;
            this.db = db;
        }

        Map<String, Object> run(Timings timings) throws Exception {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rows", shape.sales());
            out.put("salesAlreadyInTable", count());
            DataSource dataSource = app.getBean(DataSource.class);
            if (db.equals("postgres")) {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    BenchData.Copied copied = BenchData.copySales(c, shape.accountId(), shape.csv(), BenchData.COPY_BY);
                    out.put("copySeconds", copied.nanos() / 1e9);
                    out.put("copyRowsPerSecond", copied.rows() / (copied.nanos() / 1e9));
                    say("COPY: " + copied.rows() + " rows in " + ms(copied.nanos()) + " ms");
                }
            } else {
                // H2 has no COPY; its own bulk path is INSERT … SELECT FROM CSVREAD (reported, not a target).
                try {
                    long t = System.nanoTime();
                    int rows = jdbc.update("""
                            insert into sale (account_id, unit_id, product_id, sale_date, amount, cost, created_at,
                                              created_by, updated_at, updated_by)
                            select ?, cast("UNITID" as bigint), cast("PRODUCTID" as bigint), cast("DATE" as date),
                                   cast("AMOUNT" as numeric(19, 2)), cast("COST" as numeric(19, 2)),
                                   current_timestamp, ?, current_timestamp, ?
                              from csvread('%s')""".formatted(shape.csv().toString().replace("'", "''")),
                            shape.accountId(), BenchData.COPY_BY, BenchData.COPY_BY);
                    long nanos = System.nanoTime() - t;
                    out.put("h2CsvreadSeconds", nanos / 1e9);
                    out.put("h2CsvreadRowsPerSecond", rows / (nanos / 1e9));
                    say("H2 CSVREAD: " + rows + " rows in " + ms(nanos) + " ms");
                } catch (RuntimeException e) {
                    out.put("h2CsvreadError", e.getMessage());
                    say("H2 CSVREAD failed: " + e.getMessage());
                }
            }
            long t = System.nanoTime();
            int deleted = jdbc.update("delete from sale where created_by = ?", BenchData.COPY_BY);
            say("deleted " + deleted + " bulk-loaded rows in " + ms(System.nanoTime() - t) + " ms");
            jdbc.execute(db.equals("postgres") ? "vacuum analyze sale" : "analyze");

            BigDecimal before = revenue(timings.matrix(2));
            timings.matrix(2); // now cached: the import must make it unusable
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sales"))
                    .timeout(Duration.ofMinutes(30))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/csv").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(shape.csv())).build();
            resetPeaks();
            t = System.nanoTime();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t;
            if (response.statusCode() != 201) {
                throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
            }
            out.put("httpResponse", response.body());
            out.put("appSeconds", nanos / 1e9);
            out.put("appRowsPerSecond", shape.sales() / (nanos / 1e9));
            out.put("appPeakHeapMb", peakHeapMb());
            say("app import: " + response.body() + " in " + ms(nanos) + " ms");
            BigDecimal after = revenue(timings.matrix(2));
            out.put("depth2RevenueBefore", before);
            out.put("depth2RevenueAfter", after);
            out.put("cacheInvalidatedByImport", after.compareTo(before.multiply(BigDecimal.valueOf(2))) == 0);
            return out;
        }

        long count() {
            return jdbc.queryForObject("select count(*) from sale", Long.class);
        }

        BigDecimal revenue(Matrix m) {
            return m.cells().stream().map(Matrix.Cell::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Milliseconds of a repetition series. */
    static final class Series {
        final String name;
        final List<Double> ms = new ArrayList<>();

        Series(String name) {
            this.name = name;
        }

        void add(double value) {
            ms.add(value);
        }

        double last() {
            return ms.get(ms.size() - 1);
        }

        String key() {
            return name;
        }

        Map<String, Object> toMap() {
            List<Double> sorted = ms.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("medianMs", round(median));
            m.put("minMs", round(sorted.get(0)));
            m.put("maxMs", round(sorted.get(n - 1)));
            m.put("runsMs", ms.stream().map(MatrixBenchmark::round).toList());
            return m;
        }
    }

    static double time(Supplier<?> work) {
        long t = System.nanoTime();
        Object result = work.get();
        if (result == null) throw new IllegalStateException("no result");
        return round((System.nanoTime() - t) / 1e6);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap really used. */
    static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }

    private void write() throws IOException {
        Files.createDirectories(target);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(target.resolve("bench-results.json"), mapper.writeValueAsString(results));
        try {
            Files.writeString(target.resolve("bench-results.md"), Report.markdown(results));
        } catch (RuntimeException e) {
            say("could not write the Markdown report: " + e);
        }
    }

    /** Counts what is written and keeps nothing: the full matrix is streamed, never held as a String. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
