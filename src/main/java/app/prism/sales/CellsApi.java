package app.prism.sales;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/cells?accountId= and PUT {unitId, productId, potential?, competitor?} (PRODUCT.md section 6). */
@RestController
@RequestMapping("/api/v1/cells")
class CellsApi {

    private final CellPotentialService cells;

    CellsApi(CellPotentialService cells) {
        this.cells = cells;
    }

    record CellInput(Long unitId, Long productId, BigDecimal potential, String competitor, Long version) {}

    @GetMapping
    List<CellPotential> list(@RequestParam long accountId) {
        return cells.cellsOfAccount(accountId);
    }

    @PutMapping
    ResponseEntity<?> put(@RequestBody CellInput body, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        if (body == null || body.unitId() == null || body.productId() == null) {
            throw app.prism.web.Invalid.field(body == null || body.unitId() == null ? "unitId" : "productId",
                    "must not be null");
        }
        Long expected = app.prism.web.Patch.versionIfGiven(body.version(), ifMatch);
        boolean versionNamed = body.version() != null || (ifMatch != null && !ifMatch.isBlank());
        return cells.setCell(body.unitId(), body.productId(), body.potential(), body.competitor(), expected, versionNamed)
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
