package app.prism.sales;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.web.Audit;
import app.prism.web.DataRevision;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PreconditionRequired;
import app.prism.web.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Potentials and competitors per (unit, product) cell (PRODUCT.md section 4, share of wallet), set by hand or imported.
 * A fit-marked cell carries no potential; a cell with neither a potential nor a competitor is not stored.
 */
@Service
public class CellPotentialService {

    private static final String COLUMNS =
            "id, account_id, unit_id, product_id, potential, competitor, version, updated_at";

    private final JdbcClient jdbc;
    private final UnitService units;
    private final ProductService products;
    private final AccountService accounts;
    private final FitMarkRepository fitMarks;
    private final DataRevision revision;

    CellPotentialService(JdbcClient jdbc, UnitService units, ProductService products, AccountService accounts,
            FitMarkRepository fitMarks, DataRevision revision) {
        this.jdbc = jdbc;
        this.units = units;
        this.products = products;
        this.accounts = accounts;
        this.fitMarks = fitMarks;
        this.revision = revision;
    }

    /** The cells of the account that have a potential or a competitor. */
    public List<CellPotential> cellsOfAccount(long accountId) {
        accounts.requireVisible(accountId);
        return jdbc.sql("select " + COLUMNS + " from cell_potential where account_id = :a order by unit_id, product_id")
                .param("a", accountId).query(CellPotential.class).list();
    }

    public Optional<CellPotential> findCell(long unitId, long productId) {
        units.getUnit(unitId);
        return jdbc.sql("select " + COLUMNS + " from cell_potential where unit_id = :u and product_id = :p")
                .param("u", unitId).param("p", productId).query(CellPotential.class).optional();
    }

    public Optional<CellPotential> findCell(long id) {
        Optional<CellPotential> cell = jdbc.sql("select " + COLUMNS + " from cell_potential where id = :id")
                .param("id", id).query(CellPotential.class).optional();
        cell.ifPresent(c -> accounts.requireVisible(c.accountId()));
        return cell;
    }

    /**
     * Sets the cell's potential and competitor (both null: the cell is cleared). {@code expectedVersion}, when given,
     * must be the stored cell's. Returns the cell as stored, empty once cleared.
     */
    @Transactional
    public Optional<CellPotential> setCell(long unitId, long productId, BigDecimal potential, String competitor,
            Long expectedVersion) {
        return setCell(unitId, productId, potential, competitor, expectedVersion, true);
    }

    /**
     * As above, for a client that must name the version of a stored cell ({@code versionNamed} false: it gave neither
     * a version nor If-Match) — 428 then, unless the cell does not exist yet.
     */
    @Transactional
    public Optional<CellPotential> setCell(long unitId, long productId, BigDecimal potential, String competitor,
            Long expectedVersion, boolean versionNamed) {
        UnitView unit = units.getUnit(unitId);
        if (products.findProducts(List.of(productId)).isEmpty()) throw Invalid.field("productId", "unknown product "
                + productId);
        String c = Texts.trimToNull(competitor);
        if (c != null && c.length() > 200) throw Invalid.field("competitor", "is longer than 200 characters");
        BigDecimal p = potential;
        if (p != null) {
            if (p.signum() < 0) throw Invalid.field("potential", "must be 0 or more");
            if (p.scale() > 2) throw Invalid.field("potential", "at most 2 decimals");
            if (p.precision() - p.scale() > 17) throw Invalid.field("potential", "is too large");
            p = p.setScale(2, RoundingMode.UNNECESSARY);
            if (fitMarks.countForCell(unitId, productId) > 0) {
                throw Invalid.field("potential", "the unit is marked not applicable for this product: a fit-marked "
                        + "cell carries no potential");
            }
        }
        Optional<CellPotential> existing = jdbc.sql("select " + COLUMNS
                        + " from cell_potential where unit_id = :u and product_id = :p")
                .param("u", unitId).param("p", productId).query(CellPotential.class).optional();
        // a new cell has no version to name; changing a stored one must name the version read
        if (!versionNamed && existing.isPresent()) throw PreconditionRequired.versionNeeded();
        if (expectedVersion != null && existing.isPresent() && existing.get().version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("stale cell");
        }
        var now = Audit.now();
        if (p == null && c == null) {
            existing.ifPresent(e -> jdbc.sql("delete from cell_potential where id = :id").param("id", e.id()).update());
        } else if (existing.isPresent()) {
            int n = jdbc.sql("""
                    update cell_potential set potential = :p, competitor = :c, version = version + 1, updated_at = :now,
                           updated_by = :by where id = :id and version = :v""")
                    .param("p", p).param("c", c).param("now", now).param("by", Audit.actor())
                    .param("id", existing.get().id()).param("v", existing.get().version()).update();
            if (n != 1) throw new org.springframework.dao.OptimisticLockingFailureException("stale cell");
        } else {
            jdbc.sql("""
                    insert into cell_potential (account_id, unit_id, product_id, potential, competitor, version,
                                                created_at, created_by, updated_at, updated_by)
                    values (:a, :u, :pr, :p, :c, 0, :now, :by, :now, :by)""")
                    .param("a", unit.accountId()).param("u", unitId).param("pr", productId).param("p", p)
                    .param("c", c).param("now", now).param("by", Audit.actor()).update();
        }
        revision.bumpAccount(unit.accountId());
        return jdbc.sql("select " + COLUMNS + " from cell_potential where unit_id = :u and product_id = :p")
                .param("u", unitId).param("p", productId).query(CellPotential.class).optional();
    }

    /** Removes a stored cell by id (an import's undo). */
    @Transactional
    public void deleteCell(long id) {
        CellPotential c = findCell(id).orElseThrow(() -> new NotFound("Cell", id));
        jdbc.sql("delete from cell_potential where id = :id").param("id", c.id()).update();
        revision.bumpAccount(c.accountId());
    }
}
