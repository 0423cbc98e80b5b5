package app.prism.relationship;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.web.Conflict;
import app.prism.web.Invalid;
import app.prism.web.Money;
import app.prism.web.PageQuery;
import app.prism.web.Patch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: the risks of an account (a part of its Overview) and of the whole portfolio, the account's referrals and
 * testimonials with the referral candidates of every unit we do not sell to, the testimonial library, and the
 * candidates in the matrix side panel.
 */
@Controller
class RelationshipPages {

    record RiskRow(RiskService.UnitRisk risk, String accountName, String revenueText) {}

    /**
     * A unit we do not sell to: who could introduce us (less those already asked, whose ask is pending or was given)
     * and the asks still waiting for an answer.
     */
    record UnitCandidates(UnitView unit, List<CandidateRule.Candidate> candidates, List<ReferralView> pending) {}

    /** The unit's candidates without the referrers already asked about it (pending or given), and its pending asks. */
    static UnitCandidates candidatesOf(UnitView unit, List<CandidateRule.Candidate> ranked, List<ReferralView> asked) {
        List<ReferralView> about = asked.stream().filter(r -> r.targetUnitId() != null && r.targetUnitId() == unit.id())
                .toList();
        Set<Long> askedAlready = about.stream().filter(r -> r.status() != AskStatus.DECLINED)
                .map(ReferralView::referrerContactId).collect(Collectors.toSet());
        return new UnitCandidates(unit, ranked.stream().filter(c -> !askedAlready.contains(c.contactId())).toList(),
                about.stream().filter(r -> r.status() == AskStatus.ASKED).toList());
    }

    /** One unit's flags on the Overview. */
    record UnitRisks(String unitName, List<RiskService.UnitRisk> risks, String revenueText) {}

    private final RiskService risks;
    private final ReferralService referrals;
    private final TestimonialService testimonials;
    private final ReferralCandidates candidates;
    private final AccountService accounts;
    private final UnitService units;
    private final ContactService contacts;
    private final ProductService products;
    private final String currency;

    RelationshipPages(RiskService risks, ReferralService referrals, TestimonialService testimonials,
            ReferralCandidates candidates, AccountService accounts, UnitService units, ContactService contacts,
            ProductService products, @Value("${prism.currency:EUR}") String currency) {
        this.risks = risks;
        this.referrals = referrals;
        this.testimonials = testimonials;
        this.candidates = candidates;
        this.accounts = accounts;
        this.units = units;
        this.contacts = contacts;
        this.products = products;
        this.currency = currency;
    }

