package app.prism.pipeline;

import app.prism.account.AccountView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.sales.OpportunityPatch;
import app.prism.sales.OpportunityService;
import app.prism.sales.OpportunityView;
import app.prism.sales.SalesStageService;
import app.prism.scoring.ScoringService;
import app.prism.scoring.Segment;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.Patch;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The Pipeline page (board, table, forecast chart, overdue list), the board's stage moves and the Overview card. */
@Controller
class PipelinePages {

    private final PipelineService pipeline;
    private final OpportunityService opportunities;
    private final SalesStageService stages;
    private final UserService users;
    private final ProductService products;
    private final ScoringService scoring;
    private final PipelineText text;

    PipelinePages(PipelineService pipeline, OpportunityService opportunities, SalesStageService stages,
            UserService users, ProductService products, ScoringService scoring,
            @Value("${prism.currency:EUR}") String currency) {
        this.pipeline = pipeline;
        this.opportunities = opportunities;
        this.stages = stages;
        this.users = users;
        this.products = products;
        this.scoring = scoring;
        this.text = new PipelineText(currency);
    }

    @GetMapping("/pipeline")
    String page(@RequestParam(required = false) String view, @RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) String segment, @RequestParam(required = false) Long productId,
            @RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
        String v = "table".equals(view) ? "table" : "board";
        String b = "quarter".equals(by) ? "quarter" : "month";
        model.addAttribute("view", v);
        model.addAttribute("filters", new Filters(v, b, blank(from), blank(to), ownerId, accountId, blank(segment),
                productId, blank(sort)));
        try {
            fill(model, new PipelineService.Query(blank(from), blank(to), b, ownerId, accountId, blank(segment),
                    productId, blank(sort), 0, app.prism.web.PageQuery.MAX_SIZE));
        } catch (Invalid e) {
            model.addAttribute("problem", e.errors().stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
            fill(model, new PipelineService.Query(null, null, b, null, null, null, null, null, 0,
                    app.prism.web.PageQuery.MAX_SIZE));
        }
        List<AccountView> visible = scoring.visibleAccounts();
        model.addAttribute("accounts", visible);
        model.addAttribute("owners", users.activeUsers());
        model.addAttribute("products", products.allProducts());
        model.addAttribute("segments", Segment.values());
        return FormErrors.isHtmx(request) && request.getHeader("HX-Target") != null
                && request.getHeader("HX-Target").equals("pipeline-body") ? "pipeline/pipeline :: body"
                : "pipeline/pipeline";
    }

    /** The board's move: the card's new sales stage with the version it was shown at; htmx gets the board back. */
    @PostMapping("/pipeline/opportunities/{id}/sales-stage")
    String move(@PathVariable long id, @RequestParam String salesStage, @RequestParam long version,
            @RequestParam(required = false) String view, @RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) String segment, @RequestParam(required = false) Long productId,
            @RequestParam(required = false) String sort, HttpServletRequest request, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        String message;
        boolean ok = false;
        try {
            OpportunityView moved = opportunities.updateOpportunity(id,
                    Patch.of(OpportunityPatch.toSalesStage(salesStage, version), Set.of("salesStage")), version);
            message = "‘" + moved.title() + "’ moved to " + moved.salesStage() + ".";
            ok = true;
        } catch (OptimisticLockingFailureException e) {
            message = "Someone else changed this opportunity since the board was shown; it now shows the latest "
                    + "state. Move it again if you still want to.";
        } catch (Invalid e) {
            message = e.errors().stream().map(Invalid.FieldProblem::message).collect(Collectors.joining("; "));
        }
        Filters f = new Filters("table".equals(view) ? "table" : "board", "quarter".equals(by) ? "quarter" : "month",
                blank(from), blank(to), ownerId, accountId, blank(segment), productId, blank(sort));
        if (!FormErrors.isHtmx(request)) {
            redirect.addFlashAttribute(ok ? "notice" : "problem", message);
            return "redirect:" + f.url(Map.of());
        }
        model.addAttribute(ok ? "notice" : "problem", message);
        model.addAttribute("view", f.view());
        model.addAttribute("filters", f);
        fill(model, new PipelineService.Query(f.from(), f.to(), f.by(), ownerId, accountId, f.segment(), productId,
                f.sort(), 0, app.prism.web.PageQuery.MAX_SIZE));
        return "pipeline/pipeline :: body";
    }

    /** The account Overview's card: its pipeline of this quarter and the next three, and its forecast by quarter. */
    @GetMapping("/accounts/{id}/pipeline-card")
    String card(@PathVariable long id, Model model) {
        Pipeline p = pipeline.pipeline(new PipelineService.Query(null, null, "quarter", null, id, null, null, null,
                0, 5));
        model.addAttribute("p", p);
        model.addAttribute("accountId", id);
        model.addAttribute("text", text);
        model.addAttribute("chart", ForecastChart.of(p.periods(), text));
        return "pipeline/fragments/card :: card";
    }

    private void fill(Model model, PipelineService.Query q) {
        Pipeline p = pipeline.pipeline(q);
        model.addAttribute("p", p);
        model.addAttribute("text", text);
        model.addAttribute("stages", stages.salesStages());
        model.addAttribute("chart", ForecastChart.of(p.periods(), text));
        Map<String, List<OpportunityView>> columns = new LinkedHashMap<>();
        for (var s : p.stages()) columns.put(s.stage(), new java.util.ArrayList<>());
        for (OpportunityView o : p.opportunities()) {
            columns.computeIfAbsent(o.salesStage(), k -> new java.util.ArrayList<>()).add(o);
        }
        model.addAttribute("columns", columns);
        Map<Long, String> accountNames = new java.util.HashMap<>();
        for (AccountView a : scoring.visibleAccounts()) accountNames.put(a.id(), a.name());
        model.addAttribute("accountNames", accountNames);
        model.addAttribute("userNames", users.activeUsers().stream()
                .collect(Collectors.toMap(UserView::id, UserView::name, (a, b) -> a)));
        model.addAttribute("productNames", products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, ProductView::name, (a, b) -> a)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The page's filters, to carry through moves and links. */
    record Filters(String view, String by, String from, String to, Long ownerId, Long accountId, String segment,
            Long productId, String sort) {

        /** /pipeline with these filters, some replaced. */
        public String url(Map<String, Object> replace) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("view", view);
            all.put("by", by);
            all.put("from", from);
            all.put("to", to);
            all.put("ownerId", ownerId);
            all.put("accountId", accountId);
            all.put("segment", segment);
            all.put("productId", productId);
            all.put("sort", sort);
            all.putAll(replace);
            UriComponentsBuilder u = UriComponentsBuilder.fromPath("/pipeline");
            all.forEach((k, v) -> {
                if (v != null && !v.toString().isEmpty()) u.queryParam(k, v);
            });
            return u.encode().build().toUriString();
        }

        public String withView(String v) {
            return url(Map.of("view", v));
        }

        public String withSort(String s) {
            return url(Map.of("sort", s, "view", "table"));
        }

        public String withBy(String b) {
            return url(Map.of("by", b));
        }
    }
}
