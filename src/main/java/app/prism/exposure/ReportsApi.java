package app.prism.exposure;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportsApi {

    private final UnawareReports reports;

    ReportsApi(UnawareReports reports) {
        this.reports = reports;
    }

    /** Orders lost because the customer did not know we offer the product; the period defaults to the last twelve months. */
    @GetMapping("/api/v1/reports/lost-unaware")
    UnawareReport lostUnaware(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return reports.report(from, to);
    }
}
