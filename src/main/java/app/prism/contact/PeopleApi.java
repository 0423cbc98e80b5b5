package app.prism.contact;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Handover of a colleague's relationships, a person's data export and erasure, and their audit trail. */
@RestController
class PeopleApi {

    private final HandoverService handover;
    private final PersonalDataService personalData;

    PeopleApi(HandoverService handover, PersonalDataService personalData) {
        this.handover = handover;
        this.personalData = personalData;
    }

    @GetMapping("/api/v1/users/{id}/relationships")
    HandoverService.Relationships relationships(@PathVariable long id) {
        return handover.relationships(id);
    }

    @PostMapping("/api/v1/users/{id}/handover")
    HandoverService.HandoverResult handOver(@PathVariable long id,
            @RequestBody(required = false) HandoverService.HandoverRequest body) {
        return handover.handOver(id, body);
    }

    @GetMapping("/api/v1/contacts/{id}/personal-data")
    PersonalDataService.PersonalData personalData(@PathVariable long id) {
        return personalData.export(id);
    }

    @PostMapping("/api/v1/contacts/{id}/erase")
    PersonalDataService.Erasure erase(@PathVariable long id) {
        return personalData.erase(id);
    }

    /** Handovers (subject USER), exports and erasures (subject CONTACT); managers and administrators only. */
    @GetMapping("/api/v1/audit-events")
    List<AuditEvent> audit(@RequestParam String subject, @RequestParam long subjectId) {
        return personalData.auditOf(subject, subjectId);
    }
}
