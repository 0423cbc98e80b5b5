package app.prism.tasks;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/requests")
class RequestsApi {

    private final RequestService requests;
    private final PatchReader patches;

    RequestsApi(RequestService requests, PatchReader patches) {
        this.requests = requests;
        this.patches = patches;
    }

    @GetMapping
    Paged<RequestView> list(@RequestParam(required = false) Long accountId,
            @RequestParam(required = false) RequestStatus status, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return requests.listRequests(accountId, status, open, overdue, asOf, PageQuery.of(page, size, null));
    }

    @PostMapping
    ResponseEntity<RequestView> create(@Valid @RequestBody NewRequest input) {
        RequestView created = requests.createRequest(input);
        return ApiResponses.created("/api/v1/requests/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<RequestView> get(@PathVariable long id) {
        RequestView r = requests.getRequest(id);
        return ApiResponses.versioned(r, r.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<RequestView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<RequestPatch> patch = patches.read(body, RequestPatch.class);
        RequestView updated = requests.updateRequest(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }
}
