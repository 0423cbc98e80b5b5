package app.prism.exposure;

import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.Invalid;
import app.prism.web.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports: orders lost because the customer did not know we offer the product. */
@Controller
class ReportPages {

    private final UnawareReports reports;
    private final ProductService products;
    private final String currency;

    ReportPages(UnawareReports reports, ProductService products, @Value("${prism.currency:EUR}") String currency) {
        this.reports = reports;
        this.products = products;
        this.currency = currency;
    }

    @GetMapping("/reports/lost-unaware")
    String lostUnaware(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        UnawareReport report;
        try {
            report = reports.report(from, to);
        } catch (Invalid e) {
            model.addAttribute("problem", "The start date must be on or before the end date; showing the last twelve months.");
            report = reports.report(null, null);
        }
        Map<Long, ProductView> productsById = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        model.addAttribute("report", report);
        model.addAttribute("accountNames", reports.accountNames(report));
        model.addAttribute("productsById", productsById);
        model.addAttribute("currency", currency);
        model.addAttribute("valueText", Money.format(report.value().subtract(report.disputedValue()), currency));
        model.addAttribute("disputedValueText", Money.format(report.disputedValue(), currency));
        model.addAttribute("chartData", chartJson(report));
        // every money figure of the page, formatted once: buckets by kind and key, losses by opportunity id
        Map<String, String> money = new java.util.HashMap<>();
        report.byProduct().forEach(b -> money.put("p" + b.key(), Money.format(b.value(), currency)));
        report.byAccount().forEach(b -> money.put("a" + b.key(), Money.format(b.value(), currency)));
        report.losses().forEach(l -> money.put("o" + l.opportunityId(), Money.format(l.value(), currency)));
        model.addAttribute("money", money);
        return "exposure/unaware-report";
    }

    private static String chartJson(UnawareReport r) {
        String months = r.byMonth().stream().map(b -> "\"" + b.key() + "\"").collect(Collectors.joining(","));
        String values = r.byMonth().stream().map(b -> b.value().toPlainString()).collect(Collectors.joining(","));
        String counts = r.byMonth().stream().map(b -> String.valueOf(b.count())).collect(Collectors.joining(","));
        return "{\"months\":[" + months + "],\"values\":[" + values + "],\"counts\":[" + counts + "]}";
    }
}
