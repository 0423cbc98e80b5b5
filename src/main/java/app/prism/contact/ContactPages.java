package app.prism.contact;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page's People tab: the contacts of every unit, added and edited in place. */
@Controller
class ContactPages {

    record ContactForm(@NotNull Long unitId, @NotBlank @Size(max = 200) String name, @Size(max = 200) String title,
            @Email @Size(max = 320) String email, @Size(max = 50) String phone, BuyingRole buyingRole,
            Attitude attitude, @Min(0) @Max(3) Integer relationshipStrength, Long reportsToId,
            List<Long> ownerUserIds, Boolean active, Long version, @Size(max = 200) String movedToOrganisation,
            Long movedToAccountId, Long movedToUnitId, @Size(max = 200) String movedToTitle,
            @Size(max = 2000) String note) {}

    private final ContactService contacts;
    private final AccountService accounts;
    private final UnitService units;
    private final UserService users;

    ContactPages(ContactService contacts, AccountService accounts, UnitService units, UserService users) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.units = units;
        this.users = users;
    }

    @GetMapping("/accounts/{id}/people")
    String people(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean inactive, Model model) {
        AccountView account = accounts.getAccount(id);
        List<UnitView> unitList = units.unitsOf(id);
        String filter = q == null ? "" : q.strip().toLowerCase();
        List<ContactView> all = contacts.contactsOfAccount(id);
        Map<Long, List<ContactView>> byUnit = new LinkedHashMap<>();
        for (UnitView u : unitList) byUnit.put(u.id(), new java.util.ArrayList<>());
        all.stream().filter(c -> inactive || c.active())
                .filter(c -> filter.isEmpty() || (c.name() + " " + (c.title() == null ? "" : c.title()) + " "
                        + (c.email() == null ? "" : c.email())).toLowerCase().contains(filter))
                .forEach(c -> byUnit.get(c.unitId()).add(c));
        model.addAttribute("account", account);
        model.addAttribute("tab", "people");
        model.addAttribute("units", unitList);
        model.addAttribute("byUnit", byUnit);
        Set<Long> known = all.stream().filter(ContactView::active).map(ContactView::unitId).collect(Collectors.toSet());
        model.addAttribute("unitsWithoutContacts", unitList.stream().filter(u -> !known.contains(u.id())).toList());
        model.addAttribute("contactCount", all.stream().filter(ContactView::active).count());
        model.addAttribute("inactiveCount", all.stream().filter(c -> !c.active()).count());
        model.addAttribute("contactsById", all.stream().collect(Collectors.toMap(ContactView::id, Function.identity())));
        model.addAttribute("q", q);
        model.addAttribute("inactive", inactive);
        addChoices(model, all);
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm(unitList.isEmpty() ? null : unitList.get(0).id(), "", "",
                    "", "", BuyingRole.UNKNOWN, Attitude.UNKNOWN, 0, null, List.of(), true, null, null, null, null, null, null));
        }
        return "contact/people";
    }

    @PostMapping("/accounts/{id}/people")
    String create(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UnitView unit = units.getUnit(form.unitId());
                if (unit.accountId() != id) throw Invalid.field("unitId", "must be a unit of this account");
                ContactView created = contacts.createContact(form.unitId(), new NewContact(form.name(), form.title(),
                        form.email(), form.phone(), form.buyingRole(), form.attitude(), form.relationshipStrength(),
                        form.reportsToId(), form.ownerUserIds(), true));
                redirect.addFlashAttribute("notice", created.name() + " added.");
                return "redirect:/accounts/" + id + "/people#contact-" + created.id();
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            }
        }
        return people(id, null, false, model);
    }

    @GetMapping("/contacts/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ContactView contact = contacts.getContact(id);
        model.addAttribute("contact", contact);
        model.addAttribute("account", accounts.getAccount(contact.accountId()));
        model.addAttribute("tab", "people");
        model.addAttribute("units", units.unitsOf(contact.accountId()));
        addChoices(model, contacts.contactsOfAccount(contact.accountId()).stream().filter(c -> c.id() != id).toList());
        model.addAttribute("knownAccounts", accounts.listAccounts(app.prism.web.PageQuery.of(0, 500, null), null, false)
                .items().stream().filter(a -> a.id() != contact.accountId()).map(AccountView::name).toList());
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm(contact.unitId(), contact.name(), contact.title(),
                    contact.email(), contact.phone(), contact.buyingRole(), contact.attitude(),
                    contact.relationshipStrength(), contact.reportsToId(), contact.ownerUserIds(), contact.active(),
                    contact.version(), contact.movedToOrganisation(), contact.movedToAccountId(),
                    contact.movedToUnitId(), contact.movedToTitle(), contact.note()));
        }
        return "contact/edit";
    }

    @PostMapping("/contacts/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                boolean left = form.active() == null || !form.active();
                // the form names the organisation; the known account and unit stay while the organisation does
                ContactView before = contacts.getContact(id);
                boolean sameOrganisation = java.util.Objects.equals(app.prism.web.Texts.trimToNull(
                        form.movedToOrganisation()), before.movedToOrganisation());
                Long movedAccount = sameOrganisation ? before.movedToAccountId() : null;
                Long movedUnit = sameOrganisation ? before.movedToUnitId() : null;
                ContactView saved = contacts.updateContact(id, Patch.of(new ContactPatch(form.unitId(), form.name(),
                        form.title(), form.email(), form.phone(), form.buyingRole(), form.attitude(),
                        form.relationshipStrength(), form.reportsToId(),
                        form.ownerUserIds() == null ? List.of() : form.ownerUserIds(),
                        !left, form.version(), left ? form.movedToOrganisation() : null,
                        left ? movedAccount : null, left ? movedUnit : null,
                        left ? form.movedToTitle() : null, form.note()),
                        Set.of("unitId", "name", "title", "email", "phone", "buyingRole", "attitude",
                                "relationshipStrength", "reportsToId", "ownerUserIds", "active", "movedToOrganisation",
                                "movedToAccountId", "movedToUnitId", "movedToTitle", "note")), form.version());
                redirect.addFlashAttribute("notice", saved.name() + " saved.");
                return "redirect:/accounts/" + saved.accountId() + "/people#contact-" + id;
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("stale", "Someone else changed this contact while you were editing. "
                        + "Your changes are still in the form; reload the page to see theirs.");
            }
        }
        return edit(id, model);
    }

    /** One row of the People table, shown or (with {@code edit}) as a quick in-place form. */
    @GetMapping("/contacts/{id}/row")
    String row(@PathVariable long id, @RequestParam(defaultValue = "false") boolean edit, Model model) {
        ContactView contact = contacts.getContact(id);
        rowModel(contact, model);
        return edit ? "contact/fragments/row :: edit(c=${c})" : "contact/fragments/row :: row(c=${c})";
    }

    /** The quick edit: title, buying role, attitude, strength; a stale version or bad input keeps the form open. */
    @PostMapping("/contacts/{id}/row")
    String saveRow(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam BuyingRole buyingRole, @RequestParam Attitude attitude,
            @RequestParam int relationshipStrength, @RequestParam long version, Model model) {
        try {
            ContactView saved = contacts.updateContact(id, app.prism.web.Patch.of(new ContactPatch(null, null, title, null,
                    null, buyingRole, attitude, relationshipStrength, null, null, null, version, null, null, null, null,
                    null), Set.of("title", "buyingRole", "attitude", "relationshipStrength")), version);
            rowModel(saved, model);
            return "contact/fragments/row :: row(c=${c})";
        } catch (Invalid e) {
            model.addAttribute("rowError", e.errors().stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            model.addAttribute("rowError", "Someone else changed this person meanwhile: cancel to see their change.");
        }
        rowModel(contacts.getContact(id), model);
        return "contact/fragments/row :: edit(c=${c})";
    }

    private void rowModel(ContactView contact, Model model) {
        List<ContactView> all = contacts.contactsOfAccount(contact.accountId());
        model.addAttribute("c", contact);
        model.addAttribute("account", accounts.getAccount(contact.accountId()));
        model.addAttribute("contactsById", all.stream().collect(Collectors.toMap(ContactView::id, Function.identity())));
        addChoices(model, all);
    }

    private void addChoices(Model model, List<ContactView> possibleBosses) {
        List<UserView> colleagues = users.activeUsers();
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("colleagueNames", colleagues.stream().collect(Collectors.toMap(UserView::id, UserView::name)));
        model.addAttribute("bosses", possibleBosses.stream().filter(ContactView::active).toList());
        model.addAttribute("buyingRoles", BuyingRole.values());
        model.addAttribute("attitudes", Attitude.values());
    }
}