    /** The account's risks, for its Overview (loaded by htmx). */
    @GetMapping("/accounts/{id}/risks/panel")
    String accountRisks(@PathVariable long id, Model model) {
        AccountView account = accounts.getAccount(id);
        List<RiskService.UnitRisk> all = risks.risks(id, null);
        Map<Long, List<RiskService.UnitRisk>> byUnit = new LinkedHashMap<>();
        all.forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r));
        model.addAttribute("account", account);
        model.addAttribute("flagCount", all.size());
        model.addAttribute("units", byUnit.values().stream()
                .sorted(java.util.Comparator.comparing((List<RiskService.UnitRisk> l) -> l.get(0).revenueAtStake())
                        .reversed())
                .map(l -> new UnitRisks(l.get(0).unitName(), l, Money.format(l.get(0).revenueAtStake(), currency)))
                .toList());
        return "relationship/fragments/risks :: risks";
    }

    @GetMapping("/risks")
    String portfolio(@RequestParam(required = false) String flag, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Long account, Model model) {
        List<RiskService.UnitRisk> all = account != null ? risks.risks(account, null).stream()
                .sorted(java.util.Comparator.comparing(RiskService.UnitRisk::revenueAtStake).reversed()).toList()
                : risks.portfolioRisks(null, mine);
        Map<RiskFlag, Long> counts = new LinkedHashMap<>();
        for (RiskFlag f : RiskFlag.values()) counts.put(f, all.stream().filter(r -> r.flag() == f).count());
        RiskFlag chosen = parseFlag(flag);
        Map<Long, String> names = accounts.listAccounts(PageQuery.of(0, PageQuery.MAX_SIZE, null), null, false).items()
                .stream().collect(Collectors.toMap(AccountView::id, AccountView::name));
        model.addAttribute("risks", rows(all.stream().filter(r -> chosen == null || r.flag() == chosen).toList(), names));
        model.addAttribute("counts", counts);
        model.addAttribute("flag", chosen);
        model.addAttribute("mine", mine);
        model.addAttribute("accountId", account);
        model.addAttribute("total", all.size());
        return "relationship/risks";
    }

    @GetMapping("/accounts/{id}/referrals")
    String referrals(@PathVariable long id, Model model) {
        AccountView account = accounts.getAccount(id);
        LocalDate today = risks.asOfOrToday(null);
        List<UnitView> unitList = units.unitsOf(id);
        Set<Long> doing = risks.facts(id, today).doingBusiness().keySet();
        List<ReferralView> asked = referrals.listReferrals(id, null, null, null, PageQuery.of(0, 200, null)).items();
        List<UnitCandidates> notYet = new ArrayList<>();
        Map<Long, List<CandidateRule.Candidate>> byUnit = candidates.candidatesForAccount(id, today);
        for (UnitView u : unitList) {
            if (!doing.contains(u.id())) notYet.add(candidatesOf(u, byUnit.getOrDefault(u.id(), List.of()), asked));
        }
        model.addAttribute("account", account);
        model.addAttribute("tab", "people");
        model.addAttribute("notYet", notYet);
        model.addAttribute("unitsById", unitList.stream().collect(Collectors.toMap(UnitView::id, Function.identity())));
        model.addAttribute("people", contacts.contactsOfAccount(id).stream()
                .collect(Collectors.toMap(ContactView::id, Function.identity())));
        model.addAttribute("activePeople", contacts.contactsOfAccount(id).stream().filter(ContactView::active).toList());
        model.addAttribute("productsById", productsById());
        model.addAttribute("activeProducts", products.allProducts().stream().filter(ProductView::active).toList());
        model.addAttribute("referrals", asked);
        model.addAttribute("testimonials", testimonials.listTestimonials(new TestimonialService.Query(id, null, null,
                null, null, null), PageQuery.of(0, 200, null)).items());
        model.addAttribute("uses", PermittedUse.values());
        return "relationship/referrals";
    }

    /** One click: ask this contact to introduce us to that unit. Back to where it was clicked. */
    @PostMapping("/referrals/ask")
    String ask(@RequestParam long referrerContactId, @RequestParam(required = false) Long targetUnitId,
            @RequestParam(required = false) String targetName, @RequestParam(required = false) String returnTo,
            Model model, RedirectAttributes redirect) {
        ContactView referrer = contacts.getContact(referrerContactId);
        String back = safeReturn(returnTo, "/accounts/" + referrer.accountId() + "/referrals");
        try {
            referrals.askForReferral(new NewReferral(referrerContactId, targetUnitId, targetName, AskStatus.ASKED, null,
                    null, null, null, null));
            redirect.addFlashAttribute("notice", "Referral asked of " + referrer.name() + ".");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", "Referral not recorded: " + e.errors().get(0).message());
        }
        return "redirect:" + back;
    }

    /**
     * A referral answered: declined, or given with its outcome (whom the referrer introduced us to, a note); a given
     * one's outcome may be recorded later the same way.
     */
    @PostMapping("/referrals/{id}/status")
    String referralStatus(@PathVariable long id, @RequestParam AskStatus status, @RequestParam long version,
            @RequestParam(required = false) Long outcomeContactId, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        ReferralView r = referrals.getReferral(id);
        Set<String> fields = new java.util.HashSet<>(Set.of("status"));
        if (status == AskStatus.GIVEN && outcomeContactId != null) fields.add("outcomeContactId");
        if (note != null && !note.isBlank()) fields.add("note");
        try {
            referrals.updateReferral(id, Patch.of(new ReferralPatch(null, null, status, null, null, outcomeContactId,
                    null, note, version), fields), version);
            redirect.addFlashAttribute("notice", status == AskStatus.GIVEN && outcomeContactId != null
                    ? "Referral given: introduced to " + contacts.getContact(outcomeContactId).name() + "."
                    : "Referral marked " + status.name().toLowerCase() + ".");
        } catch (Conflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", e.errors().stream().map(p -> p.message())
                    .collect(Collectors.joining("; ")));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "Someone else changed this referral meanwhile; here it is now.");
        }
        return "redirect:/accounts/" + r.accountId() + "/referrals#referral-" + id;
    }

    @PostMapping("/accounts/{id}/testimonials")
    String askTestimonial(@PathVariable long id, @RequestParam Long contactId,
            @RequestParam(required = false) List<Long> productIds, RedirectAttributes redirect) {
        accounts.getAccount(id);
        try {
            testimonials.askForTestimonial(new NewTestimonial(contactId, productIds, AskStatus.ASKED, null, null, null,
                    null));
            redirect.addFlashAttribute("notice", "Testimonial asked.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", "Testimonial not recorded: " + e.errors().get(0).message());
        }
        return "redirect:/accounts/" + id + "/referrals#testimonials";
    }

    @PostMapping("/testimonials/{id}")
    String updateTestimonial(@PathVariable long id, @RequestParam AskStatus status,
            @RequestParam(required = false) String text, @RequestParam(required = false) PermittedUse permittedUse,
            @RequestParam long version, RedirectAttributes redirect) {
        TestimonialView t = testimonials.getTestimonial(id);
        try {
            testimonials.updateTestimonial(id, Patch.of(new TestimonialPatch(null, status, text, permittedUse, null,
                    null, version), Set.of("status", "text", "permittedUse")), version);
            redirect.addFlashAttribute("notice", "Testimonial saved.");
        } catch (Conflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", e.errors().stream().map(p -> p.message())
                    .collect(Collectors.joining("; ")));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "Someone else changed this testimonial meanwhile; here it is now.");
        }
        return "redirect:/accounts/" + t.accountId() + "/referrals#testimonial-" + id;
    }

    /** The library: given testimonials across the accounts the user may see, by product, permitted use and words. */
    @GetMapping("/testimonials")
    String library(@RequestParam(required = false) Long productId,
            @RequestParam(required = false) PermittedUse permittedUse, @RequestParam(required = false) String q,
            Model model) {
        var found = testimonials.listTestimonials(new TestimonialService.Query(null, null, productId, AskStatus.GIVEN,
                permittedUse, q), PageQuery.of(0, 200, null));
        Map<Long, ContactView> people = contacts.findContacts(found.items().stream().map(TestimonialView::contactId)
                .collect(Collectors.toSet()));
        Map<Long, String> accountNames = new LinkedHashMap<>();
        found.items().forEach(t -> accountNames.computeIfAbsent(t.accountId(), a -> accounts.getAccount(a).name()));
        model.addAttribute("found", found);
        model.addAttribute("people", people);
        model.addAttribute("accountNames", accountNames);
        model.addAttribute("productsById", productsById());
        model.addAttribute("activeProducts", products.allProducts().stream().filter(ProductView::active).toList());
        model.addAttribute("uses", PermittedUse.values());
        model.addAttribute("productId", productId);
        model.addAttribute("permittedUse", permittedUse);
        model.addAttribute("q", q);
        return "relationship/library";
    }

    /** On a contact's page: the referrals and testimonials we asked of them, and what they gave. */
    @GetMapping("/contacts/{id}/asks")
    String asksOfContact(@PathVariable long id, Model model) {
        ContactView contact = contacts.getContact(id);
        model.addAttribute("contact", contact);
        model.addAttribute("referrals", referrals.listReferrals(null, id, null, null, PageQuery.of(0, 100, null)).items());
        model.addAttribute("testimonials", testimonials.listTestimonials(new TestimonialService.Query(null, id, null,
                null, null, null), PageQuery.of(0, 100, null)).items());
        model.addAttribute("unitsById", units.unitsOf(contact.accountId()).stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity())));
        model.addAttribute("productsById", productsById());
        return "relationship/fragments/asks :: asks";
    }

    /** The matrix side panel's "who could introduce us", for a unit we do not sell to (empty otherwise). */
    @GetMapping("/units/{id}/referral-candidates/panel")
    String candidatesPanel(@PathVariable long id, @RequestParam(required = false) String returnTo, Model model) {
        UnitView unit = units.getUnit(id);
        model.addAttribute("unit", unit);
        model.addAttribute("doingBusiness", candidates.doingBusinessWith(id, null));
        UnitCandidates found = candidatesOf(unit, candidates.candidatesFor(id, null),
                referrals.listReferrals(null, null, id, null, PageQuery.of(0, 200, null)).items());
        model.addAttribute("candidates", found.candidates().stream().limit(5).toList());
        model.addAttribute("moreCandidates", Math.max(0, found.candidates().size() - 5));
        model.addAttribute("pending", found.pending());
        model.addAttribute("people", contacts.findContacts(found.pending().stream()
                .map(ReferralView::referrerContactId).collect(Collectors.toSet())));
        model.addAttribute("returnTo", safeReturn(returnTo, "/accounts/" + unit.accountId() + "/referrals"));
        return "relationship/fragments/candidates :: candidates";
    }

    private List<RiskRow> rows(List<RiskService.UnitRisk> list, Map<Long, String> accountNames) {
        return list.stream().map(r -> new RiskRow(r, accountNames.getOrDefault(r.accountId(), ""),
                Money.format(r.revenueAtStake(), currency))).toList();
    }

    private Map<Long, ProductView> productsById() {
        return products.allProducts().stream().collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    private static RiskFlag parseFlag(String flag) {
        if (flag == null || flag.isBlank()) return null;
        try {
            return RiskFlag.valueOf(flag);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String safeReturn(String returnTo, String fallback) {
        return app.prism.web.ReturnTo.pathOr(returnTo, fallback);
    }
}
