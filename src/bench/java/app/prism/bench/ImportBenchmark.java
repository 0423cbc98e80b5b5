package app.prism.bench;

import app.prism.PrismApplication;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark of issue 11: the import API ({@code POST /api/v1/imports}, multipart, dry run; then
 * {@code POST /api/v1/imports/{id}/commit}) on PostgreSQL with (a) a PRISM-preset sales CSV of 1,000,000 lines and
 * (b) a Salesforce-shaped ZIP of ~200,000 rows, each against PostgreSQL's {@code COPY} of the same lines in the same
 * run. Results: {@code target/bench-import-results.json} and {@code .md}; docs/benchmarks.md, "Imports (issue 11)".
 *
 * <p>System properties: {@code bench.scale} (1 = the full size), {@code bench.profile} (true: a JFR recording per
 * phase, summarised as the hottest {@code app.prism} methods), {@code bench.target} (the build directory).
 */
public final class ImportBenchmark {

    static final String ADMIN = MatrixBenchmark.ADMIN;
    static final String PASSWORD = MatrixBenchmark.PASSWORD;
    static final long SEED = 20261211L;
    static final String ACCOUNT_EXT = "ACC-BENCH";
    static final String NULL_ID = "000000000000000AAA";

    private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
    /** Each import may be scaled apart ({@code bench.salesScale}, {@code bench.salesforceScale}; blank = the scale). */
    private final double salesScale = scaleOf("bench.salesScale", scale);
    private final double salesforceScale = scaleOf("bench.salesforceScale", scale);

