package app.prism.penetration;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PenetrationApi {

    private final PenetrationService penetration;

    PenetrationApi(PenetrationService penetration) {
        this.penetration = penetration;
    }

    /** The matrix: statuses, revenue and contacts per cell, penetration per unit and product, and the summary. */
    @GetMapping("/api/v1/accounts/{id}/penetration")
    Matrix matrix(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer depth) {
        return penetration.matrix(id, asOf, depth);
    }

    /** The matrix's summary alone (penetration, whitespace and its value), cached even for a global account. */
    @GetMapping("/api/v1/accounts/{id}/penetration/summary")
    Matrix.Summary summary(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer depth) {
        return penetration.summary(id, asOf, depth);
    }
}
