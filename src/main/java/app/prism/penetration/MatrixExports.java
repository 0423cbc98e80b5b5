package app.prism.penetration;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.web.Invalid;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of the matrix, for the API and the Matrix tab alike; written straight to the response as they are made. */
@Controller
class MatrixExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MatrixExport export;
    private final AccountService accounts;

    MatrixExports(MatrixExport export, AccountService accounts) {
        this.export = export;
        this.accounts = accounts;
    }

    @GetMapping({"/api/v1/accounts/{id}/penetration/export", "/accounts/{id}/matrix/export"})
    void download(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer depth, HttpServletResponse response) throws IOException {
        if (!format.equals("xlsx") && !format.equals("csv")) throw Invalid.field("format", "must be xlsx or csv");
        if (depth != null && depth < 1) throw Invalid.field("depth", "must be 1 (the root units) or more");
        AccountView account = accounts.getAccount(id);
        String name = account.name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-matrix." + format;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        if (format.equals("xlsx")) {
            response.setContentType(XLSX);
            export.writeXlsx(id, asOf, depth, response.getOutputStream());
        } else {
            response.setContentType("text/csv;charset=UTF-8");
            var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            export.writeCsv(id, asOf, depth, writer);
        }
        response.flushBuffer();
    }
}
