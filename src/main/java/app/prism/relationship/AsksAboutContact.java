package app.prism.relationship;

import app.prism.contact.ContactDataHolder;
import app.prism.web.Audit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals a person gave or was the outcome of, and the testimonials asked of them, for their personal-data export.
 * On erasure the testimonial's words go (they are the person's own), its status and dates stay; referrals stay (they
 * record our work), with a target person's name cleared when it was this person.
 */
@Component
class AsksAboutContact implements ContactDataHolder {

    private final ReferralRepository referrals;
    private final TestimonialRepository testimonials;
    private final JdbcClient jdbc;

    AsksAboutContact(ReferralRepository referrals, TestimonialRepository testimonials, JdbcClient jdbc) {
        this.referrals = referrals;
        this.testimonials = testimonials;
        this.jdbc = jdbc;
    }

    @Override
    public String label() {
        return "referrals and testimonials";
    }

    @Override
    public Object dataAbout(long contactId) {
        var asked = referrals.page(new ReferralRepository.Filter(null, contactId, null, null, null),
                app.prism.web.PageQuery.of(0, 500, null));
        var outcome = jdbc.sql("select id from referral where outcome_contact_id = :c").param("c", contactId)
                .query(Long.class).list().stream().map(id -> referrals.findById(id).orElseThrow()).toList();
        var given = testimonials.page(new TestimonialRepository.Filter(null, contactId, null, null, null, null, null),
                app.prism.web.PageQuery.of(0, 500, null));
        return Map.of("referralsAskedOfThem", asked, "referralsThatLedToThem", outcome, "testimonials",
                given.stream().map(t -> t.view(List.of())).toList());
    }

    @Override
    public void erase(long contactId) {
        jdbc.sql("""
                update testimonial set statement = null, version = version + 1, updated_at = :now, updated_by = :by
                 where contact_id = :c""").param("now", Audit.now()).param("by", Audit.actor()).param("c", contactId)
                .update();
    }
}
