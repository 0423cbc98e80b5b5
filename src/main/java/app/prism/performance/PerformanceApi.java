package app.prism.performance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PerformanceApi {

    private final PerformanceService performance;

    PerformanceApi(PerformanceService performance) {
        this.performance = performance;
    }

    @GetMapping("/api/v1/accounts/{id}/performance")
    Performance performance(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        return performance.performance(id, asOf);
    }

    @GetMapping("/api/v1/accounts/{id}/targets")
    List<TargetInput> targets(@PathVariable long id) {
        return performance.targets(id);
    }

    @PutMapping("/api/v1/accounts/{id}/targets")
    List<TargetInput> replaceTargets(@PathVariable long id, @RequestBody List<TargetInput> targets) {
        return performance.replaceTargets(id, targets);
    }
}
