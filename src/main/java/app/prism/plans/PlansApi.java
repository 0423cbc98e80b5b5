package app.prism.plans;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Plans, their objectives and actions, reviews and exports (PRODUCT.md sections 5 and 6). */
@RestController
class PlansApi {

    private final PlanService plans;
    private final PlanReviewService reviews;
    private final PlanExport export;
    private final PatchReader patches;

    PlansApi(PlanService plans, PlanReviewService reviews, PlanExport export, PatchReader patches) {
        this.plans = plans;
        this.reviews = reviews;
        this.export = export;
        this.patches = patches;
    }

    @GetMapping("/api/v1/accounts/{id}/plans")
    Paged<PlanView> list(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return plans.listPlans(id, PageQuery.of(page, size, null));
    }

    /** Every plan the caller may see, optionally of one status (e.g. the ACTIVE plans of the portfolio). */
    @GetMapping("/api/v1/plans")
    Paged<PlanView> listAll(@RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return plans.listAllPlans(status, PageQuery.of(page, size, null));
    }

    @PostMapping("/api/v1/accounts/{id}/plans")
    ResponseEntity<PlanView> create(@PathVariable long id, @Valid @RequestBody PlanInput.NewPlan input) {
        PlanView created = plans.createPlan(id, input);
        return ApiResponses.created("/api/v1/plans/{id}", created.id(), created, created.version());
    }

    @GetMapping("/api/v1/plans/{id}")
    ResponseEntity<PlanView> get(@PathVariable long id) {
        PlanView p = plans.getPlan(id);
        return ApiResponses.versioned(p, p.version());
    }

    @PatchMapping("/api/v1/plans/{id}")
    ResponseEntity<PlanView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<PlanInput.PlanPatch> patch = patches.read(body, PlanInput.PlanPatch.class);
        PlanView p = plans.updatePlan(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(p, p.version());
    }

    @DeleteMapping("/api/v1/plans/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        plans.deletePlan(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/plans/{id}/objectives")
    ResponseEntity<PlanView.Objective> addObjective(@PathVariable long id,
            @Valid @RequestBody PlanInput.NewObjective input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.addObjective(id, input));
    }

    @PatchMapping("/api/v1/plan-objectives/{id}")
    PlanView.Objective updateObjective(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<PlanInput.ObjectivePatch> patch = patches.read(body, PlanInput.ObjectivePatch.class);
        return plans.updateObjective(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
    }

    @DeleteMapping("/api/v1/plan-objectives/{id}")
    ResponseEntity<Void> deleteObjective(@PathVariable long id) {
        plans.deleteObjective(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/plans/{id}/actions")
    ResponseEntity<PlanView.Action> addAction(@PathVariable long id, @Valid @RequestBody PlanInput.NewAction input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.addAction(id, input));
    }

    @PatchMapping("/api/v1/plan-actions/{id}")
    PlanView.Action updateAction(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<PlanInput.ActionPatch> patch = patches.read(body, PlanInput.ActionPatch.class);
        return plans.updateAction(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
    }

    @DeleteMapping("/api/v1/plan-actions/{id}")
    ResponseEntity<Void> deleteAction(@PathVariable long id) {
        plans.deleteAction(id);
        return ResponseEntity.noContent().build();
    }

    /** Turns the action into a task (source PLAN) assigned to its owner. */
    @PostMapping("/api/v1/plan-actions/{id}/task")
    ResponseEntity<PlanView.Action> toTask(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.actionToTask(id));
    }

    @GetMapping("/api/v1/plans/{id}/reviews")
    List<PlanReviewView> reviews(@PathVariable long id) {
        return reviews.reviews(id);
    }

    @PostMapping("/api/v1/plans/{id}/reviews")
    ResponseEntity<PlanReviewView> review(@PathVariable long id, @Valid @RequestBody PlanInput.NewReview input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.recordReview(id, input));
    }

    @GetMapping("/api/v1/plans/{id}/review-problems")
    PlanReviewService.Problems problems(@PathVariable long id) {
        return reviews.problems(id);
    }

    @GetMapping("/api/v1/plans/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdfDownload(export.pdf(id));
    }

    @GetMapping("/api/v1/plans/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return xlsxDownload(export.xlsx(id));
    }

    /** The plan's PDF as an attachment (here and on the page's session path). */
    static ResponseEntity<byte[]> pdfDownload(PlanExport.File f) {
        return download(f, MediaType.APPLICATION_PDF);
    }

    static ResponseEntity<byte[]> xlsxDownload(PlanExport.File f) {
        return download(f, MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> download(PlanExport.File f, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"").body(f.bytes());
    }
}
