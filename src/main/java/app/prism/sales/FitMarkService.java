package app.prism.sales;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.catalog.ProductService;
import app.prism.identity.AccountAccess;
import app.prism.web.Conflict;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fit marks: (unit, product) pairs that can never apply, each with its reason; at most one per pair. */
@Service
public class FitMarkService {

    private final FitMarkRepository fitMarks;
    private final UnitService units;
    private final ProductService products;
    private final AccountService accounts;
    private final AccountAccess access;
    private final app.prism.web.DataRevision revision;

    FitMarkService(FitMarkRepository fitMarks, UnitService units, ProductService products, AccountService accounts,
            AccountAccess access, app.prism.web.DataRevision revision) {
        this.fitMarks = fitMarks;
        this.revision = revision;
        this.units = units;
        this.products = products;
        this.accounts = accounts;
        this.access = access;
    }

    public Paged<FitMarkView> listFitMarks(Long accountId, Long unitId, PageQuery page) {
        if (unitId != null) units.getUnit(unitId);
        if (accountId != null) accounts.requireVisible(accountId);
        var visible = unitId == null && accountId == null ? accounts.visibleAccountIds().orElse(null) : null;
        return new Paged<>(fitMarks.page(accountId, unitId, visible, page), page.page(), page.size(),
                fitMarks.total(accountId, unitId, visible));
    }

    public FitMarkView getFitMark(long id) {
        var mark = fitMarks.findById(id).orElseThrow(() -> new NotFound("Fit mark", id));
        access.requireVisibleOr404(mark.accountId(), "Fit mark", id);
        return mark;
    }

    @Transactional
    public FitMarkView markNotApplicable(NewFitMark input) {
        Cell cell = Cell.resolve(units, products, input.unitId(), input.productId());
        fitMarks.find(cell.unit().id(), cell.product().id()).ifPresent(existing -> {
            throw new Conflict("Product " + cell.product().code() + " is already marked not applicable for unit '"
                    + cell.unit().name() + "' (fit mark " + existing.id() + ").");
        });
        long id = fitMarks.insert(cell.unit().accountId(), cell.unit().id(), cell.product().id(),
                input.reason().strip());
        revision.bumpAccount(cell.unit().accountId());
        return getFitMark(id);
    }

    @Transactional
    public void deleteFitMark(long id) {
        long accountId = getFitMark(id).accountId();
        fitMarks.delete(id);
        revision.bumpAccount(accountId);
    }

    /** Removes the mark of the pair; 404 when the pair has none or the unit is not visible. */
    @Transactional
    public void deleteFitMark(long unitId, long productId) {
        long accountId = units.getUnit(unitId).accountId();
        var mark = fitMarks.find(unitId, productId)
                .orElseThrow(() -> new NotFound("Fit mark for unit " + unitId + " and product", productId));
        fitMarks.delete(mark.id());
        revision.bumpAccount(accountId);
    }
}
