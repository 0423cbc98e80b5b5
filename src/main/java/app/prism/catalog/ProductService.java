package app.prism.catalog;

import app.prism.identity.CurrentUser;
import app.prism.web.Conflict;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product catalogue. Everyone reads it; managers and administrators change it. Products are never deleted
 * (sales refer to them): a product we stop selling is made inactive.
 */
@Service
public class ProductService {

    private final ProductRepository products;
    private final CurrentUser currentUser;
    private final app.prism.web.DataRevision revision;

    ProductService(ProductRepository products, CurrentUser currentUser, app.prism.web.DataRevision revision) {
        this.revision = revision;
        this.products = products;
        this.currentUser = currentUser;
    }

    public Paged<ProductView> listProducts(PageQuery page, boolean activeOnly, String sort) {
        return new Paged<>(products.page(page, activeOnly, orderBy(sort)), page.page(), page.size(),
                products.total(page, activeOnly));
    }

    /** The catalogue as last read, under the database-wide revision it was read at (every product change moves it). */
    private record Catalogue(long revision, List<ProductView> products) {}

    private volatile Catalogue catalogue;

    /**
     * The whole catalogue, by family then code. Kept while the database-wide revision stands, since every matrix asks
     * for it (a digest over every user's accounts asked thousands of times); read again inside a transaction that
     * has written, and after any product change on any instance.
     */
    public List<ProductView> allProducts() {
        if (revision.writtenInThisTransaction()) return products.all();
        // the revision first: a change committed between the two reads is then only read too early, never kept too long
        long current = revision.current();
        Catalogue known = catalogue;
        if (known != null && known.revision() == current) return known.products();
        List<ProductView> all = List.copyOf(products.all());
        catalogue = new Catalogue(current, all);
        return all;
    }

    public ProductView getProduct(long id) {
        return products.findById(id).orElseThrow(() -> new NotFound("Product", id));
    }

    public Optional<ProductView> findByCode(String code) {
        return products.findByCode(code);
    }

    public Map<Long, ProductView> findProducts(Collection<Long> ids) {
        return products.findAllById(ids).stream().collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    @Transactional
    public ProductView createProduct(NewProduct input) {
        requireManager();
        String code = input.code().strip();
        if (products.codeTaken(code, -1)) throw new Conflict("A product with code '" + code + "' already exists.");
        String externalId = Texts.trimToNull(input.externalId());
        requireExternalIdFree(externalId, -1);
        long id = products.insert(code, input.name().strip(), Texts.trimToNull(input.family()),
                input.active() == null || input.active(), money(input.typicalAnnualValue()), externalId);
        revision.bump();
        return getProduct(id);
    }

    @Transactional
    public ProductView updateProduct(long id, Patch<ProductPatch> patch, Long expectedVersion) {
        requireManager();
        ProductView row = getProduct(id);
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw new OptimisticLockingFailureException("stale product");
        }
        ProductPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("code", p.code(), problems);
        patch.requireNotBlank("name", p.name(), problems);
        if (patch.has("active") && p.active() == null) problems.add(new Invalid.FieldProblem("active", "must not be null"));
        if (!problems.isEmpty()) throw new Invalid(problems);
        String code = patch.has("code") ? p.code().strip() : row.code();
        if (products.codeTaken(code, id)) throw new Conflict("A product with code '" + code + "' already exists.");
        String externalId = patch.has("externalId") ? Texts.trimToNull(p.externalId()) : row.externalId();
        requireExternalIdFree(externalId, id);
        boolean ok = products.update(id, row.version(), code, patch.has("name") ? p.name().strip() : row.name(),
                patch.has("family") ? Texts.trimToNull(p.family()) : row.family(),
                patch.has("active") ? p.active() : row.active(),
                patch.has("typicalAnnualValue") ? money(p.typicalAnnualValue()) : row.typicalAnnualValue(),
                externalId);
        if (!ok) throw new OptimisticLockingFailureException("stale product");
        revision.bump();
        return getProduct(id);
    }

    public Optional<ProductView> findByExternalId(String externalId) {
        return externalId == null ? Optional.empty() : products.findByExternalId(externalId);
    }

    /**
     * Deletes a product that nothing refers to any more: only to undo an import that created it (products otherwise
     * stay, inactive, because sales refer to them). A product still in use fails on its foreign keys.
     */
    @Transactional
    public void deleteUnusedProduct(long id) {
        requireManager();
        getProduct(id);
        products.delete(id);
        revision.bump();
    }

    private void requireExternalIdFree(String externalId, long exceptId) {
        if (products.externalIdTaken(externalId, exceptId)) {
            throw new Conflict("Another product already has external id '" + externalId + "'.");
        }
    }

    public boolean isKnownSort(String sort) {
        return sort != null && ProductRepository.SORTS.containsKey(sort.startsWith("-") ? sort.substring(1) : sort);
    }

    static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) return "lower(coalesce(family, '')), code_key";
        boolean descending = sort.startsWith("-");
        String column = ProductRepository.SORTS.get(descending ? sort.substring(1) : sort);
        if (column == null) {
            throw Invalid.field("sort", "must be one of " + new TreeSet<>(ProductRepository.SORTS.keySet())
                    + ", optionally prefixed with '-'");
        }
        return column + (descending ? " desc" : " asc");
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private void requireManager() {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators change the product catalogue.");
        }
    }
}
