package app.prism.insight;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InsightApi {

    private final InsightService insight;

    InsightApi(InsightService insight) {
        this.insight = insight;
    }

    /**
     * How good the cross-sell suggestions are: replayed as of {@code asOf} (default a year ago), each ranking's
     * precision@5 and share of the next twelve months' whitespace revenue in the top 5, over the accounts the caller
     * may see.
     */
    @GetMapping("/api/v1/insight/backtest")
    Backtest backtest(@RequestParam(required = false) LocalDate asOf) {
        return insight.backtest(asOf);
    }

    /** The model versions of the learned ranking, newest first. */
    @GetMapping("/api/v1/insight/models")
    List<ModelVersion> models() {
        return insight.versions();
    }

    /** Refits the learned ranking now (managers and administrators); 409 while the history is too short. */
    @PostMapping("/api/v1/insight/models")
    @ResponseStatus(HttpStatus.CREATED)
    ModelVersion refit() {
        return insight.refit().orElseThrow(() -> new app.prism.web.Conflict(
                "The history is too short to learn from: it needs two years of sales and at least "
                        + LearnedRanking.MIN_BOUGHT + " cross-sells bought. Today's rule stays in use."));
    }
}
