package app.prism.bench;

import app.prism.PrismApplication;
import app.prism.identity.SystemSignIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14's pipeline benchmark: 50,000 opportunities (× bench.scale) over 200 accounts, 20 owners and 100 products;
 * GET /api/v1/pipeline warm (the same request again) must answer in under 200 ms, and cold (the first request for a
 * filter not asked before: a new owner) within 1.5 × a raw SQL aggregate of the same figures (totals, periods and
 * stages in one GROUP BY over JDBC, also the first time for its filter). Run:
 * {@code ./mvnw -B -Pbench test-compile exec:exec@bench -Dbench.main=app.prism.bench.PipelineBenchmark}.
 */
public final class PipelineBenchmark {

    static final String ADMIN = "bench-admin@prism.local";
    static final String PASSWORD = "bench-password-123";
    static final int ACCOUNTS = 200, UNITS_PER_ACCOUNT = 10, PRODUCTS = 100, OWNERS = 20;
    static final String[] STAGES = {"QUALIFY", "DEVELOP", "PROPOSE", "NEGOTIATE"};

    private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private final int reps = Math.max(5, Integer.getInteger("bench.reps", 5));
    private final List<String> dbs = List.of(System.getProperty("bench.db", "postgres,h2").split(","));
    private final Path target = Path.of(System.getProperty("bench.target", "target"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(20261202L);
    private final LocalDate today = LocalDate.now();
    private final StringBuilder report = new StringBuilder();

    private ConfigurableApplicationContext app;
    private DataSource dataSource;
    private String base;
    private String token;
    private final List<Long> owners = new ArrayList<>();

    public static void main(String[] args) {
        int status = 0;
        try {
            new PipelineBenchmark().run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    void run() throws Exception {
        report.append("## Pipeline benchmark (issue 14)\n\nMachine: ").append(Machine.describe()).append("\n\n");
        for (String db : dbs) {
            if (db.strip().equals("postgres")) {
                try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
                    measure("postgres", pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                }
            } else if (db.strip().equals("h2")) {
                Path dir = Files.createTempDirectory("bench-pipeline-h2");
                measure("h2", "jdbc:h2:file:" + dir.resolve("db")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
            }
        }
        Files.createDirectories(target);
        Files.writeString(target.resolve("bench-pipeline-results.md"), report);
        System.out.println(report);
    }

    private void measure(String name, String url, String user, String password) throws Exception {
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
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PrismApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
            app = context;
            dataSource = app.getBean(DataSource.class);
            base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            token = token();
            owners.clear();
            int opportunities = (int) Math.round(50_000 * scale);
            long t = System.nanoTime();
            insert(opportunities);
            say(name + ": " + opportunities + " opportunities set up in " + ms(System.nanoTime() - t) + " ms");

            // warm: the same request again and again
            for (int i = 0; i < 5; i++) get("/api/v1/pipeline");
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < 20; i++) warm.add(timed(() -> get("/api/v1/pipeline")));
            List<Double> warmQuarter = new ArrayList<>();
            for (int i = 0; i < 10; i++) warmQuarter.add(timed(() -> get("/api/v1/pipeline?by=quarter")));
            List<Double> floorWarm = new ArrayList<>();
            for (int i = 0; i < 20; i++) floorWarm.add(timed(() -> floor(null)));

            // cold: the first request of a filter never asked before (a new owner), floor likewise
            List<Double> cold = new ArrayList<>(), floorCold = new ArrayList<>();
            for (int i = 0; i < Math.min(reps * 2, OWNERS) / 2; i++) {
                long a = owners.get(2 * i), b = owners.get(2 * i + 1);
                if (i % 2 == 0) {
                    floorCold.add(timed(() -> floor(a)));
                    cold.add(timed(() -> get("/api/v1/pipeline?ownerId=" + b)));
                } else {
                    cold.add(timed(() -> get("/api/v1/pipeline?ownerId=" + a)));
                    floorCold.add(timed(() -> floor(b)));
                }
            }
            report.append("### ").append(name).append(", ").append(opportunities).append(" opportunities\n\n");
            report.append("| measurement | median ms | min ms | max ms | target | result |\n| --- | ---: | ---: | ---: | --- | --- |\n");
            row("GET /api/v1/pipeline, warm (12 months by month, 50 opportunities listed)", warm, "< 200 ms",
                    median(warm) < 200);
            row("GET /api/v1/pipeline?by=quarter, warm", warmQuarter, "< 200 ms", median(warmQuarter) < 200);
            row("floor: raw SQL aggregate over JDBC, warm", floorWarm, "", true);
            double ratio = median(cold) / median(floorCold);
            row("GET /api/v1/pipeline?ownerId=(new), cold", cold,
                    String.format("≤ 1.5 × floor (ratio %.2f)", ratio), ratio <= 1.5);
            row("floor: raw SQL aggregate, new owner, cold", floorCold, "", true);
            report.append("\n");
            say(report.toString());
        }
    }

    private void row(String what, List<Double> ms, String targetText, boolean ok) {
        report.append(String.format("| %s | %.1f | %.1f | %.1f | %s | %s |%n", what, median(ms), Collections.min(ms),
                Collections.max(ms), targetText, targetText.isEmpty() ? "" : ok ? "met" : "**missed**"));
    }

    /** Totals, periods and stages of the coming twelve months in one aggregate, as the pipeline's figures. */
    private void floor(Long owner) {
        LocalDate from = YearMonth.from(today).atDay(1), to = from.plusMonths(12).minusDays(1);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select x.stage, x.sales_stage, x.y, x.m, x.overdue, count(*), sum(x.v), sum(x.w)
                  from (select o.stage, o.sales_stage, extract(year from o.close_date) as y,
                               extract(month from o.close_date) as m,
                               case when o.close_date < ? then 1 else 0 end as overdue, o.opp_value as v,
                               (cast(o.opp_value * 100 as bigint) * coalesce(o.probability, s.probability) + 50) / 100
                                   as w
                          from opportunity o left join sales_stage s on s.name = o.sales_stage
                """ + " where " + (owner == null ? "" : "o.owner_id = ? and ") + """
                               ((o.stage = 'OPEN' and (o.close_date < ? or o.close_date between ? and ?))
                                or (o.stage = 'WON' and o.close_date between ? and ?))) x
                 group by x.stage, x.sales_stage, x.y, x.m, x.overdue""")) {
            int i = 1;
            ps.setObject(i++, today);
            if (owner != null) ps.setLong(i++, owner);
            ps.setObject(i++, today);
            ps.setObject(i++, from);
            ps.setObject(i++, to);
            ps.setObject(i++, from);
            ps.setObject(i++, to);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) n++;
                if (n == 0) throw new IllegalStateException("the floor found nothing");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(int opportunities) throws Exception {
        for (int i = 0; i < OWNERS; i++) {
            HttpResponse<String> r = send("POST", "/api/v1/users", "{\"email\":\"owner" + i
                    + "@bench.local\",\"name\":\"Owner " + i + "\",\"password\":\"owner-password-123\",\"role\":\"MANAGER\"}");
            owners.add(idOf(r));
        }
        long[][] units = new long[ACCOUNTS][UNITS_PER_ACCOUNT];
        long[] accounts = new long[ACCOUNTS];
        long[] products = new long[PRODUCTS];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into account (name, name_key, scope, created_at, created_by, updated_at, updated_by)
                    values (?, ?, 'LOCAL', current_timestamp, 'bench', current_timestamp, 'bench')""",
                    new String[] {"id"})) {
                for (int a = 0; a < ACCOUNTS; a++) {
                    ps.setString(1, "Bench pipeline " + a);
                    ps.setString(2, "bench pipeline " + a);
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        rs.next();
                        accounts[a] = rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into business_unit (account_id, name, kind, created_at, created_by, updated_at, updated_by)
                    values (?, ?, 'SITE', current_timestamp, 'bench', current_timestamp, 'bench')""",
                    new String[] {"id"})) {
                for (int a = 0; a < ACCOUNTS; a++) {
                    for (int u = 0; u < UNITS_PER_ACCOUNT; u++) {
                        ps.setLong(1, accounts[a]);
                        ps.setString(2, "Site " + a + "." + u);
                        ps.executeUpdate();
                        try (ResultSet rs = ps.getGeneratedKeys()) {
                            rs.next();
                            units[a][u] = rs.getLong(1);
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into product (code, code_key, name, active, created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, true, current_timestamp, 'bench', current_timestamp, 'bench')""",
                    new String[] {"id"})) {
                for (int p = 0; p < PRODUCTS; p++) {
                    ps.setString(1, "BP-" + p);
                    ps.setString(2, "bp-" + p);
                    ps.setString(3, "Bench product " + p);
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        rs.next();
                        products[p] = rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into opportunity (account_id, unit_id, product_id, title, opp_value, stage, close_date,
                                             owner_id, sales_stage, probability, version, created_at, created_by,
                                             updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, current_timestamp, 'bench', current_timestamp, 'bench')""")) {
                for (int i = 0; i < opportunities; i++) {
                    int a = random.nextInt(ACCOUNTS);
                    double roll = random.nextDouble();
                    String stage = roll < 0.7 ? "OPEN" : roll < 0.9 ? "WON" : "LOST";
                    ps.setLong(1, accounts[a]);
                    ps.setLong(2, units[a][random.nextInt(UNITS_PER_ACCOUNT)]);
                    ps.setLong(3, products[random.nextInt(PRODUCTS)]);
                    ps.setString(4, "Bench opportunity " + i);
                    ps.setBigDecimal(5, java.math.BigDecimal.valueOf(100_000 + random.nextInt(20_000_000), 2));
                    ps.setString(6, stage);
                    ps.setObject(7, today.plusDays(random.nextInt(720) - 180));
                    ps.setLong(8, owners.get(random.nextInt(OWNERS)));
                    ps.setString(9, stage.equals("OPEN") ? STAGES[random.nextInt(STAGES.length)] : null);
                    if (stage.equals("OPEN") && random.nextInt(5) == 0) ps.setInt(10, random.nextInt(101));
                    else ps.setNull(10, java.sql.Types.INTEGER);
                    ps.addBatch();
                    if (i % 1000 == 999) ps.executeBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) s.execute("analyze");
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) {
        long t = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private void get(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, null);
        if (r.statusCode() != 200) throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long idOf(HttpResponse<String> r) {
        if (r.statusCode() != 201) throw new IllegalStateException("set-up request failed: " + r.statusCode() + " " + r.body());
        var m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no id in " + r.body());
        return Long.parseLong(m.group(1));
    }

    /** A personal API token of the administrator (as LoadStep makes one): no password hashing per request. */
    private String token() throws Exception {
        Class<?> type = Class.forName("app.prism.identity.ApiTokenService");
        Object service = app.getBean(type);
        Method create = type.getDeclaredMethod("create", String.class);
        create.setAccessible(true);
        Object created = app.getBean(SystemSignIn.class).asUser(ADMIN, () -> {
            try {
                return create.invoke(service, "pipeline benchmark");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        Method secret = created.getClass().getDeclaredMethod("secret");
        secret.setAccessible(true);
        return (String) secret.invoke(created);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void say(String s) {
        System.out.println("[pipeline-bench] " + s);
    }
}
