package app.prism.contact;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class ContactsApi {

    private final ContactService contacts;
    private final PatchReader patches;

    ContactsApi(ContactService contacts, PatchReader patches) {
        this.contacts = contacts;
        this.patches = patches;
    }

    @GetMapping("/api/v1/units/{unitId}/contacts")
    Paged<ContactView> list(@PathVariable long unitId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return contacts.contactsOfUnit(unitId, PageQuery.of(page, size, q));
    }

    @PostMapping("/api/v1/units/{unitId}/contacts")
    ResponseEntity<ContactView> create(@PathVariable long unitId, @Valid @RequestBody NewContact input) {
        ContactView created = contacts.createContact(unitId, input);
        return ApiResponses.created("/api/v1/contacts/{id}", created.id(), created, created.version());
    }

    @GetMapping("/api/v1/contacts/{id}")
    ResponseEntity<ContactView> get(@PathVariable long id) {
        ContactView contact = contacts.getContact(id);
        return ApiResponses.versioned(contact, contact.version());
    }

    @PatchMapping("/api/v1/contacts/{id}")
    ResponseEntity<ContactView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<ContactPatch> patch = patches.read(body, ContactPatch.class);
        ContactView updated = contacts.updateContact(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }

    @DeleteMapping("/api/v1/contacts/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        contacts.deleteContact(id);
        return ResponseEntity.noContent().build();
    }
}
