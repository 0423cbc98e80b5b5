package app.prism.account;

import app.prism.web.ApiResponses;
import app.prism.web.Patch;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Merging two accounts or two units of one account, and their merge history. */
@RestController
class MergesApi {

    private final AccountMerge merge;

    MergesApi(AccountMerge merge) {
        this.merge = merge;
    }

    @PostMapping("/api/v1/accounts/{id}/merge")
    ResponseEntity<AccountView> mergeAccounts(@PathVariable long id, @RequestBody MergeRequest body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        AccountView survivor = merge.mergeAccounts(id, body.withVersion(Patch.versionIfGiven(body.version(), ifMatch)));
        return ApiResponses.versioned(survivor, survivor.version());
    }

    @PostMapping("/api/v1/units/{id}/merge")
    ResponseEntity<UnitView> mergeUnits(@PathVariable long id, @RequestBody MergeRequest body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        UnitView survivor = merge.mergeUnits(id, body.withVersion(Patch.versionIfGiven(body.version(), ifMatch)));
        return ApiResponses.versioned(survivor, survivor.version());
    }

    @GetMapping("/api/v1/accounts/{id}/history")
    List<MergeEvent> accountHistory(@PathVariable long id) {
        return merge.accountHistory(id);
    }

    @GetMapping("/api/v1/units/{id}/history")
    List<MergeEvent> unitHistory(@PathVariable long id) {
        return merge.unitHistory(id);
    }

}
