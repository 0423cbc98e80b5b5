package app.prism.insight;

import app.prism.identity.CurrentUser;
import app.prism.web.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reports → "How good are our suggestions?": the back-test table, a chart over cut-offs, the accounts missed most. */
@Controller
class InsightPages {

    static final String[] COLOURS = {"#7c3aed", "#2563eb", "#d97706", "#059669", "#dc2626", "#6b7280"};
    static final int WIDTH = 640, HEIGHT = 220, LEFT = 44, RIGHT = 40, TOP = 12, BOTTOM = 28;

    private final InsightService insight;
    private final CurrentUser currentUser;
    private final String currency;

    InsightPages(InsightService insight, CurrentUser currentUser, @Value("${prism.currency:EUR}") String currency) {
        this.insight = insight;
        this.currentUser = currentUser;
        this.currency = currency;
    }

    /** A line of the chart: a ranking's figure at each cut-off, as SVG points, and where each dot sits. */
    record Line(String key, String label, String colour, String points, List<double[]> dots) {}

    /** A tick on the chart's horizontal axis: a cut-off date, written as the reader's locale writes dates. */
    record Tick(double x, LocalDate date) {}

    @GetMapping("/reports/suggestions")
    String suggestions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        Backtest b = insight.backtest(asOf);
        model.addAttribute("backtest", b);
        model.addAttribute("manager", currentUser.viewer().isManagerOrAdmin());
        Map<String, String> labels = new LinkedHashMap<>();
        b.rankings().forEach(r -> labels.put(r.key(), r.label()));
        model.addAttribute("revenueLines", lines(b, labels, true));
        model.addAttribute("precisionLines", lines(b, labels, false));
        model.addAttribute("ticks", ticks(b));
        model.addAttribute("money", (java.util.function.Function<java.math.BigDecimal, String>) v -> Money.format(v,
                currency));
        model.addAttribute("best", bestBaseline(b));
        return "insight/suggestions";
    }

    @PostMapping("/reports/suggestions/refit")
    String refit(RedirectAttributes flash) {
        flash.addFlashAttribute("message", insight.refit().map(v -> "Refitted: model version " + v.id() + ", learned from "
                + v.examples() + " past suggestions, " + v.bought() + " of them bought.")
                .orElse("The history is too short to learn from yet; today's rule stays in use."));
        return "redirect:/reports/suggestions";
    }

    /** The baseline with the highest revenue in the top 5 (what the learned ranking has to beat). */
    private static Backtest.RankingRow bestBaseline(Backtest b) {
        return b.rankings().stream().filter(r -> !r.key().equals("learned") && r.revenueShare() != null)
                .max(java.util.Comparator.comparingDouble(Backtest.RankingRow::revenueShare)).orElse(null);
    }

    static double x(int i, int n) {
        return n <= 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0 : LEFT + i * (WIDTH - LEFT - RIGHT) / (double) (n - 1);
    }

    static double y(double share) {
        return TOP + (1 - Math.max(0, Math.min(1, share))) * (HEIGHT - TOP - BOTTOM);
    }

    private static List<Tick> ticks(Backtest b) {
        List<Tick> out = new ArrayList<>();
        for (int i = 0; i < b.overTime().size(); i++) {
            out.add(new Tick(x(i, b.overTime().size()), b.overTime().get(i).cutOff()));
        }
        return out;
    }

    private static List<Line> lines(Backtest b, Map<String, String> labels, boolean revenue) {
        List<Line> out = new ArrayList<>();
        int colour = 0;
        for (var e : labels.entrySet()) {
            StringBuilder points = new StringBuilder();
            List<double[]> dots = new ArrayList<>();
            int n = b.overTime().size();
            for (int i = 0; i < n; i++) {
                Backtest.Point p = b.overTime().get(i).rankings().get(e.getKey());
                if (p == null) continue;
                Double v = revenue ? p.revenueShare() : Double.valueOf(p.precision());
                if (v == null) continue;
                double px = x(i, n), py = y(v);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                dots.add(new double[] {px, py, v});
            }
            out.add(new Line(e.getKey(), e.getValue(), COLOURS[colour++ % COLOURS.length], points.toString().trim(),
                    dots));
        }
        return out;
    }
}