    private static double scaleOf(String property, double otherwise) {
        String v = System.getProperty(property, "");
        return v.isBlank() || v.startsWith("$") ? otherwise : Double.parseDouble(v);
    }
    private final boolean profile = Boolean.parseBoolean(System.getProperty("bench.profile", "true"));
    private final Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
    private final LocalDate asOf = LocalDate.now();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private int port;

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            new ImportBenchmark().run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    void run() throws Exception {
        GcWatch.install();
        results.put("machine", Machine.describe());
        results.put("scale", scale);
        results.put("salesScale", salesScale);
        results.put("salesforceScale", salesforceScale);
        results.put("asOf", asOf.toString());
        results.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        results.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        // -Dbench.pgConfig=name=value,… : server settings for a look inside (e.g. auto_explain), none by default
        for (String kv : System.getProperty("bench.pgConfig", "").split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0) builder.setServerConfig(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        results.put("pgConfig", System.getProperty("bench.pgConfig", ""));
        try (EmbeddedPostgres pg = builder.start()) {
            say("embedded PostgreSQL started in " + ms(System.nanoTime() - started) + " ms");
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"));
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "postgres");
            props.put("prism.demo.data", "false");
            props.put("prism.admin.email", ADMIN);
            props.put("prism.admin.password", PASSWORD);
            props.put("server.port", "0");
            props.put("spring.main.banner-mode", "off");
            props.put("logging.level.root", "WARN");
            props.put("logging.level.app.prism", "WARN");
            started = System.nanoTime();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PrismApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                            .toArray(String[]::new))) {
                say("application started in " + ms(System.nanoTime() - started) + " ms");
                dataSource = app.getBean(DataSource.class);
                jdbc = new JdbcTemplate(dataSource);
                port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                results.put("databaseVersion", jdbc.queryForObject("select version()", String.class));
                Map<String, String> settings = new LinkedHashMap<>();
                for (String s : List.of("shared_buffers", "work_mem", "max_wal_size", "synchronous_commit", "fsync",
                        "jit")) {
                    settings.put(s, jdbc.queryForObject("show " + s, String.class));
                }
                results.put("settings", settings);
                results.put("sales", sales());
                write();
                results.put("salesforce", salesforce());
                write();
            }
        }
        write();
        say(Files.readString(target.resolve("bench-import-results.md")));
    }

    // ------------------------------------------------------------------------------------------ (a) the sales CSV

    private Map<String, Object> sales() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        long t = System.nanoTime();
        int unitCount = (int) Math.max(50, Math.round(2000 * salesScale));
        int productCount = 200;
        long lines = Math.round(1_000_000 * salesScale);
        String[] units;
        String[] codes;
        long[] unitIds;
        long[] productIds;
        long accountId;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            accountId = insertAccount(c);
            int[] perLevel = BenchData.levels(unitCount);
            units = new String[unitCount];
            unitIds = new long[unitCount];
            insertUnits(c, accountId, perLevel, units, unitIds);
            codes = new String[productCount];
            productIds = new long[productCount];
            insertProducts(c, codes, productIds);
            c.commit();
        }
        Path csv = target.resolve("bench-import-sales.csv");
        Path ids = target.resolve("bench-import-sales-ids.csv");
        writeSales(csv, ids, lines, units, codes, unitIds, productIds);
        out.put("setupSeconds", (System.nanoTime() - t) / 1e9);
        out.put("lines", lines);
        out.put("units", unitCount);
        out.put("products", productCount);
        out.put("csvBytes", Files.size(csv));
        say("sales: " + lines + " lines over " + unitCount + " units and " + productCount + " products, "
                + Files.size(csv) + " bytes, set up in " + ms(System.nanoTime() - t) + " ms");

        // The floors, before the app's import and again after it: same lines, same run.
        try (Connection conn = dataSource.getConnection(); Statement s = conn.createStatement()) {
            s.execute("drop table if exists bench_sale_copy");
            s.execute("create table bench_sale_copy (like sale including all)");
            try (Statement q = conn.createStatement(); ResultSet rs = q.executeQuery("""
                    select conname, pg_get_constraintdef(oid) from pg_constraint
                     where conrelid = 'sale'::regclass and contype = 'f'""")) {
                List<String> fks = new ArrayList<>();
                while (rs.next()) fks.add(rs.getString(2));
                for (String fk : fks) s.execute("alter table bench_sale_copy add " + fk);
                out.put("scratchForeignKeys", fks);
            }
            s.execute("alter table bench_sale_copy alter column account_id set default " + accountId);
            s.execute("alter table bench_sale_copy alter column created_at set default current_timestamp");
            s.execute("alter table bench_sale_copy alter column updated_at set default current_timestamp");
            s.execute("alter table bench_sale_copy alter column created_by set default 'bench-copy'");
            s.execute("alter table bench_sale_copy alter column updated_by set default 'bench-copy'");
            s.execute("drop table if exists bench_sale_lines");
            s.execute("create table bench_sale_lines (unit varchar(200), account varchar(200), "
                    + "product varchar(200), sale_date date, amount numeric(19, 2))");
        }
        List<Map<String, Object>> copies = new ArrayList<>();
        copies.add(copySales(csv, ids));

        Map<String, Object> app = importThroughApi("sales", csv, "sales.csv", "text/csv", "PRISM", "SALE", lines);
        out.put("app", app);
        long stored = jdbc.queryForObject("select count(*) from sale where account_id = ?", Long.class, accountId);
        out.put("salesStored", stored);
        if (stored != lines) throw new IllegalStateException("stored " + stored + " sales lines, not " + lines);

        copies.add(copySales(csv, ids));
        out.put("copy", copies);
        double copyRate = copies.stream().mapToDouble(m -> (Double) m.get("saleTableLinesPerSecond")).average()
                .orElseThrow();
        out.put("copyLinesPerSecond", copyRate);
        ratios(app, copyRate);
        return out;
    }

    /** COPY of the same lines: resolved to ids into a copy of the sale table (indexes, keys), and as text. */
    private Map<String, Object> copySales(Path csv, Path ids) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("truncate bench_sale_copy, bench_sale_lines");
            }
            c.commit();
            long rows = copy(c, "copy bench_sale_copy (unit_id, product_id, sale_date, amount) from stdin "
                    + "(format csv, header true)", ids);
            long nanos = lastCopyNanos;
            m.put("saleTableSeconds", nanos / 1e9);
            m.put("saleTableLinesPerSecond", rows / (nanos / 1e9));
            rows = copy(c, "copy bench_sale_lines (unit, account, product, sale_date, amount) from stdin "
                    + "(format csv, header true)", csv);
            m.put("textTableSeconds", lastCopyNanos / 1e9);
            m.put("textTableLinesPerSecond", rows / (lastCopyNanos / 1e9));
            say("COPY of " + rows + " sales lines: into a copy of sale " + ms(nanos) + " ms, as text "
                    + ms(lastCopyNanos) + " ms");
        }
        return m;
    }

    private long lastCopyNanos;

    /** One COPY from a file, timed to its commit. */
    private long copy(Connection c, String sql, Path file) throws SQLException, IOException {
        long started = System.nanoTime();
        long rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
        }
        c.commit();
        lastCopyNanos = System.nanoTime() - started;
        return rows;
    }

    private long insertAccount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into account (name, name_key, industry, country, scope, external_id, created_at, created_by,
                                     updated_at, updated_by)
                values ('Bench Import Group', 'bench import group', 'Manufacturing', 'DE', 'GLOBAL', ?,
                        current_timestamp, 'bench', current_timestamp, 'bench') returning id""")) {
            ps.setString(1, ACCOUNT_EXT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static final String[] KINDS = {"GROUP", "COMPANY", "SUBSIDIARY", "DIVISION", "SITE"};
    private static final String[] COUNTRIES = {"DE", "FR", "US", "GB", "IT", "ES", "NL", "PL", "CN", "JP", "BR", "IN"};

    /** The unit tree as BenchData makes it (five levels), with external ids U000001 …; the root is the account's. */
    private void insertUnits(Connection c, long account, int[] perLevel, String[] ext, long[] ids) throws SQLException {
        int serial = 0;
        int levelStart = 0;
        int prevStart = 0;
        int prevCount = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into business_unit (account_id, parent_id, name, kind, country, city, external_id,
                                           created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, current_timestamp, 'bench', current_timestamp, 'bench') returning id""")) {
            for (int level = 0; level < perLevel.length; level++) {
                for (int i = 0; i < perLevel[level]; i++) {
                    ps.setLong(1, account);
                    if (level == 0) ps.setNull(2, java.sql.Types.BIGINT);
                    else ps.setLong(2, ids[prevStart + (i < prevCount ? i : random.nextInt(prevCount))]);
                    String e = String.format("U%06d", serial + 1);
                    ps.setString(3, KINDS[level].charAt(0) + KINDS[level].substring(1).toLowerCase() + " " + (serial + 1));
                    ps.setString(4, KINDS[level]);
                    ps.setString(5, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                    ps.setString(6, "City " + random.nextInt(300));
                    ps.setString(7, e);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        ids[serial] = rs.getLong(1);
                    }
                    ext[serial++] = e;
                }
                prevStart = levelStart;
                prevCount = perLevel[level];
                levelStart = serial;
            }
        }
    }

    private void insertProducts(Connection c, String[] codes, long[] ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into product (code, code_key, name, family, active, typical_annual_value, created_at,
                                     created_by, updated_at, updated_by)
                values (?, ?, ?, ?, true, ?, current_timestamp, 'bench', current_timestamp, 'bench') returning id""")) {
            for (int i = 0; i < codes.length; i++) {
                codes[i] = String.format("P-%03d", i + 1);
                ps.setString(1, codes[i]);
                ps.setString(2, codes[i].toLowerCase());
                ps.setString(3, "Product " + (i + 1));
                ps.setString(4, "Family " + (char) ('A' + i % 12));
                ps.setBigDecimal(5, java.math.BigDecimal.valueOf(500 + random.nextInt(200_000)).setScale(2));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids[i] = rs.getLong(1);
                }
            }
        }
    }

    /** The PRISM-preset file and, line for line, the same lines with ids for the COPY into the sale table. */
    private void writeSales(Path csv, Path ids, long lines, String[] units, String[] codes, long[] unitIds,
            long[] productIds) throws IOException {
        Files.createDirectories(target);
        LocalDate first = asOf.minusDays(1094);
        try (BufferedWriter a = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                BufferedWriter b = Files.newBufferedWriter(ids, StandardCharsets.UTF_8)) {
            a.write("unit,account,product,date,amount\n");
            b.write("unitId,productId,date,amount\n");
            StringBuilder amount = new StringBuilder(16);
            for (long i = 0; i < lines; i++) {
                int u = (int) (units.length * Math.pow(random.nextDouble(), 1.3)); // more at the top of the tree
                int p = (int) (codes.length * Math.pow(random.nextDouble(), 1.2));
                String date = first.plusDays(random.nextInt(1095)).toString();
                long cents = 100 + random.nextLong(5_000_000);
                if (random.nextInt(100) < 3) cents = -cents; // credit notes
                amount.setLength(0);
                amount.append(cents / 100).append('.');
                long rest = Math.abs(cents % 100);
                if (cents < 0 && cents > -100) amount.insert(0, '-');
                if (rest < 10) amount.append('0');
                amount.append(rest);
                a.append(units[u]).append(',').append(ACCOUNT_EXT).append(',').append(codes[p]).append(',')
                        .append(date).append(',').append(amount).append('\n');
                b.append(Long.toString(unitIds[u])).append(',').append(Long.toString(productIds[p])).append(',')
                        .append(date).append(',').append(amount).append('\n');
            }
        }
    }

    // ------------------------------------------------------------------------------------------ (b) the Salesforce ZIP

    /** One CSV file of the export: its name, its header with the scratch table's column types, its rows. */
    private record SfFile(String name, String[] columns, String[] types, List<String[]> rows) {}

    private Map<String, Object> salesforce() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        long t = System.nanoTime();
        double scale = salesforceScale;
        int products = (int) Math.max(20, Math.round(200 * scale));
        int accounts = (int) Math.max(50, Math.round(5_000 * scale));
        int contacts = (int) Math.round(60_000 * scale);
        int opportunities = (int) Math.round(40_000 * scale);
        int lineItems = (int) Math.round(95_000 * scale);
        List<SfFile> files = sfData(products, accounts, contacts, opportunities, lineItems);
        Path dir = target.resolve("bench-import-salesforce");
        Files.createDirectories(dir);
        Path zip = target.resolve("bench-import-salesforce.zip");
        long rows = 0;
        Map<String, Integer> perFile = new LinkedHashMap<>();
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (SfFile f : files) {
                Path p = dir.resolve(f.name());
                try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                    w.write('\uFEFF'); // as Salesforce writes them
                    w.write(quoted(f.columns()));
                    for (String[] r : f.rows()) w.write(quoted(r));
                }
                z.putNextEntry(new ZipEntry(f.name()));
                Files.copy(p, z);
                z.closeEntry();
                rows += f.rows().size();
                perFile.put(f.name(), f.rows().size());
            }
        }
        files = null; // the rows are on disk now
        out.put("setupSeconds", (System.nanoTime() - t) / 1e9);
        out.put("rows", rows);
        out.put("rowsPerFile", perFile);
        out.put("zipBytes", Files.size(zip));
        say("salesforce: " + perFile + " = " + rows + " rows, ZIP " + Files.size(zip) + " bytes");

        List<Map<String, Object>> copies = new ArrayList<>();
        copies.add(copySalesforce(dir));
        int[] before = sfCounts();
        Map<String, Object> app = importThroughApi("salesforce", zip, "salesforce-export.zip", "application/zip",
                "SALESFORCE", null, rows);
        out.put("app", app);
        int[] after = sfCounts();
        out.put("storedAccountsUnitsContactsOpportunitiesSales", List.of(after[0] - before[0], after[1] - before[1],
                after[2] - before[2], after[3] - before[3], after[4] - before[4]));
        copies.add(copySalesforce(dir));
        out.put("copy", copies);
        double copyRate = copies.stream().mapToDouble(m -> (Double) m.get("rowsPerSecond")).average().orElseThrow();
        out.put("copyLinesPerSecond", copyRate);
        ratios(app, copyRate);
        return out;
    }

    private int[] sfCounts() {
        return new int[] {count("account"), count("business_unit"), count("contact"), count("opportunity"),
                count("sale")};
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static final String[] STAGES = {"Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
            "Closed Won", "Closed Lost"};
    private static final String[] INDUSTRIES = {"Manufacturing", "Energy", "Chemicals", "Retail", "Healthcare"};
    private static final String[] FIRST = {"Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Greta", "Hugo", "Ines",
            "Jonas", "Kenji", "Lena", "Mateo", "Nora", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara"};

    private List<SfFile> sfData(int products, int accounts, int contacts, int opportunities, int lineItems) {
        LocalDate first = asOf.minusDays(1000);
        List<String[]> p = new ArrayList<>();
        String[] productIds = new String[products];
        for (int i = 0; i < products; i++) {
            productIds[i] = sfId("01t", i + 1);
            p.add(new String[] {productIds[i], "Salesforce product " + (i + 1), String.format("SF-%04d", i + 1),
                    i % 25 == 24 ? "false" : "true", "Line " + (char) ('A' + i % 10)});
        }
        List<String[]> a = new ArrayList<>();
        String[] accountIds = new String[accounts];
        int roots = Math.max(5, accounts / 20); // 5 % are groups; the others hang below an earlier account
        for (int i = 0; i < accounts; i++) {
            accountIds[i] = sfId("001", i + 1);
            String parent = i < roots ? NULL_ID : accountIds[random.nextInt(i)];
            a.add(new String[] {accountIds[i], "Company " + (i + 1) + (i % 3 == 0 ? " GmbH" : " Ltd"), parent,
                    COUNTRIES[random.nextInt(COUNTRIES.length)], "City " + random.nextInt(500),
                    INDUSTRIES[random.nextInt(INDUSTRIES.length)]});
        }
        List<String[]> c = new ArrayList<>();
        Map<Integer, List<String>> contactsOf = new HashMap<>();
        for (int i = 0; i < contacts; i++) {
            String id = sfId("003", i + 1);
            int acc = random.nextInt(accounts);
            List<String> mates = contactsOf.computeIfAbsent(acc, k -> new ArrayList<>());
            String reportsTo = !mates.isEmpty() && random.nextInt(2) == 0 ? mates.get(random.nextInt(mates.size()))
                    : NULL_ID;
            mates.add(id);
            String firstName = FIRST[random.nextInt(FIRST.length)];
            String lastName = "Person" + (i + 1);
            c.add(new String[] {id, accountIds[acc], firstName, lastName,
                    (firstName + "." + lastName + "@customer" + acc + ".example").toLowerCase(), reportsTo,
                    "Title " + random.nextInt(40)});
        }
        contactsOf = null;
        // Every opportunity has at least one line item (one without a product is skipped); the rest at random.
        int[] linesOf = new int[opportunities];
        for (int i = 0; i < opportunities; i++) linesOf[i] = 1;
        for (int i = opportunities; i < lineItems && opportunities > 0; i++) {
            int o;
            do {
                o = random.nextInt(opportunities);
            } while (linesOf[o] >= Math.min(products, 8));
            linesOf[o]++;
        }
        List<String[]> o = new ArrayList<>();
        List<String[]> l = new ArrayList<>();
        int lineSerial = 0;
        for (int i = 0; i < opportunities; i++) {
            String id = sfId("006", i + 1);
            String stage = STAGES[random.nextInt(STAGES.length)];
            boolean closed = stage.startsWith("Closed");
            boolean won = stage.equals("Closed Won");
            LocalDate close = closed ? first.plusDays(random.nextInt(990)) : asOf.plusDays(random.nextInt(200));
            long total = 0;
            Set<Integer> used = new java.util.HashSet<>();
            for (int k = 0; k < linesOf[i]; k++) {
                int prod;
                do {
                    prod = random.nextInt(products);
                } while (!used.add(prod));
                long cents = 10_000 + random.nextLong(10_000_000);
                total += cents;
                l.add(new String[] {sfId("00k", ++lineSerial), id, productIds[prod], money(cents)});
            }
            o.add(new String[] {id, accountIds[random.nextInt(accounts)], "Deal " + (i + 1), money(total), stage,
                    String.valueOf(won), String.valueOf(closed), close.toString()});
        }
        return List.of(
                new SfFile("Product2.csv", new String[] {"Id", "Name", "ProductCode", "IsActive", "Family"},
                        new String[] {"varchar(18) primary key", "varchar(255)", "varchar(100)", "boolean",
                                "varchar(100)"}, p),
                new SfFile("Account.csv", new String[] {"Id", "Name", "ParentId", "BillingCountryCode", "BillingCity",
                        "Industry"}, new String[] {"varchar(18) primary key", "varchar(255)", "varchar(18)",
                        "varchar(2)", "varchar(100)", "varchar(100)"}, a),
                new SfFile("Contact.csv", new String[] {"Id", "AccountId", "FirstName", "LastName", "Email",
                        "ReportsToId", "Title"}, new String[] {"varchar(18) primary key", "varchar(18)",
                        "varchar(100)", "varchar(100)", "varchar(320)", "varchar(18)", "varchar(200)"}, c),
                new SfFile("Opportunity.csv", new String[] {"Id", "AccountId", "Name", "Amount", "StageName", "IsWon",
                        "IsClosed", "CloseDate"}, new String[] {"varchar(18) primary key", "varchar(18)",
                        "varchar(255)", "numeric(19, 2)", "varchar(100)", "boolean", "boolean", "date"}, o),
                new SfFile("OpportunityLineItem.csv", new String[] {"Id", "OpportunityId", "Product2Id", "TotalPrice"},
                        new String[] {"varchar(18) primary key", "varchar(18)", "varchar(18)", "numeric(19, 2)"}, l));
    }

    static String sfId(String prefix, int n) {
        return prefix + "5g" + String.format("%010d", n) + "AAA";
    }

    static String money(long cents) {
        return (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100);
    }

    static String quoted(String[] fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append(',');
            b.append('"').append(fields[i].replace("\"", "\"\"")).append('"');
        }
        return b.append("\r\n").toString();
    }

    /** COPY of every file of the export into a scratch table of the same columns (typed, primary key on Id). */
    private Map<String, Object> copySalesforce(Path dir) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        long total = 0;
        long nanos = 0;
        List<SfFile> specs = sfSpecs();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (SfFile f : specs) {
                String table = "bench_sf_" + f.name().replace(".csv", "").toLowerCase();
                try (Statement s = c.createStatement()) {
                    s.execute("drop table if exists " + table);
                    StringBuilder ddl = new StringBuilder("create table " + table + " (");
                    for (int i = 0; i < f.columns().length; i++) {
                        ddl.append(i == 0 ? "" : ", ").append('"').append(f.columns()[i].toLowerCase()).append("\" ")
                                .append(f.types()[i]);
                    }
                    s.execute(ddl.append(')').toString());
                }
                c.commit();
                long rows = copy(c, "copy " + table + " from stdin (format csv, header true)",
                        dir.resolve(f.name()));
                total += rows;
                nanos += lastCopyNanos;
                m.put(f.name() + " ms", lastCopyNanos / 1e6);
            }
        }
        m.put("rows", total);
        m.put("seconds", nanos / 1e9);
        m.put("rowsPerSecond", total / (nanos / 1e9));
        say("COPY of the export's " + total + " rows into scratch tables: " + ms(nanos) + " ms");
        return m;
    }

    private List<SfFile> sfSpecs() {
        // The same specs sfData returns, without rows.
        return List.of(
                new SfFile("Product2.csv", new String[] {"Id", "Name", "ProductCode", "IsActive", "Family"},
                        new String[] {"varchar(18) primary key", "varchar(255)", "varchar(100)", "boolean",
                                "varchar(100)"}, List.of()),
                new SfFile("Account.csv", new String[] {"Id", "Name", "ParentId", "BillingCountryCode", "BillingCity",
                        "Industry"}, new String[] {"varchar(18) primary key", "varchar(255)", "varchar(18)",
                        "varchar(2)", "varchar(100)", "varchar(100)"}, List.of()),
                new SfFile("Contact.csv", new String[] {"Id", "AccountId", "FirstName", "LastName", "Email",
                        "ReportsToId", "Title"}, new String[] {"varchar(18) primary key", "varchar(18)",
                        "varchar(100)", "varchar(100)", "varchar(320)", "varchar(18)", "varchar(200)"}, List.of()),
                new SfFile("Opportunity.csv", new String[] {"Id", "AccountId", "Name", "Amount", "StageName", "IsWon",
                        "IsClosed", "CloseDate"}, new String[] {"varchar(18) primary key", "varchar(18)",
                        "varchar(255)", "numeric(19, 2)", "varchar(100)", "boolean", "boolean", "date"}, List.of()),
                new SfFile("OpportunityLineItem.csv", new String[] {"Id", "OpportunityId", "Product2Id", "TotalPrice"},
                        new String[] {"varchar(18) primary key", "varchar(18)", "varchar(18)", "numeric(19, 2)"},
                        List.of()));
    }

    // ------------------------------------------------------------------------------------------ the API

    /** Upload (dry run) and commit through HTTP, each timed, with its peak heap and (optionally) a JFR profile. */
    private Map<String, Object> importThroughApi(String label, Path file, String fileName, String contentType,
            String preset, String type, long rows) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        String boundary = "----prism-bench-" + Long.toHexString(random.nextLong());
        StringBuilder head = new StringBuilder();
        part(head, boundary, "preset", preset);
        if (type != null) part(head, boundary, "type", type);
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest upload = HttpRequest.newBuilder(uri("/api/v1/imports")).timeout(Duration.ofHours(2))
                .header("Authorization", basic()).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head.toString()),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
                .build();

        Phase dry = new Phase(label + "-dry-run");
        HttpResponse<String> response = http.send(upload, HttpResponse.BodyHandlers.ofString());
        Map<String, Object> dryOut = dry.stop(rows);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        Map<String, Object> view = mapper.readValue(response.body(), new TypeReference<LinkedHashMap<String, Object>>() {});
        long id = ((Number) view.get("id")).longValue();
        dryOut.put("counts", view.get("counts"));
        dryOut.put("rowsRead", view.get("rows"));
        dryOut.put("errorCount", view.get("errorCount"));
        dryOut.put("firstErrors", view.get("errors") instanceof List<?> l ? l.subList(0, Math.min(5, l.size())) : null);
        dryOut.put("duplicates", view.get("duplicates") instanceof List<?> l ? l.size() : null);
        dryOut.put("skipped", view.get("skipped") instanceof List<?> l ? l.size() : view.get("skipped"));
        dryOut.put("responseBytes", response.body().length());
        out.put("dryRun", dryOut);
        say(label + " dry run: " + dryOut);
        if (view.get("errorCount") instanceof Number n && n.longValue() > 0) {
            throw new IllegalStateException("the dry run found " + n + " errors: " + abbreviate(String.valueOf(view.get("errors"))));
        }

        HttpRequest commit = HttpRequest.newBuilder(uri("/api/v1/imports/" + id + "/commit"))
                .timeout(Duration.ofHours(2)).header("Authorization", basic()).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        Phase com = new Phase(label + "-commit");
        response = http.send(commit, HttpResponse.BodyHandlers.ofString());
        Map<String, Object> commitOut = com.stop(rows);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("commit answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        view = mapper.readValue(response.body(), new TypeReference<LinkedHashMap<String, Object>>() {});
        commitOut.put("status", view.get("status"));
        commitOut.put("counts", view.get("counts"));
        out.put("commit", commitOut);
        say(label + " commit: " + commitOut);
        return out;
    }

    private static void part(StringBuilder b, String boundary, String name, String value) {
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 2000 ? s : s.substring(0, 2000) + "…";
    }

    private static void ratios(Map<String, Object> app, double copyRate) {
        for (String k : List.of("dryRun", "commit")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) app.get(k);
            m.put("ratioToCopy", (Double) m.get("rowsPerSecond") / copyRate);
        }
    }

    /** A timed step: wall clock, heap (pool peaks and G1's before/after-GC figures), a JFR recording. */
    private final class Phase {
        final String name;
        final long started;
        final Recording recording;

        Phase(String name) throws Exception {
            this.name = name;
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            GcWatch.reset();
            if (profile) {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.setToDisk(true);
                recording.start();
            } else {
                recording = null;
            }
            started = System.nanoTime();
        }

        Map<String, Object> stop(long rows) throws Exception {
            long nanos = System.nanoTime() - started;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", rows);
            m.put("seconds", nanos / 1e9);
            m.put("rowsPerSecond", rows / (nanos / 1e9));
            m.put("peakHeapMbSumOfPoolPeaks", MatrixBenchmark.peakHeapMb());
            m.put("maxHeapMbBeforeGc", GcWatch.maxBefore.get() / (1024 * 1024));
            m.put("maxHeapMbAfterGc", GcWatch.maxAfter.get() / (1024 * 1024));
            m.put("gcCount", GcWatch.count.get());
            m.put("gcPauseMs", GcWatch.pauseMs.get());
            if (recording != null) {
                recording.stop();
                Path jfr = target.resolve("bench-import-" + name + ".jfr");
                recording.dump(jfr);
                recording.close();
                m.put("profile", hotSpots(jfr));
                m.put("jfr", jfr.toString());
            }
            return m;
        }
    }

    /**
     * The execution samples of a recording, counted by the first {@code app.prism} frame of each stack (where the
     * app's code is, with what it calls), and by the top frame (where the CPU is); native samples (threads in a
     * socket read: waiting on PostgreSQL) counted apart by their first app frame.
     */
    static Map<String, Object> hotSpots(Path jfr) throws IOException {
        Map<String, Long> byAppFrame = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> byTop = new HashMap<>();
        Map<String, Long> byTopOutside = new HashMap<>();
        long samples = 0;
        long javaSamples = 0;
        long nativeSamples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            boolean java = type.equals("jdk.ExecutionSample");
            boolean nat = type.equals("jdk.NativeMethodSample");
            if ((!java && !nat) || e.getStackTrace() == null) continue;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            // only the import's request thread: stacks that run through the import code
            if (frames.stream().noneMatch(f -> f.getMethod().getType().getName().startsWith("app.prism.imports."))) {
                continue;
            }
            samples++;
            if (java) javaSamples++;
            else nativeSamples++;
            String app = null;
            Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame f : frames) {
                String n = f.getMethod().getType().getName();
                if (n.startsWith("app.prism.") && !n.contains("$$") && !n.contains("$Lambda")) {
                    String key = simple(n) + "." + f.getMethod().getName();
                    if (app == null) app = key;
                    if (seen.add(key)) inclusive.merge(key, 1L, Long::sum);
                }
            }
            byAppFrame.merge(app + (nat ? " [waiting: native/JDBC]" : ""), 1L, Long::sum);
            RecordedFrame top = frames.get(0);
            String topKey = simple(top.getMethod().getType().getName()) + "." + top.getMethod().getName();
            if (java) byTop.merge(topKey, 1L, Long::sum);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samplesOfTheImportThread", samples);
        m.put("javaSamples", javaSamples);
        m.put("nativeSamples", nativeSamples);
        m.put("byInnermostAppFrame", top(byAppFrame, 20));
        m.put("inclusiveByAppMethod", top(inclusive, 30));
        m.put("byTopFrameJavaOnly", top(byTop, 15));
        return m;
    }

    private static String simple(String className) {
        return className.startsWith("app.prism.") ? className.substring("app.prism.".length()) : className;
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
    }

    /** G1's heap use before and after every collection, from the GC notifications. */
    static final class GcWatch {
        static final AtomicLong maxBefore = new AtomicLong();
        static final AtomicLong maxAfter = new AtomicLong();
        static final AtomicLong count = new AtomicLong();
        static final AtomicLong pauseMs = new AtomicLong();
        static Set<String> heapPools;

        static void install() {
            heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    maxBefore.accumulateAndGet(used(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    maxAfter.accumulateAndGet(used(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                    count.incrementAndGet();
                    pauseMs.addAndGet(info.getGcInfo().getDuration());
                }, null, null);
            }
        }

        static long used(Map<String, MemoryUsage> pools) {
            return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }

        static void reset() {
            maxBefore.set(0);
            maxAfter.set(0);
            count.set(0);
            pauseMs.set(0);
        }
    }

    // ------------------------------------------------------------------------------------------ output

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }

    private void write() throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve("bench-import-results.json"), mapper.writeValueAsString(results));
        Files.writeString(target.resolve("bench-import-results.md"), markdown());
    }

    @SuppressWarnings("unchecked")
    private String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| import | lines | step | seconds | lines/s | COPY lines/s | ratio | target ≥ 0.5 | peak heap MB "
                + "(sum of pool peaks; max before GC / after GC) |\n");
        b.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (String k : List.of("sales", "salesforce")) {
            if (!(results.get(k) instanceof Map<?, ?> r) || !(r.get("app") instanceof Map<?, ?> app)) continue;
            double copy = r.get("copyLinesPerSecond") instanceof Double d ? d : Double.NaN;
            for (String step : List.of("dryRun", "commit")) {
                Map<String, Object> m = (Map<String, Object>) app.get(step);
                if (m == null) continue;
                double ratio = m.get("ratioToCopy") instanceof Double d ? d : Double.NaN;
                b.append(String.format("| %s | %,d | %s | %.1f | %,.0f | %,.0f | %.3f | %s | %d (%d / %d) |%n", k,
                        ((Number) m.get("rows")).longValue(), step.equals("dryRun") ? "upload (dry run)" : "commit",
                        (Double) m.get("seconds"), (Double) m.get("rowsPerSecond"), copy, ratio,
                        ratio >= 0.5 ? "pass" : "miss", m.get("peakHeapMbSumOfPoolPeaks"), m.get("maxHeapMbBeforeGc"),
                        m.get("maxHeapMbAfterGc")));
            }
        }
        return b.toString();
    }
}
