package app.prism.relationship;

import app.prism.account.AccountService;
import app.prism.catalog.ProductService;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.web.Conflict;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Testimonials asked of contacts, and the library of given ones a colleague searches by product and permitted use. */
@Service
public class TestimonialService {

    /** Filters of the list (the library); nulls do not filter. */
    public record Query(Long accountId, Long contactId, Long productId, AskStatus status, PermittedUse permittedUse,
            String text) {}

    private final TestimonialRepository testimonials;
    private final ContactService contacts;
    private final ProductService products;
    private final AccountService accounts;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    TestimonialService(TestimonialRepository testimonials, ContactService contacts, ProductService products,
            AccountService accounts, AccountAccess access, CurrentUser currentUser, Optional<Clock> clock) {
        this.testimonials = testimonials;
        this.contacts = contacts;
        this.products = products;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Paged<TestimonialView> listTestimonials(Query q, PageQuery page) {
        if (q.accountId() != null) accounts.requireVisible(q.accountId());
        if (q.contactId() != null) contacts.getContact(q.contactId());
        var visible = q.accountId() == null ? accounts.visibleAccountIds().orElse(null) : null;
        String like = q.text() == null || q.text().isBlank() ? null : PageQuery.of(0, 1, q.text()).likePattern();
        var filter = new TestimonialRepository.Filter(q.accountId(), q.contactId(), q.productId(), q.status(),
                q.permittedUse(), like, visible);
        return new Paged<>(views(testimonials.page(filter, page)), page.page(), page.size(), testimonials.total(filter));
    }

    public TestimonialView getTestimonial(long id) {
        var row = testimonials.findById(id).orElseThrow(() -> new NotFound("Testimonial", id));
        access.requireVisibleOr404(row.accountId(), "Testimonial", id);
        return views(List.of(row)).get(0);
    }

    @Transactional
    public TestimonialView askForTestimonial(NewTestimonial input) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        ContactView contact = input.contactId() == null ? null : contacts.findContacts(List.of(input.contactId()))
                .get(input.contactId());
        if (contact == null || !access.canSee(currentUser.viewer(), contact.accountId())) {
            throw Invalid.field("contactId", "unknown contact");
        }
        AskStatus status = input.status() == null ? AskStatus.ASKED : input.status();
        LocalDate asked = input.askedOn() == null ? today() : input.askedOn();
        LocalDate given = input.givenOn() == null && status == AskStatus.GIVEN ? today() : input.givenOn();
        List<Long> productIds = distinct(input.productIds());
        String text = Texts.trimToNull(input.text());
        check(status, text, input.permittedUse(), asked, given, productIds, problems);
        long id = testimonials.insert(contact.accountId(), contact.id(), status, text, input.permittedUse(), asked, given);
        testimonials.replaceProducts(id, productIds);
        return getTestimonial(id);
    }

    @Transactional
    public TestimonialView updateTestimonial(long id, Patch<TestimonialPatch> patch, Long expectedVersion) {
        TestimonialView row = getTestimonial(id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        TestimonialPatch p = patch.value();
        AskStatus status = patch.has("status") ? p.status() : row.status();
        if (status == null) throw Invalid.field("status", "must not be null");
        if (!row.status().canMoveTo(status)) {
            throw new Conflict("A " + row.status() + " testimonial cannot become " + status + ".");
        }
        String text = patch.has("text") ? Texts.trimToNull(p.text()) : row.text();
        PermittedUse use = patch.has("permittedUse") ? p.permittedUse() : row.permittedUse();
        LocalDate asked = patch.has("askedOn") && p.askedOn() != null ? p.askedOn() : row.askedOn();
        LocalDate given = patch.has("givenOn") ? p.givenOn()
                : row.status() != AskStatus.GIVEN && status == AskStatus.GIVEN ? today() : row.givenOn();
        List<Long> productIds = patch.has("productIds") ? distinct(p.productIds()) : row.productIds();
        check(status, text, use, asked, given, productIds, new ArrayList<>());
        if (!testimonials.update(id, status, text, use, asked, given, row.version())) throw stale();
        if (patch.has("productIds")) testimonials.replaceProducts(id, productIds);
        return getTestimonial(id);
    }

    private void check(AskStatus status, String text, PermittedUse use, LocalDate asked, LocalDate given,
            List<Long> productIds, List<Invalid.FieldProblem> problems) {
        if (status == AskStatus.GIVEN) {
            if (text == null) problems.add(new Invalid.FieldProblem("text", "a GIVEN testimonial needs its text"));
            if (use == null) problems.add(new Invalid.FieldProblem("permittedUse", "a GIVEN testimonial needs its permitted use"));
        }
        if (status != AskStatus.GIVEN && given != null) {
            problems.add(new Invalid.FieldProblem("givenOn", "only a GIVEN testimonial has a date it was given"));
        }
        if (asked.isAfter(today())) problems.add(new Invalid.FieldProblem("askedOn", "must not be in the future"));
        if (given != null && given.isBefore(asked)) problems.add(new Invalid.FieldProblem("givenOn", "must not be before askedOn"));
        if (productIds.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new Invalid.FieldProblem("productIds", "must not contain null"));
        } else {
            Map<Long, ?> found = products.findProducts(productIds);
            List<Long> unknown = productIds.stream().filter(pid -> !found.containsKey(pid)).toList();
            if (!unknown.isEmpty()) problems.add(new Invalid.FieldProblem("productIds", "unknown product(s) " + unknown));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
    }

    private List<TestimonialView> views(List<TestimonialRepository.Row> rows) {
        Map<Long, List<Long>> productIds = testimonials.productsOf(rows.stream().map(TestimonialRepository.Row::id).toList());
        return rows.stream().map(r -> r.view(productIds.getOrDefault(r.id(), List.of()))).toList();
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(ids));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale testimonial");
    }
}
