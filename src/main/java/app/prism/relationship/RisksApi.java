package app.prism.relationship;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RisksApi {

    private final RiskService risks;

    RisksApi(RiskService risks) {
        this.risks = risks;
    }

    /** PRODUCT.md section 6: {@code [{unitId, flag, reason}]} (with the unit's name and revenue at stake). */
    @GetMapping("/api/v1/accounts/{id}/risks")
    List<RiskService.UnitRisk> risks(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        return risks.risks(id, asOf);
    }

    /** Every risk on the accounts the caller may see, the most revenue at stake first. */
    @GetMapping("/api/v1/risks")
    List<RiskService.UnitRisk> all(@RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean mine) {
        return risks.portfolioRisks(asOf, mine);
    }
}
