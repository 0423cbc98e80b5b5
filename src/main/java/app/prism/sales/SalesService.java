package app.prism.sales;

import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.Audit;
import app.prism.web.Invalid;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records sales lines, all or nothing: a batch with one bad line stores nothing and names every bad row. */
@Service
public class SalesService {

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final ProductService products;
    private final app.prism.web.DataRevision revision;

    SalesService(JdbcTemplate jdbc, UnitService units, ProductService products, app.prism.web.DataRevision revision) {
        this.revision = revision;
        this.jdbc = jdbc;
        this.units = units;
        this.products = products;
    }

    /** Stores the lines in one transaction and returns how many were stored. Rows are numbered from 1. */
    @Transactional
    public int recordSales(List<NewSale> lines) {
        Map<Long, UnitView> unitById = new HashMap<>();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        Map<Long, ProductView> productById = products.findProducts(new LinkedHashSet<>(
                lines.stream().map(NewSale::productId).filter(java.util.Objects::nonNull).toList()));
        for (int i = 0; i < lines.size(); i++) {
            NewSale line = lines.get(i);
            String row = "row " + (i + 1);
            if (line.unitId() == null || line.productId() == null || line.date() == null || line.amount() == null) {
                problems.add(new Invalid.FieldProblem(row, "unitId, productId, date and amount are required"));
                continue;
            }
            UnitView unit = unitById.computeIfAbsent(line.unitId(), id -> {
                try {
                    return units.getUnit(id);
                } catch (app.prism.web.NotFound e) {
                    return null;
                }
            });
            if (unit == null) problems.add(new Invalid.FieldProblem(row + ".unitId", "unknown unit " + line.unitId()));
            if (!productById.containsKey(line.productId())) {
                problems.add(new Invalid.FieldProblem(row + ".productId", "unknown product " + line.productId()));
            }
            if (line.amount().scale() > 2) problems.add(new Invalid.FieldProblem(row + ".amount", "at most 2 decimals"));
            if (line.cost() != null && line.cost().scale() > 2) {
                problems.add(new Invalid.FieldProblem(row + ".cost", "at most 2 decimals"));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        Timestamp now = Timestamp.from(Audit.now().toInstant());
        String by = Audit.actor();
        jdbc.batchUpdate("""
                insert into sale (account_id, unit_id, product_id, sale_date, amount, cost, version, created_at,
                                  created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", lines, 1000, (ps, line) -> {
            ps.setLong(1, unitById.get(line.unitId()).accountId());
            ps.setLong(2, line.unitId());
            ps.setLong(3, line.productId());
            ps.setDate(4, Date.valueOf(line.date()));
            ps.setBigDecimal(5, line.amount().setScale(2, RoundingMode.UNNECESSARY));
            ps.setBigDecimal(6, line.cost() == null ? null : line.cost().setScale(2, RoundingMode.UNNECESSARY));
            ps.setTimestamp(7, now);
            ps.setString(8, by);
            ps.setTimestamp(9, now);
            ps.setString(10, by);
        });
        revision.bump();
        return lines.size();
    }
}
