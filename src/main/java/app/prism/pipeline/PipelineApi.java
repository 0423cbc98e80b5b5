package app.prism.pipeline;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PipelineApi {

    private final PipelineService pipeline;

    PipelineApi(PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The pipeline and forecast: {@code by} month (default), quarter or year; {@code from}/{@code to} dates or periods
     * (default: the coming twelve months, or this year); {@code sort} and {@code page}/{@code size} page the
     * opportunities.
     */
    @GetMapping("/api/v1/pipeline")
    Pipeline pipeline(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String by, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long accountId, @RequestParam(required = false) String segment,
            @RequestParam(required = false) Long productId, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return pipeline.pipeline(new PipelineService.Query(from, to, by, ownerId, accountId, segment, productId, sort,
                page, size));
    }
}
