package app.prism.sales;

import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw sales rows into resolved lines for one request, with its own caches: the first row naming a unit loads
 * every unit of that unit's account in one query (through {@link UnitService}, which applies the access rule), and the
 * first row naming a product loads the catalogue once; an unknown or invisible unit is remembered as unknown. So a
 * million rows cost a handful of queries, never one per row. A unit the caller may not see is reported exactly like a
 * unit that does not exist.
 */
final class SaleResolver {

    /** A line ready to store, with the unit and product it names (for previews). */
    record SaleLine(long row, UnitView unit, ProductView product, LocalDate date, BigDecimal amount, BigDecimal cost) {}

    private final UnitService units;
    private final ProductService products;
    private final Long onlyAccountId;
    private final Map<Long, UnitView> unitById = new HashMap<>();
    private final Map<Long, Map<String, UnitView>> unitByExternalId = new HashMap<>();
    /** Units by name key per account; a name that several units share maps to null (ambiguous). */
    private final Map<Long, Map<String, UnitView>> unitByName = new HashMap<>();
    private final Set<Long> loadedAccounts = new HashSet<>();
    private Map<Long, ProductView> productById;
    private Map<String, ProductView> productByCode;
    private Map<String, ProductView> productByExternalId;
    private Map<String, ProductView> productByName;

    /** {@code onlyAccountId}: when set, rows must name units of that account (the account page's upload). */
    SaleResolver(UnitService units, ProductService products, Long onlyAccountId) {
        this.units = units;
        this.products = products;
        this.onlyAccountId = onlyAccountId;
    }

    /** The resolved line, or null after adding each problem of the row to {@code problems}. */
    SaleLine resolve(SaleRow r, List<Invalid.FieldProblem> problems) {
        String row = "row " + r.number();
        if (r.problem() != null) {
            problems.add(new Invalid.FieldProblem(row, r.problem()));
            return null;
        }
        int before = problems.size();
        UnitView unit = unit(r, row, problems);
        ProductView product = product(r, row, problems);
        LocalDate date = SaleLineRule.date(r.date(), m -> problems.add(new Invalid.FieldProblem(row + ".date", m)));
        BigDecimal amount = SaleLineRule.money(r.amount(), true,
                m -> problems.add(new Invalid.FieldProblem(row + ".amount", m)));
        BigDecimal cost = SaleLineRule.money(r.cost(), false,
                m -> problems.add(new Invalid.FieldProblem(row + ".cost", m)));
        if (problems.size() > before) return null;
        return new SaleLine(r.number(), unit, product, date, amount, cost);
    }

    private UnitView unit(SaleRow r, String row, List<Invalid.FieldProblem> problems) {
        Long accountId = null;
        if (!SaleLineRule.isBlank(r.accountId())) {
            accountId = SaleLineRule.id(r.accountId(), m -> problems.add(new Invalid.FieldProblem(row + ".accountId", m)));
            if (accountId == null) return null;
        }
        UnitView unit;
        if (!SaleLineRule.isBlank(r.unitId())) {
            Long id = SaleLineRule.id(r.unitId(), m -> problems.add(new Invalid.FieldProblem(row + ".unitId", m)));
            if (id == null) return null;
            unit = unitById(id);
            if (unit == null || (accountId != null && unit.accountId() != accountId)) {
                // worded without the internal account id, which no page shows (the Units tab lists each unit's ids)
                problems.add(new Invalid.FieldProblem(row + ".unitId", "unknown unit " + id
                        + (accountId == null ? "" : " in the account given on this row")));
                return null;
            }
        } else if (!SaleLineRule.isBlank(r.unitExternalId())) {
            if (accountId == null) accountId = onlyAccountId;
            if (accountId == null) {
                problems.add(new Invalid.FieldProblem(row + ".accountId", "is required with unitExternalId"));
                return null;
            }
            String externalId = r.unitExternalId().strip();
            unit = unitsOf(accountId).get(externalId);
            if (unit == null) {
                // a spreadsheet names the unit as people do: by its external id, else by its name
                String key = externalId.toLowerCase(Locale.ROOT);
                Map<String, UnitView> named = unitByName.getOrDefault(accountId, Map.of());
                unit = named.get(key);
                if (unit == null) {
                    problems.add(new Invalid.FieldProblem(row + ".unitExternalId", named.containsKey(key)
                            ? "several units of this account are named '" + SaleLineRule.clip(externalId)
                                    + "'; name it by its external id"
                            : "unknown unit '" + SaleLineRule.clip(externalId) + "' in this account"));
                    return null;
                }
            }
        } else {
            problems.add(new Invalid.FieldProblem(row + ".unitId", "is required (or unitExternalId with accountId)"));
            return null;
        }
        if (onlyAccountId != null && unit.accountId() != onlyAccountId) {
            problems.add(new Invalid.FieldProblem(row + ".unitId", "unit " + unit.id() + " (" + SaleLineRule.clip(unit.name()) + ") is not a unit of this account"));
            return null;
        }
        return unit;
    }

