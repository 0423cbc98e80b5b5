package app.prism.contact;

import app.prism.account.MergeRequest;
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

/** Merging two contacts of one account, and a contact's history. */
@RestController
class ContactMergesApi {

    private final ContactMerge merge;

    ContactMergesApi(ContactMerge merge) {
        this.merge = merge;
    }

    @PostMapping("/api/v1/contacts/{id}/merge")
    ResponseEntity<ContactView> merge(@PathVariable long id, @RequestBody MergeRequest body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ContactView survivor = merge.mergeContacts(id, body.withVersion(Patch.versionIfGiven(body.version(), ifMatch)));
        return ApiResponses.versioned(survivor, survivor.version());
    }

    @GetMapping("/api/v1/contacts/{id}/history")
    List<AuditEvent> history(@PathVariable long id) {
        return merge.history(id);
    }
}
