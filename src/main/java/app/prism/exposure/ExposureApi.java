package app.prism.exposure;

import app.prism.web.PageQuery;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ExposureApi {

    /** PUT body of a cadence: days, or null to go back to the installation's (accounts only). */
    record CadenceInput(Integer cadenceDays, Long version) {}

    record InstallationCadence(int cadenceDays, long version) {}

    private final ExposureService exposure;

    ExposureApi(ExposureService exposure) {
        this.exposure = exposure;
    }

    /** PRODUCT.md section 6; optional filters by unit, contact and product. */
    @GetMapping("/accounts/{id}/exposure-gaps")
    ExposureGaps gaps(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) Long productId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return exposure.gaps(id, asOf, new ExposureService.GapFilter(unitId, contactId, productId),
                PageQuery.of(page, size, null));
    }

    @GetMapping("/accounts/{id}/awareness")
    Awareness awareness(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "true") boolean trend) {
        return exposure.awareness(id, asOf, trend);
    }

    @GetMapping("/accounts/{id}/cadence")
    ExposureService.Cadence accountCadence(@PathVariable long id) {
        return exposure.cadence(id);
    }

    @PutMapping("/accounts/{id}/cadence")
    ExposureService.Cadence setAccountCadence(@PathVariable long id, @RequestBody CadenceInput input) {
        return exposure.setAccountCadence(id, input.cadenceDays());
    }

    @GetMapping("/exposure/settings")
    InstallationCadence settings() {
        var s = exposure.installationCadence();
        return new InstallationCadence(s.cadenceDays(), s.version());
    }

    @PutMapping("/exposure/settings")
    InstallationCadence setSettings(@RequestBody CadenceInput input,
            @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var s = exposure.setInstallationCadence(input.cadenceDays(),
                app.prism.web.Patch.expectedVersion(input.version(), ifMatch));
        return new InstallationCadence(s.cadenceDays(), s.version());
    }

}
