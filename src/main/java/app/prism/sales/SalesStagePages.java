package app.prism.sales;

import app.prism.web.Conflict;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin → Sales stages: name, probability and order of the installation's sales stages. */
@Controller
class SalesStagePages {

    private final SalesStageService stages;

    SalesStagePages(SalesStageService stages) {
        this.stages = stages;
    }

    @GetMapping("/admin/sales-stages")
    String page(Model model) {
        if (!model.containsAttribute("rows")) {
            List<Row> rows = new ArrayList<>();
            List<SalesStage> list = stages.salesStages();
            for (int i = 0; i < list.size(); i++) {
                rows.add(new Row(list.get(i).name(), String.valueOf(list.get(i).probability()), i + 1));
            }
            rows.add(new Row("", "", list.size() + 1));
            model.addAttribute("rows", rows);
        }
        return "sales/stages";
    }

    /** One row of the form: a blank name drops the row; rows are saved in the order of their position. */
    record Row(String name, String probability, int position) {}

    @PostMapping("/admin/sales-stages")
    String save(@RequestParam(name = "name", required = false) List<String> names,
            @RequestParam(name = "probability", required = false) List<String> probabilities,
            @RequestParam(name = "position", required = false) List<String> positions, Model model,
            RedirectAttributes redirect) {
        List<Row> rows = new ArrayList<>();
        int n = names == null ? 0 : names.size();
        for (int i = 0; i < n; i++) {
            String p = probabilities != null && i < probabilities.size() ? probabilities.get(i) : "";
            int pos = i + 1;
            try {
                pos = Integer.parseInt(positions.get(i).strip());
            } catch (RuntimeException e) {
                // keep the row's place
            }
            rows.add(new Row(names.get(i) == null ? "" : names.get(i).strip(), p == null ? "" : p.strip(), pos));
        }
        List<Row> kept = rows.stream().filter(r -> !r.name().isEmpty())
                .sorted(Comparator.comparingInt(Row::position)).toList();
        List<SalesStage> input = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Row r : kept) {
            Integer probability = null;
            try {
                probability = Integer.valueOf(r.probability());
            } catch (NumberFormatException e) {
                problems.add(r.name() + ": the probability is a whole number from 0 to 100");
            }
            input.add(new SalesStage(r.name(), probability));
        }
        try {
            if (!problems.isEmpty()) throw new Invalid(List.of());
            stages.replaceSalesStages(input);
            redirect.addFlashAttribute("notice", "Sales stages saved.");
            return "redirect:/admin/sales-stages";
        } catch (Invalid e) {
            for (Invalid.FieldProblem p : e.errors()) problems.add(describe(p, kept));
        } catch (Conflict | Forbidden e) {
            problems.add(e.getMessage());
        }
        model.addAttribute("problems", problems);
        List<Row> shown = new ArrayList<>(kept);
        shown.add(new Row("", "", kept.size() + 1));
        model.addAttribute("rows", shown);
        return "sales/stages";
    }

    private static String describe(Invalid.FieldProblem p, List<Row> rows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]\\.(\\w+)").matcher(p.field());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            String name = i < rows.size() ? rows.get(i).name() : "row " + (i + 1);
            return name + ": " + m.group(2) + " " + p.message();
        }
        return p.message();
    }
}
