package app.prism.account;

import app.prism.web.ApiResponses;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/units")
class UnitsApi {

    private final UnitService units;
    private final PatchReader patches;

    UnitsApi(UnitService units, PatchReader patches) {
        this.units = units;
        this.patches = patches;
    }

    @GetMapping("/{id}")
    ResponseEntity<UnitView> get(@PathVariable long id) {
        UnitView unit = units.getUnit(id);
        return ApiResponses.versioned(unit, unit.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<UnitView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<UnitPatch> patch = patches.read(body, UnitPatch.class);
        UnitView updated = units.updateUnit(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        units.deleteUnit(id);
        return ResponseEntity.noContent().build();
    }
}
