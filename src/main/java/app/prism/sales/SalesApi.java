package app.prism.sales;

import app.prism.web.PageQuery;
import app.prism.web.Paged;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sales lines in and out. JSON bodies (one line or an array) are limited in size; CSV is streamed from the request
 * body straight into batched inserts, so a file of a million lines never sits in memory.
 */
@RestController
@RequestMapping("/api/v1/sales")
class SalesApi {

    private final SalesService sales;
    private final ObjectReader json;
    private final long maxJsonBytes;

    SalesApi(SalesService sales, JsonMapper mapper,
            @Value("${prism.sales.max-json-bytes:10485760}") long maxJsonBytes) {
        this.sales = sales;
        this.json = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.maxJsonBytes = maxJsonBytes;
    }

    @GetMapping
    Paged<SaleView> list(@RequestParam(required = false) Long accountId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long productId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sales.listSales(accountId, unitId, productId, from, to, PageQuery.of(page, size, null));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SalesStored> recordJson(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxJsonBytes) throw tooLarge();
        JsonNode body;
        try (InputStream in = new LimitedInputStream(request.getInputStream(), maxJsonBytes)) {
            body = json.readTree(in);
        } catch (JacksonException e) {
            if (e.getCause() instanceof TooLarge || findTooLarge(e)) throw tooLarge();
            throw e;
        }
        long stored = sales.importSales(SalesJson.rows(body).iterator(), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(new SalesStored(stored));
    }

    @PostMapping(consumes = {"text/csv", "application/csv"})
    ResponseEntity<SalesStored> recordCsv(HttpServletRequest request) throws IOException {
        try (SalesCsv rows = SalesCsv.open(request.getInputStream(), false)) {
            long stored = sales.importSales(rows, null);
            return ResponseEntity.status(HttpStatus.CREATED).body(new SalesStored(stored));
        }
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A JSON body may have at most "
                + maxJsonBytes + " bytes; send large batches as text/csv, which is streamed.");
    }

    private static boolean findTooLarge(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) if (t instanceof TooLarge) return true;
        return false;
    }

    private static final class TooLarge extends IOException {}

    /** Stops reading past the limit, for bodies sent without a Content-Length (chunked). */
    private static final class LimitedInputStream extends FilterInputStream {

        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) throw new TooLarge();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (remaining -= n) < 0) throw new TooLarge();
            return n;
        }
    }
}
