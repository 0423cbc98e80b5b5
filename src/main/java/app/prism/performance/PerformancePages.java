package app.prism.performance;

import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The targets form on the account's Plan tab ({@link PerformancePanel}). */
@Controller
class PerformancePages {

    private final PerformanceService performance;

    PerformancePages(PerformanceService performance) {
        this.performance = performance;
    }

    /** Adds or changes one target (the others stay). */
    @PostMapping("/accounts/{id}/targets")
    String setTarget(@PathVariable long id, @RequestParam Metric metric, @RequestParam String period,
            @RequestParam(required = false) BigDecimal value, RedirectAttributes redirect) {
        List<TargetInput> targets = new ArrayList<>(performance.targets(id).stream()
                .filter(t -> !(t.metric() == metric && t.period().equals(period))).toList());
        if (value != null) targets.add(new TargetInput(metric, period.strip().toUpperCase(), value));
        try {
            performance.replaceTargets(id, targets);
            redirect.addFlashAttribute("notice", value == null ? "Target removed." : "Target saved.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).message());
        }
        return "redirect:/accounts/" + id + "/plan#targets";
    }
}
