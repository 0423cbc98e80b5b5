package app.prism.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Generates one large global account straight into the tables (test data set-up, not the app's write path), with a
 * fixed seed: a unit tree over five levels, a catalogue of products in families, contacts, fit marks, opportunities and
 * sales lines over the three years up to {@code asOf}, concentrated on about a third of the (unit, product) cells. The
 * sales are first written as the CSV file the import measurement posts, then loaded from that file.
 */
final class BenchData {

    static final long SEED = 20261125L;
    static final String BY = "bench";
    static final String COPY_BY = "bench-copy";
    static final String CSV_HEADER = "unitId,productId,date,amount,cost";

    /** What was generated: ids the measurements need and the shape for the report. */
    record Shape(long accountId, int units, int[] unitsPerLevel, int products, int activeProducts,
            int productsWithoutTypicalValue, int families, int contacts, long sales, int salesCells, int fitMarks,
            int opportunities, LocalDate firstSale, LocalDate asOf, Path csv, long csvBytes, int potentials) {}

    private final DataSource dataSource;
    private final boolean postgres;
    private final double scale;
    private final LocalDate asOf;
    private final SplittableRandom random = new SplittableRandom(SEED);

    BenchData(DataSource dataSource, boolean postgres, double scale, LocalDate asOf) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.scale = scale;
        this.asOf = asOf;
    }

    Shape generate(Path csv) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long account = insertAccount(c);
            int[] perLevel = levels((int) Math.max(50, Math.round(2000 * scale)));
            long[][] unitsByLevel = insertUnits(c, account, perLevel);
            long[] units = flatten(unitsByLevel);
            Products products = insertProducts(c);
            int contacts = insertContacts(c, account, units, (int) Math.round(20_000 * scale));
            c.commit();

            // Buying cells: each unit buys a random subset of about a third of the active products.
            List<long[]> cells = new ArrayList<>();
            for (long unit : units) {
                double share = 0.15 + random.nextDouble() * 0.37; // 15 % .. 52 %, a third on average
                for (int p = 0; p < products.active.length; p++) {
                    if (random.nextDouble() < share) cells.add(new long[] {unit, products.active[p], p});
                }
            }
            long sales = Math.round(1_000_000 * scale);
            LocalDate first = asOf.minusDays(1094);
            writeSalesCsv(csv, cells, products, sales, first);
            int fitMarks = insertFitMarks(c, account, units, products, cells);
            int opportunities = insertOpportunities(c, account, units, products);
            c.commit();
            int potentials = insertPotentials(c, account, units, products);
            c.commit();
            loadSales(c, account, csv);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("update data_revision set revision = revision + 1 where id = 1");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(postgres ? "vacuum analyze" : "analyze");
            }
            return new Shape(account, units.length, perLevel, products.all, products.active.length,
                    products.withoutValue, products.families, contacts, sales, cells.size(), fitMarks, opportunities,
                    first, asOf, csv, Files.size(csv), potentials);
        }
    }

    /** A realistic fan-out: one group, a dozen companies, then subsidiaries, divisions and the many sites. */
    static int[] levels(int total) {
        int l1 = 1;
        int l2 = Math.max(2, (int) Math.round(total * 0.006));
        int l3 = Math.max(3, (int) Math.round(total * 0.0435));
        int l4 = Math.max(4, (int) Math.round(total * 0.2));
        return new int[] {l1, l2, l3, l4, total - l1 - l2 - l3 - l4};
    }

    private long insertAccount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into account (name, name_key, industry, country, scope, created_at, created_by, updated_at,
                                     updated_by)
                values ('Bench Global Group', 'bench global group', 'Manufacturing', 'DE', 'GLOBAL', current_timestamp,
                        ?, current_timestamp, ?)""", new String[] {"id"})) {
            ps.setString(1, BY);
            ps.setString(2, BY);
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static final String[] KINDS = {"GROUP", "COMPANY", "SUBSIDIARY", "DIVISION", "SITE"};
    private static final String[] COUNTRIES = {"DE", "FR", "US", "GB", "IT", "ES", "NL", "PL", "CN", "JP", "BR", "IN"};

    private long[][] insertUnits(Connection c, long account, int[] perLevel) throws SQLException {
        long[][] ids = new long[perLevel.length][];
        int serial = 0;
        for (int level = 0; level < perLevel.length; level++) {
            int first = serial;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into business_unit (account_id, parent_id, name, kind, country, city, external_id,
                                               created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, current_timestamp, ?, current_timestamp, ?)""")) {
                for (int i = 0; i < perLevel[level]; i++) {
                    serial++;
                    ps.setLong(1, account);
                    if (level == 0) {
                        ps.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        long[] parents = ids[level - 1];
                        // every parent gets a child first, the rest are spread at random (uneven, like real groups)
                        ps.setLong(2, i < parents.length ? parents[i] : parents[random.nextInt(parents.length)]);
                    }
                    ps.setString(3, KINDS[level].charAt(0) + KINDS[level].substring(1).toLowerCase() + " " + serial);
                    ps.setString(4, KINDS[level]);
                    ps.setString(5, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                    ps.setString(6, "City " + random.nextInt(300));
                    ps.setString(7, String.format("U%06d", serial));
                    ps.setString(8, BY);
                    ps.setString(9, BY);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Map<String, Long> byExternal = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, external_id from business_unit where account_id = ?")) {
                ps.setLong(1, account);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) byExternal.put(rs.getString(2), rs.getLong(1));
                }
            }
            ids[level] = new long[perLevel[level]];
            for (int i = 0; i < perLevel[level]; i++) ids[level][i] = byExternal.get(String.format("U%06d", first + i + 1));
        }
        return ids;
    }

    private static long[] flatten(long[][] byLevel) {
        return java.util.Arrays.stream(byLevel).flatMapToLong(java.util.Arrays::stream).toArray();
    }

    private static final class Products {
        int all;
        int families;
        int withoutValue;
        long[] active;
        BigDecimal[] typical; // per active product, null when unset
        double[] lineSize;    // per active product: the typical size of one sales line
    }

    private Products insertProducts(Connection c) throws SQLException {
        Products p = new Products();
        p.all = 200;
        p.families = 12;
        List<String> codes = new ArrayList<>();
        List<Boolean> activeFlags = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into product (code, code_key, name, family, active, typical_annual_value, created_at,
                                     created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, current_timestamp, ?, current_timestamp, ?)""")) {
            for (int i = 1; i <= p.all; i++) {
                String code = String.format("P-%03d", i);
                boolean active = i % 20 != 0; // 10 retired products
                BigDecimal value = i % 9 == 0 ? null
                        : BigDecimal.valueOf(500 + random.nextInt(200_000)).setScale(2);
                ps.setString(1, code);
                ps.setString(2, code.toLowerCase());
                ps.setString(3, "Product " + i);
                ps.setString(4, "Family " + (char) ('A' + (i - 1) % p.families));
                ps.setBoolean(5, active);
                ps.setBigDecimal(6, value);
                ps.setString(7, BY);
                ps.setString(8, BY);
                ps.addBatch();
                codes.add(code);
                activeFlags.add(active);
                values.add(value);
            }
            ps.executeBatch();
        }
        Map<String, Long> idByCode = new HashMap<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select id, code from product")) {
            while (rs.next()) idByCode.put(rs.getString(2), rs.getLong(1));
        }
        List<Integer> activeIndexes = new ArrayList<>();
        for (int i = 0; i < p.all; i++) if (activeFlags.get(i)) activeIndexes.add(i);
        p.active = new long[activeIndexes.size()];
        p.typical = new BigDecimal[activeIndexes.size()];
        p.lineSize = new double[activeIndexes.size()];
        for (int k = 0; k < activeIndexes.size(); k++) {
            int i = activeIndexes.get(k);
            p.active[k] = idByCode.get(codes.get(i));
            p.typical[k] = values.get(i);
            if (values.get(i) == null) p.withoutValue++;
            p.lineSize[k] = values.get(i) == null ? 5_000 : values.get(i).doubleValue() / 6;
        }
        return p;
    }

    private static final String[] ROLES = {"ECONOMIC_BUYER", "DECISION_MAKER", "INFLUENCER", "USER", "GATEKEEPER",
            "CHAMPION", "UNKNOWN"};
    private static final String[] ATTITUDES = {"SUPPORTER", "NEUTRAL", "DETRACTOR", "UNKNOWN"};

    private int insertContacts(Connection c, long account, long[] units, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contact (account_id, unit_id, name, title, email, buying_role, attitude,
                                     relationship_strength, active, deactivated_at, created_at, created_by,
                                     updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?, current_timestamp, ?)""")) {
            for (int i = 1; i <= count; i++) {
                // skewed towards the first (higher) units: head offices know more people
                int u = (int) (units.length * Math.pow(random.nextDouble(), 1.3));
                boolean active = random.nextInt(100) >= 5;
                ps.setLong(1, account);
                ps.setLong(2, units[u]);
                ps.setString(3, "Contact " + i);
                ps.setString(4, "Title " + random.nextInt(40));
                ps.setString(5, "contact" + i + "@bench.example");
                ps.setString(6, ROLES[random.nextInt(ROLES.length)]);
                ps.setString(7, ATTITUDES[random.nextInt(ATTITUDES.length)]);
                ps.setInt(8, random.nextInt(4));
                ps.setBoolean(9, active);
                ps.setObject(10, active ? null : java.time.OffsetDateTime.now().minusDays(random.nextInt(700)));
                ps.setString(11, BY);
                ps.setString(12, BY);
                ps.addBatch();
                if (i % 2000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        return count;
    }

    /** 2 % of the (unit, product) cells outside the buying ones are marked not applicable. */
    private int insertFitMarks(Connection c, long account, long[] units, Products products, List<long[]> cells)
            throws SQLException {
        BitSet buying = new BitSet();
        Map<Long, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < units.length; i++) unitIndex.put(units[i], i);
        for (long[] cell : cells) buying.set(unitIndex.get(cell[0]) * products.active.length + (int) cell[2]);
        int target = (int) Math.round(units.length * products.active.length * 0.02);
        BitSet marked = new BitSet();
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into fit_mark (account_id, unit_id, product_id, reason, created_at, created_by, updated_at,
                                      updated_by)
                values (?, ?, ?, 'Cannot use it here', current_timestamp, ?, current_timestamp, ?)""")) {
            while (n < target) {
                int u = random.nextInt(units.length);
                int p = random.nextInt(products.active.length);
                int bit = u * products.active.length + p;
                if (buying.get(bit) || marked.get(bit)) continue;
                marked.set(bit);
                ps.setLong(1, account);
                ps.setLong(2, units[u]);
                ps.setLong(3, products.active[p]);
                ps.setString(4, BY);
                ps.setString(5, BY);
                ps.addBatch();
                if (++n % 2000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        return n;
    }

    /**
     * Share of wallet: a potential (and for half of them a competitor) on 30 % of the (unit, active product) cells, drawn
     * with a random of its own so that every other figure of the data stays as it was. Fit-marked cells are left out.
     */
    private int insertPotentials(Connection c, long account, long[] units, Products products) throws SQLException {
        // -Dbench.jvm=-Dbench.potentials=0 gives the same data without potentials, to compare against
        double share = Double.parseDouble(System.getProperty("bench.potentials", "0.30"));
        SplittableRandom draw = new SplittableRandom(SEED + 30);
        java.util.Set<String> marked = new java.util.HashSet<>();
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("select unit_id, product_id from fit_mark where account_id = " + account)) {
            while (rs.next()) marked.add(rs.getLong(1) + ":" + rs.getLong(2));
        }
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into cell_potential (account_id, unit_id, product_id, potential, competitor, version, created_at,
                                            created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, 0, current_timestamp, ?, current_timestamp, ?)""")) {
            for (long unit : units) {
                for (long product : products.active) {
                    if (draw.nextDouble() >= share || marked.contains(unit + ":" + product)) continue;
                    ps.setLong(1, account);
                    ps.setLong(2, unit);
                    ps.setLong(3, product);
                    ps.setBigDecimal(4, java.math.BigDecimal.valueOf(1_000 + draw.nextInt(200_000), 0).setScale(2));
                    ps.setString(5, draw.nextBoolean() ? "Competitor " + (1 + draw.nextInt(12)) : null);
                    ps.setString(6, BY);
                    ps.setString(7, BY);
                    ps.addBatch();
                    if (++n % 2000 == 0) ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return n;
    }

    private int insertOpportunities(Connection c, long account, long[] units, Products products) throws SQLException {
        int count = (int) Math.round(units.length * 2.5);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into opportunity (account_id, unit_id, product_id, title, opp_value, stage, close_date,
                                         competitor, loss_reason, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?, current_timestamp, ?)""")) {
            for (int i = 1; i <= count; i++) {
                int roll = random.nextInt(100);
                String stage = roll < 60 ? "OPEN" : roll < 85 ? "LOST" : "WON";
                LocalDate close = stage.equals("OPEN") ? asOf.plusDays(random.nextInt(180))
                        : asOf.minusDays(random.nextInt(730));
                ps.setLong(1, account);
                ps.setLong(2, units[random.nextInt(units.length)]);
                ps.setLong(3, products.active[random.nextInt(products.active.length)]);
                ps.setString(4, "Opportunity " + i);
                ps.setBigDecimal(5, BigDecimal.valueOf(1_000 + random.nextInt(500_000)).setScale(2));
                ps.setString(6, stage);
                ps.setDate(7, Date.valueOf(close));
                ps.setString(8, stage.equals("LOST") ? "Competitor " + random.nextInt(20) : null);
                ps.setString(9, stage.equals("LOST") ? (random.nextInt(2) == 0 ? "PRICE" : "UNAWARE_WE_OFFER_IT") : null);
                ps.setString(10, BY);
                ps.setString(11, BY);
                ps.addBatch();
                if (i % 2000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        return count;
    }

    /** The sales lines, in the import's CSV format; 3 % are credit notes, 70 % carry a cost. */
    private void writeSalesCsv(Path csv, List<long[]> cells, Products products, long sales, LocalDate first)
            throws IOException {
        Files.createDirectories(csv.getParent());
        int days = (int) (asOf.toEpochDay() - first.toEpochDay()) + 1;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
            out.write(CSV_HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(64);
            for (long i = 0; i < sales; i++) {
                // some cells are bought far more often than others
                long[] cell = cells.get((int) (cells.size() * Math.pow(random.nextDouble(), 1.4)));
                double size = products.lineSize[(int) cell[2]] * (0.2 + random.nextDouble() * 1.6);
                long cents = Math.max(1, Math.round(size * 100));
                boolean credit = random.nextInt(100) < 3;
                line.setLength(0);
                line.append(cell[0]).append(',').append(cell[1]).append(',')
                        .append(first.plusDays(random.nextInt(days))).append(',');
                if (credit) line.append('-');
                appendMoney(line, cents).append(',');
                if (!credit && random.nextInt(100) < 70) appendMoney(line, Math.round(cents * (0.55 + random.nextDouble() * 0.3)));
                line.append('\n');
                out.append(line);
            }
        }
    }

    private static StringBuilder appendMoney(StringBuilder b, long cents) {
        b.append(cents / 100).append('.');
        long c = cents % 100;
        if (c < 10) b.append('0');
        return b.append(c);
    }

    /** PostgreSQL: COPY from the file; H2: JDBC batches read from the same file. */
    private void loadSales(Connection c, long account, Path csv) throws SQLException, IOException {
        if (postgres) {
            copySales(c, account, csv, BY);
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.US_ASCII);
                PreparedStatement ps = c.prepareStatement("""
                        insert into sale (account_id, unit_id, product_id, sale_date, amount, cost, created_at,
                                          created_by, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, current_timestamp, ?, current_timestamp, ?)""")) {
            in.readLine();
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                ps.setLong(1, account);
                ps.setLong(2, Long.parseLong(f[0]));
                ps.setLong(3, Long.parseLong(f[1]));
                ps.setDate(4, Date.valueOf(f[2]));
                ps.setBigDecimal(5, new BigDecimal(f[3]));
                ps.setBigDecimal(6, f[4].isEmpty() ? null : new BigDecimal(f[4]));
                ps.setString(7, BY);
                ps.setString(8, BY);
                ps.addBatch();
                if (++n % 5000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * PostgreSQL's COPY of the import file into the real {@code sale} table: the columns the file lacks (account and
     * audit stamps) come from column defaults set for the duration, so the very same file is read. Commits.
     */
    record Copied(long rows, long nanos) {}

    static Copied copySales(Connection c, long account, Path csv, String by) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("alter table sale alter column account_id set default " + account);
            s.execute("alter table sale alter column created_at set default current_timestamp");
            s.execute("alter table sale alter column updated_at set default current_timestamp");
            s.execute("alter table sale alter column created_by set default '" + by + "'");
            s.execute("alter table sale alter column updated_by set default '" + by + "'");
        }
        c.commit();
        long rows;
        long started = System.nanoTime();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.US_ASCII)) {
            rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy sale (unit_id, product_id, sale_date, amount, cost) from stdin (format csv, header true)", in);
        }
        c.commit();
        long nanos = System.nanoTime() - started;
        try (Statement s = c.createStatement()) {
            for (String column : List.of("account_id", "created_at", "updated_at", "created_by", "updated_by")) {
                s.execute("alter table sale alter column " + column + " drop default");
            }
        }
        c.commit();
        return new Copied(rows, nanos);
    }
}
