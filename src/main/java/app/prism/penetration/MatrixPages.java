package app.prism.penetration;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitTree;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Matrix tab: products as rows (by family), units as columns (a tree that opens unit by unit), a coloured cell
 * per pair. It opens at the shallowest depth that shows some eight columns (a closed unit standing for its subtree), so a
 * single-root account shows its divisions and a 2,000-unit account still renders at once.
 */
@Controller
class MatrixPages {

    record ColumnView(long id, String name, String place, int depth, boolean hasChildren, boolean open,
            boolean rolledUp, int members, String penetration, String revenue, String openLink, String closeLink,
            String share, String potential) {}

    /**
     * One cell as the grid shows it: in the status view its letter and revenue, in the share-of-wallet view its share
     * (coloured by {@code walletClass}); {@code flagged} when its potential is below its revenue.
     */
    record CellView(long unitId, long productId, CellStatus status, String revenue, String ariaLabel, boolean rolled,
            String share, String walletClass, boolean flagged) {}

    /** The share-of-wallet view's colour bands, for the legend: class, what it means. */
    record WalletBand(String cssClass, String label) {}

    static final List<WalletBand> WALLET_BANDS = List.of(new WalletBand("w-none", "no potential set"),
            new WalletBand("w-0", "share under 25%"), new WalletBand("w-1", "25% to under 50%"),
            new WalletBand("w-2", "50% to under 75%"), new WalletBand("w-3", "75% or more"));

    record RowView(ProductView product, String penetration, String revenue, List<CellView> cells, String share) {}

    record FamilyView(String name, List<RowView> rows) {}

    private final PenetrationService penetration;
    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;
    private final String currency;
    private final app.prism.sales.OpportunityService opportunities;
    private final app.prism.sales.FitMarkService fitMarks;
    private final app.prism.sales.CellPotentialService cellPotentials;

    MatrixPages(PenetrationService penetration, AccountService accounts, UnitService units, ProductService products,
            @Value("${prism.currency:EUR}") String currency, app.prism.sales.OpportunityService opportunities,
            app.prism.sales.FitMarkService fitMarks, app.prism.sales.CellPotentialService cellPotentials) {
        this.cellPotentials = cellPotentials;
        this.opportunities = opportunities;
        this.fitMarks = fitMarks;
        this.penetration = penetration;
        this.accounts = accounts;
        this.units = units;
        this.products = products;
        this.currency = currency;
    }

