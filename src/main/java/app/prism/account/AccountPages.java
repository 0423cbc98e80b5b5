package app.prism.account;

import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.web.Conflict;
import app.prism.web.Countries;
import app.prism.web.FormErrors;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.Patch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

/** The new-account form and the account page's Overview and Units tabs. */
@Controller
class AccountPages {

    record AccountForm(@NotBlank @Size(max = 200) String name, @Size(max = 100) String industry,
            @Size(max = 60, message = "a country code such as DE or its English name") String country, Scope scope, Long ownerId,
            @Size(max = 100) String externalId, Long version) {}

    record UnitForm(@NotBlank @Size(max = 200) String name, @NotNull UnitKind kind, Long parentId,
            @Size(max = 60, message = "a country code such as DE or its English name") String country, @Size(max = 100) String city) {}

    private final AccountService accounts;
    private final UnitService units;
    private final UserService users;
    private final CurrentUser currentUser;

    AccountPages(AccountService accounts, UnitService units, UserService users, CurrentUser currentUser) {
        this.accounts = accounts;
        this.units = units;
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The new-account form (the list itself, with each account's figures, is the home capability's page). */
    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm("", "", "", Scope.LOCAL, currentUser.viewer().id(), "", null));
        }
        addChoices(model);
        return "account/new";
    }

    @PostMapping("/accounts")
    String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                AccountView created = accounts.createAccount(new NewAccount(form.name(), form.industry(),
                        Countries.fromInput(form.country()), form.scope(), form.ownerId(), form.externalId()));
                redirect.addFlashAttribute("notice", "Account created. Add its business units next.");
                return "redirect:/accounts/" + created.id() + "/units";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (Conflict e) {
                result.rejectValue("name", "taken", e.getMessage());
            }
        }
        return newAccount(model);
    }

    @GetMapping("/accounts/{id}")
    String account(@PathVariable long id) {
        accounts.requireVisible(id);
        return "redirect:/accounts/" + id + "/overview";
    }

    @GetMapping("/accounts/{id}/overview")
    String overview(@PathVariable long id, Model model) {
        AccountView account = accounts.getAccount(id);
        List<UnitView> all = units.unitsOf(id);
        model.addAttribute("account", account);
        model.addAttribute("tab", "overview");
        model.addAttribute("team", accounts.team(id));
        model.addAttribute("unitCount", all.size());
        model.addAttribute("countries", all.stream().map(UnitView::country).filter(c -> c != null)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        model.addAttribute("levels", all.stream().mapToInt(UnitView::depth).max().orElse(0));
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm(account.name(), account.industry(), account.country(),
                    account.scope(), account.ownerId(), account.externalId(), account.version()));
        }
        addChoices(model);
        model.addAttribute("teamRoles", TeamRole.values());
        return "account/overview";
    }

    @PostMapping("/accounts/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.updateAccount(id, Patch.of(new AccountPatch(form.name(), form.industry(), Countries.fromInput(form.country()),
                        form.scope(), form.ownerId(), form.externalId(), form.version()),
                        Set.of("name", "industry", "country", "scope", "ownerId", "externalId")), form.version());
                redirect.addFlashAttribute("notice", "Account saved.");
                return "redirect:/accounts/" + id + "/overview";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (Conflict e) {
                FormErrors.apply(e, result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("stale", "Someone else changed this account while you were editing. "
                        + "Your changes are still in the form; reload the page to see theirs.");
            }
        }
        return overview(id, model);
    }

    @PostMapping("/accounts/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            accounts.deleteAccount(id);
            redirect.addFlashAttribute("notice", "Account deleted.");
            return "redirect:/accounts";
        } catch (Conflict | Forbidden e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/accounts/" + id + "/overview";
        }
    }

    @PostMapping("/accounts/{id}/team")
    String addToTeam(@PathVariable long id, @RequestParam long userId, @RequestParam TeamRole role,
            RedirectAttributes redirect) {
        List<TeamAssignment> team = new ArrayList<>(accounts.team(id).stream()
                .filter(m -> m.userId() != userId).map(m -> new TeamAssignment(m.userId(), m.role())).toList());
        team.add(new TeamAssignment(userId, role));
        return saveTeam(id, team, redirect);
    }

    @PostMapping("/accounts/{id}/team/{userId}/remove")
    String removeFromTeam(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        return saveTeam(id, accounts.team(id).stream().filter(m -> m.userId() != userId)
                .map(m -> new TeamAssignment(m.userId(), m.role())).toList(), redirect);
    }

    private String saveTeam(long id, List<TeamAssignment> team, RedirectAttributes redirect) {
        try {
            accounts.replaceTeam(id, team);
            redirect.addFlashAttribute("notice", "Team saved.");
        } catch (Invalid | Forbidden e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/accounts/" + id + "/overview#team";
    }

    // --- Units tab: the tree, edited inline (htmx swaps the tree; without JavaScript the forms still work) ---

    @GetMapping("/accounts/{id}/units")
    String unitsTab(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.getAccount(id));
        model.addAttribute("tab", "units");
        addTree(id, model);
        return "account/units";
    }

    @PostMapping("/accounts/{id}/units")
    String addUnit(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        String problem = null;
        if (result.hasErrors()) {
            problem = result.getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage())
                    .reduce((a, b) -> a + "; " + b).orElse("Check the unit's fields.");
        } else {
            try {
                UnitView created = units.createUnit(id, new NewUnit(form.name(), form.kind(), form.parentId(),
                        Countries.fromInput(form.country()), form.city(), null));
                model.addAttribute("notice", "Added " + created.name() + ".");
                model.addAttribute("highlight", created.id());
            } catch (Invalid | Conflict e) {
                problem = e.getMessage();
            }
        }
        return treeResponse(id, problem, model, request, redirect);
    }

    @PostMapping("/units/{unitId}/rename")
    String renameUnit(@PathVariable long unitId, @RequestParam String name, @RequestParam long version, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        return changeUnit(unitId, new UnitPatch(name, null, null, null, null, null, version), Set.of("name"), model,
                request, redirect);
    }

    @PostMapping("/units/{unitId}/details")
    String unitDetails(@PathVariable long unitId, @RequestParam UnitKind kind, @RequestParam(required = false) String country,
            @RequestParam(required = false) String city, @RequestParam long version, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        return changeUnit(unitId, new UnitPatch(null, kind, null, Countries.fromInput(country), city, null, version),
                Set.of("kind", "country", "city"), model, request, redirect);
    }

    @PostMapping("/units/{unitId}/move")
    String moveUnit(@PathVariable long unitId, @RequestParam(required = false) Long parentId, @RequestParam long version,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return changeUnit(unitId, new UnitPatch(null, null, parentId, null, null, null, version), Set.of("parentId"),
                model, request, redirect);
    }

    @PostMapping("/units/{unitId}/delete")
    String deleteUnit(@PathVariable long unitId, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        UnitView unit = units.getUnit(unitId);
        String problem = null;
        try {
            units.deleteUnit(unitId);
            model.addAttribute("notice", "Deleted " + unit.name() + ".");
        } catch (Conflict e) {
            problem = e.getMessage();
        }
        return treeResponse(unit.accountId(), problem, model, request, redirect);
    }

    private String changeUnit(long unitId, UnitPatch patch, Set<String> fields, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        UnitView unit = units.getUnit(unitId);
        String problem = null;
        try {
            UnitView saved = units.updateUnit(unitId, Patch.of(patch, fields), patch.version());
            model.addAttribute("notice", "Saved " + saved.name() + ".");
            model.addAttribute("highlight", saved.id());
        } catch (Invalid | Conflict e) {
            problem = e instanceof Invalid i && !i.errors().isEmpty() ? i.errors().get(0).message() : e.getMessage();
        } catch (OptimisticLockingFailureException e) {
            problem = "Someone else changed " + unit.name() + " meanwhile; the tree below shows the current state.";
        }
        return treeResponse(unit.accountId(), problem, model, request, redirect);
    }

    private String treeResponse(long accountId, String problem, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (FormErrors.isHtmx(request)) {
            model.addAttribute("problem", problem);
            model.addAttribute("account", accounts.getAccount(accountId));
            addTree(accountId, model);
            return "account/fragments/tree :: tree";
        }
        if (problem != null) redirect.addFlashAttribute("problem", problem);
        else if (model.getAttribute("notice") != null) redirect.addFlashAttribute("notice", model.getAttribute("notice"));
        return "redirect:/accounts/" + accountId + "/units";
    }

    private void addTree(long accountId, Model model) {
        model.addAttribute("tree", units.tree(accountId));
        model.addAttribute("flatUnits", units.unitsOf(accountId));
        model.addAttribute("kinds", UnitKind.values());
        if (!model.containsAttribute("unitForm")) model.addAttribute("unitForm", new UnitForm("", UnitKind.COMPANY, null, "", ""));
    }

    private void addChoices(Model model) {
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("activeUsers", users.activeUsers());
        model.addAttribute("countryCodes", java.util.Arrays.stream(java.util.Locale.getISOCountries())
                .map(c -> new String[] {c, Countries.displayName(c)}).sorted((a, b) -> a[1].compareTo(b[1])).toList());
    }
}
