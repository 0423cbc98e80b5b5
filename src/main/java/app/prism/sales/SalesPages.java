package app.prism.sales;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's Sales tab: upload a CSV, see a preview (the first lines and every problem, with row numbers),
 * import it, and browse the account's recent sales.
 */
@Controller
class SalesPages {

    static final int PREVIEW_LINES = 20;

    private final SalesService sales;
    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;
    private final String currency;

    SalesPages(SalesService sales, AccountService accounts, UnitService units, ProductService products,
            @Value("${prism.currency:EUR}") String currency) {
        this.sales = sales;
        this.accounts = accounts;
        this.units = units;
        this.products = products;
        this.currency = currency;
    }

    @GetMapping("/accounts/{id}/sales")
    String sales(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        AccountView account = accounts.getAccount(id);
        model.addAttribute("account", account);
        model.addAttribute("tab", "sales");
        model.addAttribute("currency", currency);
        model.addAttribute("sales", sales.listSales(id, null, null, null, null,
                PageQuery.of(page == null || page < 0 ? 0 : page, 25, null)));
        model.addAttribute("unitsById", units.unitsOf(id).stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity())));
        model.addAttribute("productsById", products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity())));
        model.addAttribute("maxErrors", SalesService.MAX_ERRORS);
        return "sales/sales";
    }

    /** Keeps the file in a temporary file, checks all of it, and shows what an import would store. */
    @PostMapping("/accounts/{id}/sales/preview")
    String preview(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session, Model model) throws IOException {
        accounts.requireVisible(id);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a CSV file with a header row.");
            return sales(id, null, model);
        }
        Path temp = Files.createTempFile("prism-sales-", ".csv");
        file.transferTo(temp);
        SalesPreview preview;
        try (InputStream in = Files.newInputStream(temp); SalesCsv rows = SalesCsv.open(in, true)) {
            preview = sales.previewSales(rows, id, PREVIEW_LINES);
        } catch (Invalid e) {
            preview = new SalesPreview(0, List.of(), e.errors(), false);
        }
        String filename = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        if (preview.importable()) {
            forgetUploads(session);
            String token = UUID.randomUUID().toString();
            session.setAttribute(PendingUpload.attribute(token), new PendingUpload(id, temp, filename, preview.rows()));
            model.addAttribute("token", token);
        } else {
            PendingUpload.delete(temp);
        }
        model.addAttribute("preview", preview);
        model.addAttribute("filename", filename);
        return sales(id, null, model);
    }

    /** Imports the previewed file in one transaction; htmx gets the refreshed tab content, a plain form a redirect. */
    @PostMapping("/accounts/{id}/sales/import")
    String importUpload(@PathVariable long id, @RequestParam String token, HttpSession session,
            HttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
        accounts.requireVisible(id);
        String attribute = PendingUpload.attribute(token);
        PendingUpload upload = session.getAttribute(attribute) instanceof PendingUpload u && u.accountId() == id ? u
                : null;
        if (upload == null || !Files.exists(upload.file())) {
            model.addAttribute("importProblem", "That upload is no longer available; choose the file again.");
            return FormErrors.isHtmx(request) ? content(id, model) : sales(id, null, model);
        }
        try (InputStream in = Files.newInputStream(upload.file()); SalesCsv rows = SalesCsv.open(in, true)) {
            long stored = sales.importSales(rows, id);
            String notice = String.format("%,d sales line(s) from %s stored.", stored, upload.filename());
            if (!FormErrors.isHtmx(request)) {
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/accounts/" + id + "/sales";
            }
            model.addAttribute("importResult", notice);
        } catch (Invalid e) {
            // the data changed since the preview (a unit deleted, say): show the problems, store nothing
            model.addAttribute("preview", new SalesPreview(upload.rows(), List.of(), e.errors(), false));
            model.addAttribute("filename", upload.filename());
        } finally {
            session.removeAttribute(attribute);
        }
        return FormErrors.isHtmx(request) ? content(id, model) : sales(id, null, model);
    }

    private String content(long id, Model model) {
        sales(id, null, model);
        return "sales/sales :: content";
    }

    /** One pending upload per session: a new preview replaces (and deletes) the previous file. */
    private static void forgetUploads(HttpSession session) {
        for (String name : Collections.list(session.getAttributeNames())) {
            if (name.startsWith(PendingUpload.PREFIX)) session.removeAttribute(name);
        }
    }

    static Map<Long, UnitView> byId(List<UnitView> units) {
        return units.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
    }
}
