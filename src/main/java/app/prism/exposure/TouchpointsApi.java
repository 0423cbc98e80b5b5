package app.prism.exposure;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
@RequestMapping("/api/v1/touchpoints")
class TouchpointsApi {

    private final TouchpointService touchpoints;
    private final PatchReader patches;

    TouchpointsApi(TouchpointService touchpoints, PatchReader patches) {
        this.touchpoints = touchpoints;
        this.patches = patches;
    }

    /** Latest first; filters by account, unit, contact, product and dates (inclusive). */
    @GetMapping
    Paged<TouchpointView> list(@RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) Long productId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return touchpoints.listTouchpoints(new TouchpointService.Query(accountId, unitId, contactId, productId, from, to),
                PageQuery.of(page, size, null));
    }

    @PostMapping
    ResponseEntity<TouchpointView> create(@Valid @RequestBody NewTouchpoint input) {
        TouchpointView created = touchpoints.logTouchpoint(input);
        return ApiResponses.created("/api/v1/touchpoints/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<TouchpointView> get(@PathVariable long id) {
        TouchpointView t = touchpoints.getTouchpoint(id);
        return ApiResponses.versioned(t, t.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<TouchpointView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<TouchpointPatch> patch = patches.read(body, TouchpointPatch.class);
        TouchpointView updated = touchpoints.updateTouchpoint(id, patch,
                Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        touchpoints.deleteTouchpoint(id);
        return ResponseEntity.noContent().build();
    }
}
