package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestDatabase;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A large CSV goes through the API as a stream: generated on the fly here, never built as one string. */
class SalesStreamingIT extends IntegrationTest {

    static final int ROWS = 200_000;

    @Test
    void twoHundredThousandCsvRowsAreStoredFromAStream() throws Exception {
        Api admin = admin();
        long account = admin.createAccount("Streaming ");
        long[] units = {admin.createUnit(account, "North", "SITE", null), admin.createUnit(account, "South", "SITE", null)};
        long[] products = {admin.createProduct("S1-"), admin.createProduct("S2-"), admin.createProduct("S3-")};

        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/sales"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(ROWS, units, products)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Api.JSON.readTree(response.body()).path("stored").asLong()).isEqualTo(ROWS);
        assertThat(admin.get("/api/v1/sales?accountId=" + account + "&size=1").json().path("total").asLong())
                .isEqualTo(ROWS);
        System.out.printf("SalesStreamingIT [%s]: %,d CSV rows imported in %.1f s = %,.0f rows/s%n",
                TestDatabase.isPostgres() ? "postgres" : "h2", ROWS, seconds, ROWS / seconds);
    }

    @Test
    void aBadRowNearTheEndOfALargeFileRollsEverythingBack() throws Exception {
        Api admin = admin();
        long account = admin.createAccount("Streaming ");
        long[] units = {admin.createUnit(account, "Only", "SITE", null)};
        long[] products = {admin.createProduct("S4-")};
        int rows = 30_000;

        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/sales"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(rows, units, products, rows - 1)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.JSON.readTree(response.body()).path("errors").get(0).path("field").asString())
                .isEqualTo("row " + (rows - 1) + ".amount");
        assertThat(admin.get("/api/v1/sales?accountId=" + account).json().path("total").asLong()).isZero();
    }

    /** CSV text produced line by line as it is read; one line may be made bad (a three-decimal amount). */
    static final class GeneratedCsv extends InputStream {

        private final int rows;
        private final long[] units;
        private final long[] products;
        private final int badRow;
        private final LocalDate start = LocalDate.of(2024, 1, 1);
        private byte[] line = "unitId,productId,date,amount,cost\n".getBytes(StandardCharsets.US_ASCII);
        private int position;
        private int row;

        GeneratedCsv(int rows, long[] units, long[] products) {
            this(rows, units, products, -1);
        }

        GeneratedCsv(int rows, long[] units, long[] products, int badRow) {
            this.rows = rows;
            this.units = units;
            this.products = products;
            this.badRow = badRow;
        }

        @Override
        public int read() {
            if (position == line.length && !nextLine()) return -1;
            return line[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) return 0;
            int n = 0;
            while (n < length) {
                if (position == line.length && !nextLine()) break;
                int chunk = Math.min(length - n, line.length - position);
                System.arraycopy(line, position, buffer, offset + n, chunk);
                position += chunk;
                n += chunk;
            }
            return n == 0 ? -1 : n;
        }

        private boolean nextLine() {
            if (row == rows) return false;
            row++;
            String amount = row == badRow ? "1.005" : (row % 10 == 0 ? "-" : "") + (row % 5000) + "." + (row % 100);
            line = (units[row % units.length] + "," + products[row % products.length] + ","
                    + start.plusDays(row % 700) + "," + amount + "," + (row % 3 == 0 ? "" : "1.50") + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }
    }
}
