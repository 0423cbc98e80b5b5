package app.prism.catalog;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/products")
class ProductsApi {

    private final ProductService products;
    private final PatchReader patches;

    ProductsApi(ProductService products, PatchReader patches) {
        this.products = products;
        this.patches = patches;
    }

    @GetMapping
    Paged<ProductView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean activeOnly) {
        return products.listProducts(PageQuery.of(page, size, q), activeOnly, sort);
    }

    @PostMapping
    ResponseEntity<ProductView> create(@Valid @RequestBody NewProduct input) {
        ProductView created = products.createProduct(input);
        return ApiResponses.created("/api/v1/products/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<ProductView> get(@PathVariable long id) {
        ProductView product = products.getProduct(id);
        return ApiResponses.versioned(product, product.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<ProductView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<ProductPatch> patch = patches.read(body, ProductPatch.class);
        ProductView updated = products.updateProduct(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }
}
