package app.prism.catalog;

import app.prism.web.Conflict;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import app.prism.web.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
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

/** The product catalogue page. */
@Controller
class ProductPages {

    record ProductForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
            message = "letters, digits, '.', '_' and '-' only") String code, @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String family, Boolean active,
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 17, fraction = 2, message = "at most 2 decimals") BigDecimal typicalAnnualValue,
            Long version) {}

    private final ProductService products;
    private final String currency;

    ProductPages(ProductService products, @Value("${prism.currency:EUR}") String currency) {
        this.products = products;
        this.currency = currency;
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, Model model) {
        String safeSort = products.isKnownSort(sort) ? sort : null;
        model.addAttribute("products", products.listProducts(PageQuery.of(page, 50, q), false, safeSort));
        model.addAttribute("q", q);
        model.addAttribute("sort", safeSort);
        model.addAttribute("currency", currency);
        if (!model.containsAttribute("productForm")) model.addAttribute("productForm", new ProductForm("", "", "", true, null, null));
        return "catalog/products";
    }

    @PostMapping("/products")
    String create(@Valid @ModelAttribute("productForm") ProductForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ProductView created = products.createProduct(new NewProduct(form.code(), form.name(), form.family(),
                        form.active() == null || form.active(), form.typicalAnnualValue()));
                redirect.addFlashAttribute("notice", created.code() + " added to the catalogue.");
                return "redirect:/products";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (Conflict e) {
                result.rejectValue("code", "taken", e.getMessage());
            }
        }
        return list(null, null, null, model);
    }

    @GetMapping("/products/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ProductView product = products.getProduct(id);
        model.addAttribute("product", product);
        model.addAttribute("currency", currency);
        if (!model.containsAttribute("productForm")) {
            model.addAttribute("productForm", new ProductForm(product.code(), product.name(), product.family(),
                    product.active(), product.typicalAnnualValue(), product.version()));
        }
        return "catalog/product-edit";
    }

    @PostMapping("/products/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("productForm") ProductForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                products.updateProduct(id, Patch.of(new ProductPatch(form.code(), form.name(), form.family(),
                        form.active() != null && form.active(), form.typicalAnnualValue(), form.version()),
                        Set.of("code", "name", "family", "active", "typicalAnnualValue")), form.version());
                redirect.addFlashAttribute("notice", "Saved.");
                return "redirect:/products";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (Conflict e) {
                result.rejectValue("code", "taken", e.getMessage());
            } catch (OptimisticLockingFailureException e) {
                result.reject("stale", "Someone else changed this product meanwhile; reload to see their change.");
            }
        }
        return edit(id, model);
    }
}
