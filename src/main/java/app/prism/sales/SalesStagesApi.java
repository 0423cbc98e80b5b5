package app.prism.sales;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sales-stages")
class SalesStagesApi {

    private final SalesStageService stages;

    SalesStagesApi(SalesStageService stages) {
        this.stages = stages;
    }

    @GetMapping
    List<SalesStage> list() {
        return stages.salesStages();
    }

    /** ADMIN only; the order of the list is the stages' order. */
    @PutMapping
    List<SalesStage> replace(@RequestBody List<SalesStage> input) {
        return stages.replaceSalesStages(input);
    }
}
