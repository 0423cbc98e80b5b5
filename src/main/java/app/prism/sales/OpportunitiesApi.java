package app.prism.sales;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/opportunities")
class OpportunitiesApi {

    private final OpportunityService opportunities;
    private final PatchReader patches;

    OpportunitiesApi(OpportunityService opportunities, PatchReader patches) {
        this.opportunities = opportunities;
        this.patches = patches;
    }

    @GetMapping
    Paged<OpportunityView> list(@RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long productId,
            @RequestParam(required = false) Stage stage, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return opportunities.listOpportunities(accountId, unitId, productId, stage, PageQuery.of(page, size, null));
    }

    @PostMapping
    ResponseEntity<OpportunityView> create(@Valid @RequestBody NewOpportunity input) {
        OpportunityView created = opportunities.createOpportunity(input);
        return ApiResponses.created("/api/v1/opportunities/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<OpportunityView> get(@PathVariable long id) {
        OpportunityView o = opportunities.getOpportunity(id);
        return ApiResponses.versioned(o, o.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<OpportunityView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<OpportunityPatch> patch = patches.read(body, OpportunityPatch.class);
        OpportunityView updated = opportunities.updateOpportunity(id, patch,
                Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        opportunities.deleteOpportunity(id);
        return ResponseEntity.noContent().build();
    }
}