    private ProductView product(SaleRow r, String row, List<Invalid.FieldProblem> problems) {
        if (!SaleLineRule.isBlank(r.productId())) {
            Long id = SaleLineRule.id(r.productId(), m -> problems.add(new Invalid.FieldProblem(row + ".productId", m)));
            if (id == null) return null;
            ProductView product = catalogue().get(id);
            if (product == null) problems.add(new Invalid.FieldProblem(row + ".productId", "unknown product " + id));
            return product;
        }
        if (!SaleLineRule.isBlank(r.productCode())) {
            catalogue();
            String key = r.productCode().strip().toLowerCase(Locale.ROOT);
            ProductView product = productByCode.get(key);
            if (product == null) product = productByExternalId.get(r.productCode().strip());
            if (product == null) product = productByName.get(key);
            if (product == null) {
                problems.add(new Invalid.FieldProblem(row + ".productCode",
                        "unknown product '" + SaleLineRule.clip(r.productCode()) + "'"));
            }
            return product;
        }
        problems.add(new Invalid.FieldProblem(row + ".productId", "is required (or productCode)"));
        return null;
    }

    private UnitView unitById(long id) {
        if (unitById.containsKey(id)) return unitById.get(id);
        try {
            UnitView unit = units.getUnit(id);
            unitsOf(unit.accountId());
            unitById.putIfAbsent(id, unit);
        } catch (NotFound e) {
            unitById.put(id, null);
        }
        return unitById.get(id);
    }

    /** All units of the account by external id, loaded once; empty when the account is unknown or not visible. */
    private Map<String, UnitView> unitsOf(long accountId) {
        if (loadedAccounts.add(accountId)) {
            Map<String, UnitView> byExternalId = new HashMap<>();
            Map<String, UnitView> byName = new HashMap<>();
            unitByName.put(accountId, byName);
            try {
                for (UnitView u : units.unitsOf(accountId)) {
                    unitById.put(u.id(), u);
                    if (u.externalId() != null) byExternalId.put(u.externalId(), u);
                    String key = u.name().toLowerCase(Locale.ROOT);
                    byName.put(key, byName.containsKey(key) ? null : u);
                }
            } catch (NotFound e) {
                // an account the caller may not see has no units for them
            }
            unitByExternalId.put(accountId, byExternalId);
        }
        return unitByExternalId.get(accountId);
    }

    private Map<Long, ProductView> catalogue() {
        if (productById == null) {
            productById = new HashMap<>();
            productByCode = new HashMap<>();
            productByExternalId = new HashMap<>();
            productByName = new HashMap<>();
            for (ProductView p : products.allProducts()) {
                productById.put(p.id(), p);
                productByCode.put(p.code().toLowerCase(Locale.ROOT), p);
                if (p.externalId() != null) productByExternalId.put(p.externalId(), p);
                productByName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
            }
        }
        return productById;
    }
}
