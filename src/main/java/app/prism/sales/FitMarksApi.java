package app.prism.sales;

import app.prism.web.ApiResponses;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fit-marks")
class FitMarksApi {

    private final FitMarkService fitMarks;

    FitMarksApi(FitMarkService fitMarks) {
        this.fitMarks = fitMarks;
    }

    @GetMapping
    Paged<FitMarkView> list(@RequestParam(required = false) Long accountId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return fitMarks.listFitMarks(accountId, unitId, PageQuery.of(page, size, null));
    }

    @PostMapping
    ResponseEntity<FitMarkView> create(@Valid @RequestBody NewFitMark input) {
        FitMarkView created = fitMarks.markNotApplicable(input);
        return ApiResponses.created("/api/v1/fit-marks/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<FitMarkView> get(@PathVariable long id) {
        FitMarkView mark = fitMarks.getFitMark(id);
        return ApiResponses.versioned(mark, mark.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        fitMarks.deleteFitMark(id);
        return ResponseEntity.noContent().build();
    }

    /** DELETE /api/v1/fit-marks?unitId=&productId= removes the pair's mark. */
    @DeleteMapping(params = {"unitId", "productId"})
    ResponseEntity<Void> deleteByPair(@RequestParam long unitId, @RequestParam long productId) {
        fitMarks.deleteFitMark(unitId, productId);
        return ResponseEntity.noContent().build();
    }

    /** DELETE /api/v1/fit-marks with {@code {"unitId": …, "productId": …}} (or {@code {"id": …}}) as the body. */
    @DeleteMapping
    ResponseEntity<Void> deleteByBody(@RequestBody(required = false) MarkRef ref) {
        if (ref != null && ref.id() != null) {
            fitMarks.deleteFitMark(ref.id());
        } else {
            List<Invalid.FieldProblem> problems = new ArrayList<>();
            if (ref == null || ref.unitId() == null) problems.add(new Invalid.FieldProblem("unitId", "must not be null"));
            if (ref == null || ref.productId() == null) {
                problems.add(new Invalid.FieldProblem("productId", "must not be null"));
            }
            if (!problems.isEmpty()) throw new Invalid(problems);
            fitMarks.deleteFitMark(ref.unitId(), ref.productId());
        }
        return ResponseEntity.noContent().build();
    }

    record MarkRef(Long id, Long unitId, Long productId) {}
}
