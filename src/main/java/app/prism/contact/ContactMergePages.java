package app.prism.contact;

import app.prism.account.AccountService;
import app.prism.account.MergeRequest;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import java.util.List;
import java.util.Map;
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

/**
 * "Merge…" on a contact: pick a duplicate among the account's people, see both side by side with a checkbox per field
 * to take from the other, confirm; and the contact page's merge history.
 */
@Controller
class ContactMergePages {

    record MergeForm(Long otherId, List<String> take, Long version) {}

    record Choice(long id, String label) {}

    record Row(String field, String label, String mine, String theirs) {}

    private final ContactMerge merge;
    private final ContactService contacts;
    private final AccountService accounts;
    private final UnitService units;

    ContactMergePages(ContactMerge merge, ContactService contacts, AccountService accounts, UnitService units) {
        this.merge = merge;
        this.contacts = contacts;
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/contacts/{id}/merge")
    String page(@PathVariable long id, @RequestParam(required = false) Long otherId, Model model) {
        ContactView contact = contacts.getContact(id);
        model.addAttribute("account", accounts.getAccount(contact.accountId()));
        model.addAttribute("tab", "people");
        model.addAttribute("mergeTitle", "Merge a duplicate into " + contact.name());
        model.addAttribute("what", "contact");
        model.addAttribute("survivorName", contact.name());
        List<ContactView> people = contacts.contactsOfAccount(contact.accountId());
        Map<Long, String> names = people.stream().collect(Collectors.toMap(ContactView::id, ContactView::name));
        model.addAttribute("choices", people.stream().filter(c -> c.id() != id)
                .map(c -> new Choice(c.id(), c.name() + (c.email() == null ? "" : " <" + c.email() + ">")
                        + (c.active() ? "" : " (left)"))).toList());
        if (otherId != null && otherId != id) {
            ContactView other = contacts.getContact(otherId);
            if (other.accountId() != contact.accountId()) throw Invalid.field("otherId", "must be a contact of the same account");
            Map<Long, String> unitNames = units.unitsOf(contact.accountId()).stream()
                    .collect(Collectors.toMap(UnitView::id, UnitView::name));
            Function<Long, String> boss = b -> b == null ? null : names.get(b);
            model.addAttribute("otherName", other.name());
            model.addAttribute("rows", List.of(
                    new Row("name", "Name", contact.name(), other.name()),
                    new Row("title", "Title", contact.title(), other.title()),
                    new Row("email", "Email", contact.email(), other.email()),
                    new Row("phone", "Phone", contact.phone(), other.phone()),
                    new Row("unitId", "Unit", unitNames.get(contact.unitId()), unitNames.get(other.unitId())),
                    new Row("buyingRole", "Buying role", contact.buyingRole().name(), other.buyingRole().name()),
                    new Row("attitude", "Attitude", contact.attitude().name(), other.attitude().name()),
                    new Row("relationshipStrength", "Relationship strength",
                            String.valueOf(contact.relationshipStrength()), String.valueOf(other.relationshipStrength())),
                    new Row("reportsToId", "Reports to", boss.apply(contact.reportsToId()), boss.apply(other.reportsToId())),
                    new Row("note", "Note", contact.note(), other.note())));
            model.addAttribute("moves", "touchpoints, referrals, testimonials, tasks, requests, survey answers, "
                    + "relationship owners (added to this contact's) and the people who report to them");
        }
        if (!model.containsAttribute("mergeForm")) model.addAttribute("mergeForm", new MergeForm(otherId, List.of(), contact.version()));
        model.addAttribute("history", mergesOf(id));
        model.addAttribute("pickAction", "/contacts/" + id + "/merge");
        model.addAttribute("cancelUrl", "/contacts/" + id + "/edit");
        return "contact/merge";
    }

    @PostMapping("/contacts/{id}/merge")
    String merge(@PathVariable long id, @ModelAttribute("mergeForm") MergeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            String otherName = form.otherId() == null || form.otherId() == id ? null : contacts.getContact(form.otherId()).name();
            ContactView merged = merge.mergeContacts(id, new MergeRequest(form.otherId(), form.take(), form.version()));
            redirect.addFlashAttribute("notice", "Merged " + otherName + " into " + merged.name() + ".");
            return "redirect:/contacts/" + id + "/edit";
        } catch (Invalid e) {
            FormErrors.apply(e, result);
        } catch (OptimisticLockingFailureException e) {
            result.reject("stale", "Someone else changed this contact meanwhile: look again before you merge.");
        }
        return page(id, form.otherId(), model);
    }

    /** The contact page's panel of merges. */
    @GetMapping("/contacts/{id}/merges")
    String merges(@PathVariable long id, Model model) {
        model.addAttribute("history", mergesOf(id));
        return "account/fragments/merges :: merges";
    }

    private List<AuditEvent> mergesOf(long contactId) {
        return merge.history(contactId).stream()
                .filter(e -> ContactMerge.MERGED.equals(e.action()) || ContactMerge.MERGED_INTO.equals(e.action())).toList();
    }
}
