package app.prism.scoring;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScoringApi {

    private final ScoringService scoring;

    ScoringApi(ScoringService scoring) {
        this.scoring = scoring;
    }

    @GetMapping("/api/v1/scoring/model")
    ResponseEntity<ScoringModel> model() {
        ScoringModel model = scoring.model();
        return ApiResponses.versioned(model, model.version());
    }

    /** Saves the model as a new version (ADMIN, MANAGER); {@code version} or If-Match guard against a lost update. */
    @PutMapping("/api/v1/scoring/model")
    ResponseEntity<ScoringModel> replaceModel(@RequestBody ModelInput input,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ScoringModel saved = scoring.replaceModel(input, Patch.expectedVersion(input.version(), ifMatch));
        return ApiResponses.versioned(saved, saved.version());
    }

    @GetMapping("/api/v1/scoring/model/versions")
    List<ModelVersion> modelVersions() {
        return scoring.modelVersions();
    }

    @GetMapping("/api/v1/accounts/{id}/ratings")
    AccountRatings ratings(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return scoring.ratings(id, asOf);
    }

    /** Replaces the account's hand ratings: a hand-rated criterion left out of {@code ratings} is no longer rated. */
    @PutMapping("/api/v1/accounts/{id}/ratings")
    AccountRatings replaceRatings(@PathVariable long id, @RequestBody RatingsInput input) {
        return scoring.replaceRatings(id, input);
    }

    /** Changes only the ratings (and notes) given; {@code null} removes one. */
    @PatchMapping("/api/v1/accounts/{id}/ratings")
    AccountRatings rate(@PathVariable long id, @RequestBody RatingsInput input) {
        return scoring.rate(id, input);
    }

    @GetMapping("/api/v1/portfolio")
    Portfolio portfolio(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return scoring.portfolio(asOf);
    }

    /** A snapshot of every account now (ADMIN, MANAGER); the monthly job takes the same. */
    @PostMapping("/api/v1/scoring/snapshots")
    ResponseEntity<ScoringService.SnapshotRun> takeSnapshots() {
        return ResponseEntity.status(HttpStatus.CREATED).body(scoring.takeSnapshots(SnapshotKind.ON_DEMAND));
    }

    @GetMapping("/api/v1/scoring/snapshots")
    Paged<Snapshot> snapshots(@RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return scoring.snapshots(accountId, PageQuery.of(page, size, null));
    }
}
