package app.prism.sales;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.Conflict;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import app.prism.web.Patch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Sales tab's second page: the account's opportunities (create, change stage in place, delete) and fit marks. */
@Controller
class OpportunityPages {

    record OpportunityForm(@NotNull Long unitId, @NotNull Long productId, @NotBlank @Size(max = 200) String title,
            BigDecimal value, Stage stage, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeDate,
            @Size(max = 200) String competitor, LossReason lossReason) {}

    record FitMarkForm(@NotNull Long unitId, @NotNull Long productId, @NotBlank @Size(max = 500) String reason) {}

    private final OpportunityService opportunities;
    private final FitMarkService fitMarks;
    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;
    private final String currency;

    OpportunityPages(OpportunityService opportunities, FitMarkService fitMarks, AccountService accounts,
            UnitService units, ProductService products, @Value("${prism.currency:EUR}") String currency) {
        this.opportunities = opportunities;
        this.fitMarks = fitMarks;
        this.accounts = accounts;
        this.units = units;
        this.products = products;
        this.currency = currency;
    }

    @GetMapping("/accounts/{id}/opportunities")
    String page(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        AccountView account = accounts.getAccount(id);
        List<UnitView> unitList = units.unitsOf(id);
        List<ProductView> productList = products.allProducts();
        model.addAttribute("account", account);
        model.addAttribute("tab", "sales");
        model.addAttribute("currency", currency);
        model.addAttribute("units", unitList);
        model.addAttribute("products", productList.stream().filter(ProductView::active).toList());
        model.addAttribute("unitsById", unitList.stream().collect(Collectors.toMap(UnitView::id, Function.identity())));
        model.addAttribute("productsById", productList.stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity())));
        model.addAttribute("opportunities", opportunities.listOpportunities(id, null, null, null,
                PageQuery.of(page == null || page < 0 ? 0 : page, 50, null)));
        model.addAttribute("fitMarks", fitMarks.listFitMarks(id, null, PageQuery.of(0, PageQuery.MAX_SIZE, null)));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("lossReasons", LossReason.values());
        Long firstUnit = unitList.isEmpty() ? null : unitList.get(0).id();
        if (!model.containsAttribute("opportunityForm")) {
            model.addAttribute("opportunityForm", new OpportunityForm(firstUnit, null, "", null, Stage.OPEN, null, null,
                    null));
        }
        if (!model.containsAttribute("fitMarkForm")) model.addAttribute("fitMarkForm", new FitMarkForm(firstUnit, null, ""));
        return "sales/opportunities";
    }

    @PostMapping("/accounts/{id}/opportunities")
    String create(@PathVariable long id, @Valid @ModelAttribute("opportunityForm") OpportunityForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                requireUnitOf(id, form.unitId());
                OpportunityView created = opportunities.createOpportunity(new NewOpportunity(form.unitId(),
                        form.productId(), form.title(), form.value(), form.stage(), form.closeDate(), form.competitor(),
                        form.lossReason()));
                redirect.addFlashAttribute("notice", "Opportunity '" + created.title() + "' added.");
                return "redirect:/accounts/" + id + "/opportunities#opportunity-" + created.id();
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            }
        }
        return page(id, null, model);
    }

    /** The inline stage change of one row; htmx gets the row back (with any error in it), a plain form a redirect. */
    @PostMapping("/opportunities/{id}/stage")
    String changeStage(@PathVariable long id, @RequestParam Stage stage,
            @RequestParam(required = false) LossReason lossReason, @RequestParam(required = false) String competitor,
            @RequestParam long version, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        OpportunityView current = opportunities.getOpportunity(id);
        String error = null;
        boolean lost = stage == Stage.LOST;
        try {
            current = opportunities.updateOpportunity(id, Patch.of(new OpportunityPatch(null, null, stage, null,
                    lost ? competitor : null, lost ? lossReason : null, version),
                    lost ? Set.of("stage", "competitor", "lossReason") : Set.of("stage")), version);
        } catch (Invalid e) {
            error = e.errors().stream().map(Invalid.FieldProblem::message).collect(Collectors.joining("; "));
        } catch (OptimisticLockingFailureException e) {
            error = "Someone else changed this opportunity; reload the page.";
        }
        if (!FormErrors.isHtmx(request)) {
            if (error != null) redirect.addFlashAttribute("problem", current.title() + ": " + error);
            else redirect.addFlashAttribute("notice", current.title() + " is now " + current.stage() + ".");
            return "redirect:/accounts/" + current.accountId() + "/opportunities#opportunity-" + id;
        }
        model.addAttribute("o", current);
        model.addAttribute("rowError", error);
        model.addAttribute("currency", currency);
        model.addAttribute("unitsById", SalesPages.byId(units.unitsOf(current.accountId())));
        model.addAttribute("productsById", products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity())));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("lossReasons", LossReason.values());
        return "sales/fragments/opportunity-row :: row";
    }

    @PostMapping("/opportunities/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        OpportunityView o = opportunities.getOpportunity(id);
        opportunities.deleteOpportunity(id);
        redirect.addFlashAttribute("notice", "Opportunity '" + o.title() + "' deleted.");
        return "redirect:/accounts/" + o.accountId() + "/opportunities";
    }

    @PostMapping("/accounts/{id}/fit-marks")
    String markNotApplicable(@PathVariable long id, @Valid @ModelAttribute("fitMarkForm") FitMarkForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                requireUnitOf(id, form.unitId());
                fitMarks.markNotApplicable(new NewFitMark(form.unitId(), form.productId(), form.reason()));
                redirect.addFlashAttribute("notice", "Marked as not applicable.");
                return "redirect:/accounts/" + id + "/opportunities#fit-marks";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (Conflict e) {
                FormErrors.apply(e, result);
            }
        }
        return page(id, null, model);
    }

    @PostMapping("/fit-marks/{id}/delete")
    String deleteFitMark(@PathVariable long id, RedirectAttributes redirect) {
        FitMarkView mark = fitMarks.getFitMark(id);
        fitMarks.deleteFitMark(id);
        redirect.addFlashAttribute("notice", "Fit mark removed: the pair counts as applicable again.");
        return "redirect:/accounts/" + mark.accountId() + "/opportunities#fit-marks";
    }

    private void requireUnitOf(long accountId, Long unitId) {
        if (unitId == null) return;
        try {
            if (units.getUnit(unitId).accountId() == accountId) return;
        } catch (app.prism.web.NotFound e) {
            // reported below like a unit of another account
        }
        throw Invalid.field("unitId", "must be a unit of this account");
    }
}
