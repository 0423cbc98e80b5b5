package app.prism.account;

import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * "Merge…" for an account (managers and administrators) and for a unit: pick the other record, see both side by side
 * with a checkbox per field to take from the other, confirm. Also the Overview's panel of past merges.
 */
@Controller
class MergePages {

    record MergeForm(Long otherId, List<String> take, Long version) {}

    /** One record the user may pick as the other. */
    record Choice(long id, String label) {}

    /** One field of the two records, side by side. */
    record Row(String field, String label, String mine, String theirs) {}

    private final AccountMerge merge;
    private final AccountService accounts;
    private final UnitService units;

    MergePages(AccountMerge merge, AccountService accounts, UnitService units) {
        this.merge = merge;
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/accounts/{id}/merge")
    String accountMerge(@PathVariable long id, @RequestParam(required = false) Long otherId, Model model) {
        AccountView account = accounts.getAccount(id);
        model.addAttribute("account", account);
        model.addAttribute("tab", "overview");
        model.addAttribute("mergeTitle", "Merge another account into " + account.name());
        model.addAttribute("what", "account");
        model.addAttribute("survivorName", account.name());
        model.addAttribute("choices", accounts.listAccounts(PageQuery.of(0, 500, null), null, false).items().stream()
                .filter(a -> a.id() != id).map(a -> new Choice(a.id(), a.name())).toList());
        if (otherId != null && otherId != id) {
            AccountView other = accounts.getAccount(otherId);
            model.addAttribute("otherName", other.name());
            model.addAttribute("rows", List.of(
                    new Row("name", "Name", account.name(), other.name()),
                    new Row("industry", "Industry", account.industry(), other.industry()),
                    new Row("country", "Country", account.country(), other.country()),
                    new Row("scope", "Scope", String.valueOf(account.scope()), String.valueOf(other.scope())),
                    new Row("ownerId", "Owner", account.ownerName(), other.ownerName()),
                    new Row("externalId", "External id", account.externalId(), other.externalId())));
            model.addAttribute("moves", "units with their tree, contacts, sales, opportunities, fit marks, touchpoints, "
                    + "tasks, requests, referrals, testimonials, survey answers, targets, plans, ratings and team seats");
        }
        if (!model.containsAttribute("mergeForm")) model.addAttribute("mergeForm", new MergeForm(otherId, List.of(), account.version()));
        model.addAttribute("pickAction", "/accounts/" + id + "/merge");
        model.addAttribute("cancelUrl", "/accounts/" + id + "/overview");
        return "account/merge";
    }

    @PostMapping("/accounts/{id}/merge")
    String mergeAccounts(@PathVariable long id, @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            String otherName = form.otherId() == null || form.otherId() == id ? null : accounts.getAccount(form.otherId()).name();
            merge.mergeAccounts(id, new MergeRequest(form.otherId(), form.take(), form.version()));
            redirect.addFlashAttribute("notice", "Merged " + otherName + " into this account; it is gone, and "
                    + "everything that pointed at it now points here.");
            return "redirect:/accounts/" + id + "/overview";
        } catch (Invalid e) {
            FormErrors.apply(e, result);
        } catch (OptimisticLockingFailureException e) {
            result.reject("stale", "Someone else changed this account meanwhile: look again before you merge.");
        }
        return accountMerge(id, form.otherId(), model);
    }

    @GetMapping("/units/{id}/merge")
    String unitMerge(@PathVariable long id, @RequestParam(required = false) Long otherId, Model model) {
        UnitView unit = units.getUnit(id);
        model.addAttribute("account", accounts.getAccount(unit.accountId()));
        model.addAttribute("tab", "units");
        model.addAttribute("mergeTitle", "Merge another unit into " + unit.name());
        model.addAttribute("what", "unit");
        model.addAttribute("survivorName", unit.name());
        List<Choice> choices = new ArrayList<>();
        for (UnitView u : units.unitsOf(unit.accountId())) {
            if (u.id() != id) choices.add(new Choice(u.id(), "· ".repeat(Math.max(0, u.depth() - 1)) + u.name()));
        }
        model.addAttribute("choices", choices);
        if (otherId != null && otherId != id) {
            UnitView other = units.getUnit(otherId);
            if (other.accountId() != unit.accountId()) throw Invalid.field("otherId", "must be a unit of the same account");
            model.addAttribute("otherName", other.name());
            model.addAttribute("rows", List.of(
                    new Row("name", "Name", unit.name(), other.name()),
                    new Row("kind", "Kind", String.valueOf(unit.kind()), String.valueOf(other.kind())),
                    new Row("country", "Country", unit.country(), other.country()),
                    new Row("city", "City", unit.city(), other.city()),
                    new Row("externalId", "External id", unit.externalId(), other.externalId())));
            model.addAttribute("moves", Objects.equals(other.id(), unit.parentId())
                    ? "its sub-units (this unit takes its place in the tree), contacts, sales, opportunities, fit marks, tasks, requests and referrals"
                    : "its sub-units, contacts, sales, opportunities, fit marks, tasks, requests and referrals");
        }
        if (!model.containsAttribute("mergeForm")) model.addAttribute("mergeForm", new MergeForm(otherId, List.of(), unit.version()));
        model.addAttribute("history", merge.unitHistory(id));
        model.addAttribute("pickAction", "/units/" + id + "/merge");
        model.addAttribute("cancelUrl", "/accounts/" + unit.accountId() + "/units");
        return "account/merge";
    }

    @PostMapping("/units/{id}/merge")
    String mergeUnits(@PathVariable long id, @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            String otherName = form.otherId() == null || form.otherId() == id ? null : units.getUnit(form.otherId()).name();
            UnitView merged = merge.mergeUnits(id, new MergeRequest(form.otherId(), form.take(), form.version()));
            redirect.addFlashAttribute("notice", "Merged " + otherName + " into " + merged.name() + ".");
            return "redirect:/accounts/" + merged.accountId() + "/units#unit-" + id;
        } catch (Invalid e) {
            FormErrors.apply(e, result);
        } catch (OptimisticLockingFailureException e) {
            result.reject("stale", "Someone else changed this unit meanwhile: look again before you merge.");
        }
        return unitMerge(id, form.otherId(), model);
    }

    /** The Overview's panel: merges of the account and of its units. */
    @GetMapping("/accounts/{id}/merges")
    String merges(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.getAccount(id));
        model.addAttribute("history", merge.mergesInAccount(id));
        return "account/fragments/merges :: merges";
    }
}
