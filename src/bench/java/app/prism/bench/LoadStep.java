package app.prism.bench;

import app.prism.identity.SystemSignIn;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load step of issue 12, item 17: {@code bench.loadClients} (16) threads with API tokens for
 * {@code bench.loadSeconds} (60) s against the running app, 90 % reads (matrix summary, next best actions, portfolio,
 * home) and 10 % writes (a sales line or a contact) spread over the accounts: the large account and
 * {@code bench.loadAccounts} (30) small ones made here through the API. Per endpoint: p50/p95/p99, count and errors.
 */
final class LoadStep {

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private final long bigAccount;
    private final LocalDate asOf;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int clients = Integer.getInteger("bench.loadClients", 16);
    private final int seconds = Integer.getInteger("bench.loadSeconds", 60);
    private final int smallAccounts = Integer.getInteger("bench.loadAccounts", 30);

    LoadStep(ConfigurableApplicationContext app, JdbcTemplate jdbc, long bigAccount, LocalDate asOf) {
        this.app = app;
        this.jdbc = jdbc;
        this.bigAccount = bigAccount;
        this.asOf = asOf;
        this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** An account of the load: its id and its units. */
    private record Acct(long id, List<Long> units, boolean big) {}

    Map<String, Object> run(LongSupplier floorMs) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        String token = token();
        List<Long> products = jdbc.queryForList("select id from product where active order by id", Long.class);
        List<Acct> accounts = new ArrayList<>();
        accounts.add(new Acct(bigAccount, jdbc.queryForList("select id from business_unit where account_id = ? order by id",
                Long.class, bigAccount), true));
        Random random = new Random(20261202);
        long started = System.nanoTime();
        for (int a = 0; a < smallAccounts; a++) {
            long id = idOf(send(token, "POST", "/api/v1/accounts", "{\"name\":\"Load account " + a + "\"}"));
            List<Long> units = new ArrayList<>();
            long company = idOf(send(token, "POST", "/api/v1/accounts/" + id + "/units",
                    "{\"name\":\"Company " + a + "\",\"kind\":\"COMPANY\"}"));
            units.add(company);
            for (int u = 0; u < 7; u++) {
                units.add(idOf(send(token, "POST", "/api/v1/accounts/" + id + "/units",
                        "{\"name\":\"Site " + a + "." + u + "\",\"kind\":\"SITE\",\"parentId\":" + company + "}")));
            }
            StringBuilder sales = new StringBuilder("[");
            for (long unit : units) {
                send(token, "POST", "/api/v1/units/" + unit + "/contacts", "{\"name\":\"Contact " + unit + "\"}");
                for (int p = 0; p < 10; p++) {
                    long product = products.get(random.nextInt(products.size()));
                    for (int l = 0; l < 4; l++) {
                        if (sales.length() > 1) sales.append(',');
                        sales.append(sale(unit, product, random));
                    }
                }
            }
            send(token, "POST", "/api/v1/sales", sales.append(']').toString());
            accounts.add(new Acct(id, units, false));
        }
        out.put("setupSeconds", (System.nanoTime() - started) / 1e9);
        out.put("smallAccounts", smallAccounts);
        out.put("unitsPerSmallAccount", 8);
        int status = send(token, "GET", "/", null).statusCode();
        String home = status == 200 ? "/" : null;
        out.put("homeWithToken", status);

        List<Long> floorsBefore = new ArrayList<>();
        for (int i = 0; i < 3; i++) floorsBefore.add(floorMs.getAsLong());

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random r = new Random(1000 + c);
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Acct a = accounts.get(r.nextInt(accounts.size()));
                        String name;
                        String method = "GET";
                        String path;
                        String body = null;
                        int pick = r.nextInt(100);
                        if (pick < 10) {
                            method = "POST";
                            long unit = a.units().get(r.nextInt(a.units().size()));
                            if (pick < 5) {
                                name = "write: sales line";
                                path = "/api/v1/sales";
                                body = "[" + sale(unit, products.get(r.nextInt(products.size())), r) + "]";
                            } else {
                                name = "write: contact";
                                path = "/api/v1/units/" + unit + "/contacts";
                                body = "{\"name\":\"Load contact " + r.nextInt(1_000_000) + "\"}";
                            }
                        } else if (pick < 40) {
                            name = "matrix summary";
                            path = "/api/v1/accounts/" + a.id() + "/penetration/summary";
                        } else if (pick < 70) {
                            name = a.big() ? "next best actions (large account)" : "next best actions";
                            path = "/api/v1/accounts/" + a.id() + "/next-best-actions";
                        } else if (pick < 85) {
                            name = "portfolio";
                            path = "/api/v1/portfolio";
                        } else {
                            name = "home";
                            path = home != null ? home : "/api/v1/accounts?mine=true";
                        }
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> response = send(token, method, path, body);
                            long ms = (System.nanoTime() - t) / 1_000_000;
                            latencies.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                            if (response.statusCode() >= 400) {
                                errors.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
                                firstError.putIfAbsent(name, response.statusCode() + " " + abbreviate(response.body()));
                            }
                        } catch (Exception e) {
                            errors.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
                            firstError.putIfAbsent(name, e.toString());
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + c).start();
        }
        done.await();
        List<Long> floorsAfter = new ArrayList<>();
        for (int i = 0; i < 3; i++) floorsAfter.add(floorMs.getAsLong());
        List<Long> floors = new ArrayList<>(floorsBefore);
        floors.addAll(floorsAfter);
        Collections.sort(floors);
        long floor = floors.get(floors.size() / 2);
        out.put("clients", clients);
        out.put("seconds", seconds);
        out.put("floorMsBefore", floorsBefore);
        out.put("floorMsAfter", floorsAfter);
        out.put("floorMedianMs", floor);
        Map<String, Object> per = new LinkedHashMap<>();
        for (var e : new java.util.TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", l.size());
            m.put("perSecond", Math.round(l.size() * 10.0 / seconds) / 10.0);
            m.put("p50", pct(l, 50));
            m.put("p95", pct(l, 95));
            m.put("p99", pct(l, 99));
            m.put("max", l.get(l.size() - 1));
            m.put("errors", errors.getOrDefault(e.getKey(), new AtomicLong()).get());
            if (firstError.containsKey(e.getKey())) m.put("firstError", firstError.get(e.getKey()));
            m.put("p99OverFloor", floor == 0 ? null : Math.round(pct(l, 99) * 100.0 / floor) / 100.0);
            per.put(e.getKey(), m);
            MatrixBenchmark.say("load: " + e.getKey() + " " + m);
        }
        out.put("endpoints", per);
        MatrixBenchmark.say("load: floor median " + floor + " ms (before " + floorsBefore + ", after " + floorsAfter + ")");
        return out;
    }

    private String sale(long unit, long product, Random r) {
        return "{\"unitId\":" + unit + ",\"productId\":" + product + ",\"date\":\"" + asOf.minusDays(r.nextInt(360))
                + "\",\"amount\":" + (100 + r.nextInt(5000)) + ".00}";
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
    }

    private static long idOf(HttpResponse<String> r) {
        if (r.statusCode() != 201) throw new IllegalStateException("set-up request failed: " + r.statusCode() + " " + r.body());
        var m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no id in " + r.body());
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json, text/html");
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A personal API token of the administrator, made with the app's own service (its UI is a form). */
    private String token() throws Exception {
        Class<?> type = Class.forName("app.prism.identity.ApiTokenService");
        Object service = app.getBean(type);
        Method create = type.getDeclaredMethod("create", String.class);
        create.setAccessible(true);
        Object created = app.getBean(SystemSignIn.class).asUser(MatrixBenchmark.ADMIN, () -> {
            try {
                return create.invoke(service, "load benchmark");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        Method secret = created.getClass().getDeclaredMethod("secret");
        secret.setAccessible(true);
        return (String) secret.invoke(created);
    }
}
