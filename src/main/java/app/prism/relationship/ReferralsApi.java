package app.prism.relationship;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
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
class ReferralsApi {

    private final ReferralService referrals;
    private final TestimonialService testimonials;
    private final ReferralCandidates candidates;
    private final PatchReader patches;

    ReferralsApi(ReferralService referrals, TestimonialService testimonials, ReferralCandidates candidates,
            PatchReader patches) {
        this.referrals = referrals;
        this.testimonials = testimonials;
        this.candidates = candidates;
        this.patches = patches;
    }

    @GetMapping("/api/v1/referrals")
    Paged<ReferralView> referrals(@RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Long referrerContactId, @RequestParam(required = false) Long targetUnitId,
            @RequestParam(required = false) AskStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return referrals.listReferrals(accountId, referrerContactId, targetUnitId, status, PageQuery.of(page, size, null));
    }

    @PostMapping("/api/v1/referrals")
    ResponseEntity<ReferralView> ask(@Valid @RequestBody NewReferral input) {
        ReferralView r = referrals.askForReferral(input);
        return ApiResponses.created("/api/v1/referrals/{id}", r.id(), r, r.version());
    }

    @GetMapping("/api/v1/referrals/{id}")
    ResponseEntity<ReferralView> referral(@PathVariable long id) {
        ReferralView r = referrals.getReferral(id);
        return ApiResponses.versioned(r, r.version());
    }

    @PatchMapping("/api/v1/referrals/{id}")
    ResponseEntity<ReferralView> updateReferral(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<ReferralPatch> patch = patches.read(body, ReferralPatch.class);
        ReferralView r = referrals.updateReferral(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(r, r.version());
    }

    /** The library: filter by account, contact, product, status, permitted use and words of the text. */
    @GetMapping("/api/v1/testimonials")
    Paged<TestimonialView> testimonials(@RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Long contactId, @RequestParam(required = false) Long productId,
            @RequestParam(required = false) AskStatus status, @RequestParam(required = false) PermittedUse permittedUse,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return testimonials.listTestimonials(new TestimonialService.Query(accountId, contactId, productId, status,
                permittedUse, q), PageQuery.of(page, size, null));
    }

    @PostMapping("/api/v1/testimonials")
    ResponseEntity<TestimonialView> askTestimonial(@Valid @RequestBody NewTestimonial input) {
        TestimonialView t = testimonials.askForTestimonial(input);
        return ApiResponses.created("/api/v1/testimonials/{id}", t.id(), t, t.version());
    }

    @GetMapping("/api/v1/testimonials/{id}")
    ResponseEntity<TestimonialView> testimonial(@PathVariable long id) {
        TestimonialView t = testimonials.getTestimonial(id);
        return ApiResponses.versioned(t, t.version());
    }

    @PatchMapping("/api/v1/testimonials/{id}")
    ResponseEntity<TestimonialView> updateTestimonial(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<TestimonialPatch> patch = patches.read(body, TestimonialPatch.class);
        TestimonialView t = testimonials.updateTestimonial(id, patch,
                Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(t, t.version());
    }

    /** PRODUCT.md section 6: who could introduce us to this unit, best first (empty for a unit we already sell to). */
    @GetMapping("/api/v1/units/{id}/referral-candidates")
    List<CandidateRule.Candidate> candidates(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        return candidates.candidatesFor(id, asOf);
    }
}
