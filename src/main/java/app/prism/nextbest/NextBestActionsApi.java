package app.prism.nextbest;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NextBestActionsApi {

    private final NextBestActions actions;

    NextBestActionsApi(NextBestActions actions) {
        this.actions = actions;
    }

    /** PRODUCT.md section 6: best first; {@code limit} (default 50, at most 500) keeps the top of the list. */
    @GetMapping("/api/v1/accounts/{id}/next-best-actions")
    List<NextBestAction> nextBestActions(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) throw app.prism.web.Invalid.field("limit", "must be between 1 and 500");
        return actions.nextBestActions(id, asOf, limit).actions();
    }
}