    @GetMapping("/accounts/{id}/matrix")
    String matrix(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String open, @RequestParam(required = false) String family,
            @RequestParam(required = false) String country, @RequestParam(required = false) CellStatus status,
            @RequestParam(required = false) String view, Model model) {
        boolean walletView = "wallet".equals(view);
        model.addAttribute("account", accounts.getAccount(id));
        model.addAttribute("tab", "matrix");
        List<UnitView> unitList = units.unitsOf(id);
        Map<Long, UnitView> unitById = unitList.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        UnitTree tree = new UnitTree(unitList.stream().map(u -> new UnitTree.Link(u.id(), u.parentId())).toList());
        // no choice made yet (the tab just opened): open as deep as it takes to show some eight columns
        Set<Long> opened = open == null
                ? DefaultOpening.of(unitList.stream().collect(Collectors.toMap(UnitView::id, UnitView::depth)),
                        unitList.stream().map(UnitView::id).filter(u -> !tree.children(u).isEmpty())
                                .collect(Collectors.toSet()))
                : parseOpen(open, unitById.keySet());
        Matrix matrix = penetration.matrixOpened(id, asOf, opened);

        Map<Long, ProductView> productById = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Map<String, Matrix.Cell> cellByKey = new HashMap<>();
        matrix.cells().forEach(c -> cellByKey.put(c.unitId() + ":" + c.productId(), c));
        Map<Long, BigDecimal> revenueByUnit = new HashMap<>();
        Map<Long, BigDecimal> revenueByProduct = new HashMap<>();
        for (Matrix.Cell c : matrix.cells()) {
            revenueByUnit.merge(c.unitId(), c.revenue(), BigDecimal::add);
            revenueByProduct.merge(c.productId(), c.revenue(), BigDecimal::add);
        }

        String base = "/accounts/" + id + "/matrix?" + (asOf == null ? "" : "asOf=" + asOf + "&")
                + (family == null || family.isBlank() ? "" : "family=" + urlEncode(family) + "&")
                + (country == null || country.isBlank() ? "" : "country=" + country + "&")
                + (status == null ? "" : "status=" + status + "&") + (walletView ? "view=wallet&" : "");
        List<ColumnView> columns = new ArrayList<>();
        for (Matrix.UnitFigure u : matrix.units()) {
            UnitView unit = unitById.get(u.id());
            if (country != null && !country.isBlank() && !country.equalsIgnoreCase(unit.country())) continue;
            boolean hasChildren = !tree.children(u.id()).isEmpty();
            boolean isOpen = opened.contains(u.id());
            Set<Long> withIt = new TreeSet<>(opened);
            withIt.add(u.id());
            Set<Long> without = new TreeSet<>(opened);
            without.removeAll(tree.subtree(u.id()));
            columns.add(new ColumnView(u.id(), u.name(), place(unit), unit.depth(), hasChildren, isOpen,
                    hasChildren && !isOpen, tree.subtree(u.id()).size(), Money.percent(u.penetration()),
                    Money.format(revenueByUnit.getOrDefault(u.id(), BigDecimal.ZERO), currency),
                    base + "open=" + join(withIt), base + "open=" + join(without), Money.percent(u.shareOfWallet()),
                    u.potential() == null ? null : Money.estimate(u.potential(), currency)));
        }
        Map<String, List<RowView>> byFamily = new LinkedHashMap<>();
        for (Matrix.ProductFigure pf : matrix.products()) {
            ProductView p = productById.get(pf.id());
            String fam = p.family() == null ? "Other" : p.family();
            if (family != null && !family.isBlank() && !family.equals(fam)) continue;
            List<CellView> cells = columns.stream()
                    .map(col -> cellView(col.name(), p, cellByKey.get(col.id() + ":" + p.id()), col.rolledUp(), walletView))
                    .toList();
            byFamily.computeIfAbsent(fam, k -> new ArrayList<>()).add(new RowView(p, Money.percent(pf.penetration()),
                    Money.format(revenueByProduct.getOrDefault(p.id(), BigDecimal.ZERO), currency), cells,
                    Money.percent(pf.shareOfWallet())));
        }

        Set<Long> levelTwo = unitList.stream().filter(u -> u.depth() == 1).map(UnitView::id).collect(Collectors.toSet());
        Set<Long> all = unitList.stream().filter(u -> !tree.children(u.id()).isEmpty()).map(UnitView::id)
                .collect(Collectors.toSet());
        model.addAttribute("matrix", matrix);
        model.addAttribute("columns", columns);
        model.addAttribute("families", byFamily.entrySet().stream().map(e -> new FamilyView(e.getKey(), e.getValue())).toList());
        // The cards show the whole account, every unit standing for itself, as the Overview does; the columns on show
        // (a collapsed unit stands for its subtree) get their own line, so the two never seem to disagree. The same
        // cached figures as the Overview's, so moving between the two tabs computes them once.
        Matrix.Summary whole = penetration.figures(id, asOf).summary();
        model.addAttribute("summary", whole);
        model.addAttribute("penetrationText", Money.percent(whole.penetration()));
        model.addAttribute("whitespaceValueText", Money.estimate(whole.whitespaceValue(), currency));
        Matrix.Summary shown = matrix.summary();
        model.addAttribute("viewText", "This view: " + columns.size() + (columns.size() == 1 ? " column" : " columns")
                + " (a closed unit stands for everything below it), " + Money.percent(shown.penetration())
                + " of their applicable cells buying.");
        model.addAttribute("anyRolled", columns.stream().anyMatch(ColumnView::rolledUp));
        model.addAttribute("statuses", CellStatus.values());
        model.addAttribute("familyNames", productById.values().stream().filter(ProductView::active)
                .map(p -> p.family() == null ? "Other" : p.family()).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("countryCodes", unitList.stream().map(UnitView::country).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("filters", new Filters(asOf, family, country, status, join(opened), walletView ? "wallet" : null));
        model.addAttribute("walletView", walletView);
        model.addAttribute("walletBands", WALLET_BANDS);
        model.addAttribute("potentialText", whole.potential() == null ? null : Money.estimate(whole.potential(), currency));
        model.addAttribute("shareText", Money.percent(whole.shareOfWallet()));
        String statusBase = base.replace("view=wallet&", "");
        model.addAttribute("statusViewLink", statusBase + "open=" + join(opened));
        model.addAttribute("walletViewLink", statusBase + "view=wallet&open=" + join(opened));
        model.addAttribute("collapseAll", base + "open=");
        model.addAttribute("levelTwo", base + "open=" + join(levelTwo));
        model.addAttribute("expandAll", base + "open=" + join(all));
        model.addAttribute("unitCount", unitList.size());
        model.addAttribute("allOpen", opened.containsAll(all) && !all.isEmpty());
        return "penetration/matrix";
    }

    /** The side panel of one cell: the pair's sales, opportunities and the people of the unit (or its subtree). */
    @GetMapping("/accounts/{id}/matrix/cell")
    String cell(@PathVariable long id, @RequestParam long unitId, @RequestParam long productId,
            @RequestParam(defaultValue = "false") boolean rolled,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        UnitView unit = units.getUnit(unitId);
        if (unit.accountId() != id) throw new app.prism.web.NotFound("Unit", unitId);
        ProductView product = products.getProduct(productId);
        List<UnitView> unitList = units.unitsOf(id);
        UnitTree tree = new UnitTree(unitList.stream().map(u -> new UnitTree.Link(u.id(), u.parentId())).toList());
        List<Long> members = rolled ? tree.subtree(unitId) : List.of(unitId);
        Map<Long, String> unitNames = unitList.stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
        Matrix.Cell cell = penetration.cell(id, asOf, unitList, tree, unitId, productId, rolled);
        model.addAttribute("account", accounts.getAccount(id));
        model.addAttribute("unit", unit);
        model.addAttribute("product", product);
        model.addAttribute("rolled", rolled);
        model.addAttribute("memberCount", members.size());
        model.addAttribute("cell", cell);
        model.addAttribute("revenueText", Money.format(cell.revenue(), currency));
        model.addAttribute("potentialText", cell.potential() == null ? null : Money.format(cell.potential(), currency));
        model.addAttribute("cellShareText", Money.percent(cell.shareOfWallet()));
        if (!model.containsAttribute("stored")) {
            model.addAttribute("stored", rolled ? null : cellPotentials.findCell(unitId, productId).orElse(null));
        }
        // what the cell would be worth (PRODUCT.md section 4, whitespace value): shown where we do not sell yet, and
        // the value the opportunity form starts from
        BigDecimal worth = cell.status() == CellStatus.BUYING || cell.status() == CellStatus.NOT_APPLICABLE ? null
                : WhitespaceValue.ofCell(cell.potential(), penetration.whitespaceValueByProduct(asOf).get(productId));
        boolean known = worth != null && worth.signum() > 0;
        model.addAttribute("valueText", known ? Money.estimate(worth, currency) : null);
        model.addAttribute("valueSource", cell.potential() != null ? "its potential"
                : product.typicalAnnualValue() != null ? "the product's typical annual value"
                : "what a buying unit typically spends on it in a year");
        model.addAttribute("openValue", known ? worth : product.typicalAnnualValue());
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("sales", penetration.salesHistory(id, members, productId).stream()
                .map(l -> new SaleRow(unitNames.get(l.unitId()), l.date(), Money.format(l.amount(), currency),
                        l.amount().signum() < 0)).toList());
        model.addAttribute("opportunities", penetration.opportunities(id, members, productId));
        // who heard about the product, and logging that they did, belong to exposure: the panel loads that part
        model.addAttribute("panelAsOf", asOf);
        model.addAttribute("heardUrl", "/accounts/" + id + "/exposure/heard?unitId=" + unitId + "&rolled=" + rolled
                + "&productId=" + productId);
        return "penetration/fragments/cell :: panel";
    }

    record SaleRow(String unit, LocalDate date, String amount, boolean credit) {}

    /** From the cell panel: open an opportunity for the pair; the page reloads to show the new status. */
    @org.springframework.web.bind.annotation.PostMapping("/accounts/{id}/matrix/cell/opportunity")
    String openOpportunity(@PathVariable long id, @RequestParam long unitId, @RequestParam long productId,
            @RequestParam String title, @RequestParam(required = false) BigDecimal value,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeDate,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            requireUnitOf(id, unitId);
            opportunities.createOpportunity(new app.prism.sales.NewOpportunity(unitId, productId, title, value,
                    app.prism.sales.Stage.OPEN, closeDate, null, null));
            response.setHeader("HX-Refresh", "true");
            return cell(id, unitId, productId, false, null, model);
        } catch (app.prism.web.Invalid e) {
            model.addAttribute("panelError", describe(e));
            return cell(id, unitId, productId, false, null, model);
        }
    }

    /**
     * From the cell panel: set the cell's potential and competitor (both empty clears them) at the version the panel
     * showed. The panel comes back with the values stored, or with the errors beside the fields; the grid's cell is
     * redrawn out of band so that its share shows at once.
     */
    @org.springframework.web.bind.annotation.PostMapping("/accounts/{id}/matrix/cell/wallet")
    String setWallet(@PathVariable long id, @RequestParam long unitId, @RequestParam long productId,
            @RequestParam(required = false) String potential, @RequestParam(required = false) String competitor,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String view, Model model) {
        requireUnitOf(id, unitId);
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal amount = null;
        if (potential != null && !potential.isBlank()) {
            try {
                amount = new BigDecimal(potential.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                errors.put("potential", "must be an amount, e.g. 25000 or 25000.50");
            }
        }
        if (errors.isEmpty()) {
            try {
                cellPotentials.setCell(unitId, productId, amount, competitor, version, version != null);
                model.addAttribute("walletSaved", true);
            } catch (app.prism.web.Invalid e) {
                e.errors().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
            } catch (org.springframework.dao.OptimisticLockingFailureException | app.prism.web.PreconditionRequired e) {
                errors.put("version", "Someone changed this cell since you opened it: its values are shown again, "
                        + "set yours once more.");
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("walletErrors", errors);
            // after a conflict the panel shows what is stored now; otherwise what the user typed, beside its errors
            if (!errors.containsKey("version")) model.addAttribute("walletInput", new WalletInput(potential, competitor));
        }
        model.addAttribute("asOf", asOf);
        String template = cell(id, unitId, productId, false, asOf, model);
        Matrix.Cell c = (Matrix.Cell) model.getAttribute("cell");
        model.addAttribute("oobCell", cellView(units.getUnit(unitId).name(), products.getProduct(productId), c, false,
                "wallet".equals(view)));
        return template;
    }

    /** What the user typed, shown again beside the errors. */
    record WalletInput(String potential, String competitor) {}

    /** From the cell panel: mark the pair not applicable (the unit can never use the product), with the reason. */
    @org.springframework.web.bind.annotation.PostMapping("/accounts/{id}/matrix/cell/fit-mark")
    String markNotApplicable(@PathVariable long id, @RequestParam long unitId, @RequestParam long productId,
            @RequestParam String reason, Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            requireUnitOf(id, unitId);
            fitMarks.markNotApplicable(new app.prism.sales.NewFitMark(unitId, productId, reason));
            response.setHeader("HX-Refresh", "true");
        } catch (app.prism.web.Invalid | app.prism.web.Conflict e) {
            model.addAttribute("panelError", e instanceof app.prism.web.Invalid i ? describe(i) : e.getMessage());
        }
        return cell(id, unitId, productId, false, null, model);
    }

    @org.springframework.web.bind.annotation.PostMapping("/accounts/{id}/matrix/cell/fit-mark/remove")
    String removeFitMark(@PathVariable long id, @RequestParam long unitId, @RequestParam long productId, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        requireUnitOf(id, unitId);
        fitMarks.deleteFitMark(unitId, productId);
        response.setHeader("HX-Refresh", "true");
        return cell(id, unitId, productId, false, null, model);
    }

    private void requireUnitOf(long accountId, long unitId) {
        if (units.getUnit(unitId).accountId() != accountId) throw new app.prism.web.NotFound("Unit", unitId);
    }

    private static String describe(app.prism.web.Invalid e) {
        return e.errors().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
    }

    record Filters(LocalDate asOf, String family, String country, CellStatus status, String open, String view) {}

    /** A cell of the grid, for the page and for the panel's answer that redraws the cell after a change. */
    private CellView cellView(String unitName, ProductView p, Matrix.Cell c, boolean rolled, boolean walletView) {
        StringBuilder label = new StringBuilder(unitName + " × " + p.name() + ": " + c.status().label());
        if (c.revenue().signum() != 0) label.append(", ").append(Money.format(c.revenue(), currency));
        if (c.potential() != null) {
            label.append(", potential ").append(Money.format(c.potential(), currency)).append(", share of wallet ")
                    .append(Money.percent(c.shareOfWallet()));
        } else if (walletView && c.status() != CellStatus.NOT_APPLICABLE) {
            label.append(", no potential set");
        }
        if (c.competitor() != null) label.append(", competitor ").append(c.competitor());
        boolean flagged = c.flag() != null;
        if (flagged) label.append(". Flag: the potential is below the revenue");
        return new CellView(c.unitId(), p.id(), c.status(), Money.compact(c.revenue()), label.toString(), rolled,
                c.potential() == null ? "—" : Money.percent(c.shareOfWallet()), walletClass(c), flagged);
    }

    /** The share-of-wallet band of a cell: none without a potential (or with a share that cannot be computed). */
    static String walletClass(Matrix.Cell c) {
        if (c.status() == CellStatus.NOT_APPLICABLE) return "w-na";
        BigDecimal share = c.shareOfWallet();
        if (c.potential() == null || share == null) return "w-none";
        if (share.compareTo(new BigDecimal("0.25")) < 0) return "w-0";
        if (share.compareTo(new BigDecimal("0.50")) < 0) return "w-1";
        if (share.compareTo(new BigDecimal("0.75")) < 0) return "w-2";
        return "w-3";
    }

    record PlaceRow(String country, String countryName, String city, long doingBusiness, long notYet) {}

    record UnawareRow(String unit, String product, String title, String value, LocalDate closeDate, String competitor) {}

    /**
     * The Overview's insight block, loaded by htmx: penetration figures, where the units are (doing business or not,
     * by country and city) and the orders lost because the customer did not know we offer the product.
     */
    @GetMapping("/accounts/{id}/penetration-summary")
    String summary(@PathVariable long id, Model model) {
        Matrix matrix = penetration.figures(id, null);
        List<UnitView> unitList = units.unitsOf(id);
        Map<Long, UnitView> unitById = unitList.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        Set<Long> doingBusiness = matrix.units().stream().filter(u -> u.penetration().signum() > 0)
                .map(Matrix.UnitFigure::id).collect(Collectors.toSet());
        Map<String, long[]> byPlace = new java.util.TreeMap<>();
        for (UnitView u : unitList) {
            String key = (u.country() == null ? "~" : u.country()) + "|" + (u.city() == null ? "" : u.city());
            long[] counts = byPlace.computeIfAbsent(key, k -> new long[2]);
            counts[doingBusiness.contains(u.id()) ? 0 : 1]++;
        }
        List<PlaceRow> places = byPlace.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\\|", -1);
            String code = parts[0].equals("~") ? null : parts[0];
            return new PlaceRow(code, code == null ? "Country not set" : app.prism.web.Countries.displayName(code),
                    parts[1].isEmpty() ? "—" : parts[1], e.getValue()[0], e.getValue()[1]);
        }).toList();
        Map<String, long[]> byCountry = new java.util.TreeMap<>();
        places.forEach(p -> {
            long[] c = byCountry.computeIfAbsent(p.country() == null ? "?" : p.country(), k -> new long[2]);
            c[0] += p.doingBusiness();
            c[1] += p.notYet();
        });
        Map<Long, String> productNames = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, p -> p.code() + " " + p.name()));
        var losses = penetration.lostBecauseUnaware(id);
        model.addAttribute("places", places);
        model.addAttribute("chartData", toChartJson(byCountry));
        model.addAttribute("unaware", losses.stream().map(l -> new UnawareRow(
                unitById.containsKey(l.unitId()) ? unitById.get(l.unitId()).name() : "?", productNames.get(l.productId()),
                l.title(), Money.format(l.value(), currency), l.closeDate(), l.competitor())).toList());
        model.addAttribute("unawareTotal", Money.format(losses.stream().map(l -> l.value() == null ? BigDecimal.ZERO : l.value())
                .reduce(BigDecimal.ZERO, BigDecimal::add), currency));
        model.addAttribute("account", accounts.getAccount(id));
        model.addAttribute("summary", matrix.summary());
        model.addAttribute("penetrationText", Money.percent(matrix.summary().penetration()));
        model.addAttribute("whitespaceValueText", Money.estimate(matrix.summary().whitespaceValue(), currency));
        model.addAttribute("asOf", matrix.asOf());
        // the Wallet card: the account's potential, our share of it, and who holds the rest
        Matrix.Summary sum = matrix.summary();
        model.addAttribute("walletPotential", sum.potential() == null ? null : Money.estimate(sum.potential(), currency));
        model.addAttribute("walletShare", Money.percent(sum.shareOfWallet()));
        model.addAttribute("competitors", matrix.competitors().stream().limit(5)
                .map(c -> new CompetitorRow(c.name(), c.cells(), Money.estimate(c.held(), currency),
                        Money.estimate(c.potential(), currency))).toList());
        model.addAttribute("competitorCount", matrix.competitors().size());
        return "penetration/fragments/summary :: summary";
    }

    record CompetitorRow(String name, long cells, String held, String potential) {}

        /** The chart's data as JSON for a data- attribute (the page's script draws it; no inline script under the CSP). */
    private static String toChartJson(Map<String, long[]> byCountry) {
        StringBuilder b = new StringBuilder("{\"countries\":[");
        String sep = "";
        for (String c : byCountry.keySet()) { b.append(sep).append('"').append(c).append('"'); sep = ","; }
        b.append("],\"doing\":[");
        sep = "";
        for (long[] v : byCountry.values()) { b.append(sep).append(v[0]); sep = ","; }
        b.append("],\"notYet\":[");
        sep = "";
        for (long[] v : byCountry.values()) { b.append(sep).append(v[1]); sep = ","; }
        return b.append("]}").toString();
    }

    private static Set<Long> parseOpen(String open, Set<Long> known) {
        Set<Long> ids = new HashSet<>();
        if (open == null || open.isBlank()) return ids;
        Arrays.stream(open.split(",")).map(String::strip).filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf)
                .filter(known::contains).forEach(ids::add);
        return ids;
    }

    private static String join(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String place(UnitView u) {
        if (u.city() != null && u.country() != null) return u.city() + ", " + u.country();
        return u.city() != null ? u.city() : (u.country() != null ? u.country() : "");
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
