package app.prism.relationship;

import app.prism.account.UnitUsage;
import app.prism.contact.ContactUsage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contacts who referred us or gave testimonials, and units we were referred to, keep that history: no deletion. */
@Configuration
class RelationshipUsages {

    @Bean
    ContactUsage referralsOfContact(ReferralRepository referrals) {
        return new ContactUsage() {
            public long countFor(long contactId) {
                return referrals.countForContact(contactId);
            }

            public String label() {
                return "referral(s)";
            }
        };
    }

    @Bean
    ContactUsage testimonialsOfContact(TestimonialRepository testimonials) {
        return new ContactUsage() {
            public long countFor(long contactId) {
                return testimonials.countForContact(contactId);
            }

            public String label() {
                return "testimonial(s)";
            }
        };
    }

    @Bean
    UnitUsage referralsToUnit(ReferralRepository referrals) {
        return new UnitUsage() {
            public long countFor(long unitId) {
                return referrals.countForUnit(unitId);
            }

            public String label() {
                return "referral(s) to it";
            }
        };
    }
}
