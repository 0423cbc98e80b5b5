package app.prism.scoring;

import app.prism.account.AccountView;
import app.prism.identity.CurrentUser;
import app.prism.web.Invalid;
import app.prism.web.Money;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The portfolio (chart, table, recommended list, movement), the guided rating form and the model editor. */
@Controller
class ScoringPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> SORTS = List.of("name", "attractiveness", "strength", "segment", "revenue", "owner");

    /** One row of the portfolio table. */
    record Row(long accountId, String name, String ownerName, BigDecimal attractiveness, BigDecimal strength,
            String attractivenessText, String strengthText, Segment segment, BigDecimal ttmRevenue, String revenueText,
            String rated, String movement, boolean moved) {}

    /** One criterion of the rating form. */
    record CriterionLine(String key, String name, String description, Axis axis, String weight, boolean computed,
            String value, String figureText, String bandsText, String note, String ratedText, boolean focus) {}

    /** One row of the model editor. */
    record CriterionRow(int index, String key, String name, String description, String axis, String weight,
            String source, String bands) {}

    private final ScoringService scoring;
    private final CurrentUser currentUser;
    private final String currency;

    ScoringPages(ScoringService scoring, CurrentUser currentUser, @Value("${prism.currency:EUR}") String currency) {
        this.scoring = scoring;
        this.currentUser = currentUser;
        this.currency = currency;
    }

    // --- portfolio ---

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(required = false) String q, @RequestParam(required = false) String segment,
            @RequestParam(required = false) String sort, Model model) {
        Portfolio portfolio = scoring.portfolio(null);
        String safeSort = sort != null && SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort) ? sort : "-attractiveness";
        String filter = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        List<Row> all = portfolio.accounts().stream().map(this::row).toList();
        List<Row> rows = new ArrayList<>(all.stream()
                .filter(r -> filter == null || r.name().toLowerCase(Locale.ROOT).contains(filter)
                        || (r.ownerName() != null && r.ownerName().toLowerCase(Locale.ROOT).contains(filter)))
                .filter(r -> segment == null || segment.isBlank()
                        || ("UNSCORED".equals(segment) ? r.segment() == null : r.segment() != null && r.segment().name().equals(segment)))
                .toList());
        rows.sort(comparator(safeSort));
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("rows", rows);
        model.addAttribute("total", all.size());
        model.addAttribute("q", q);
        model.addAttribute("segment", segment);
        model.addAttribute("sort", safeSort);
        model.addAttribute("segments", Segment.values());
        model.addAttribute("thresholdText", portfolio.threshold().stripTrailingZeros().toPlainString());
        model.addAttribute("recommended", all.stream().filter(r -> r.segment() != null && r.segment().getsKeyAccountManagement())
                .sorted(Comparator.comparing(Row::segment).thenComparing(Row::attractiveness, Comparator.reverseOrder())).toList());
        model.addAttribute("movers", all.stream().filter(Row::moved).toList());
        model.addAttribute("unscored", all.stream().filter(r -> r.segment() == null).count());
        model.addAttribute("counts", counts(all));
        model.addAttribute("chartData", chartJson(portfolio, rows));
        return "scoring/portfolio";
    }

    @PostMapping("/portfolio/snapshots")
    String takeSnapshot(RedirectAttributes redirect) {
        ScoringService.SnapshotRun run = scoring.takeSnapshots(SnapshotKind.ON_DEMAND);
        redirect.addFlashAttribute("notice", "Snapshot taken of " + run.accounts() + " account(s) under model version "
                + run.modelVersion() + ": movement is now shown against it.");
        return "redirect:/portfolio";
    }

    private Row row(Portfolio.Entry e) {
        return new Row(e.accountId(), e.name(), e.ownerName(), e.attractiveness(), e.strength(), score(e.attractiveness()),
                score(e.strength()), e.segment(), e.ttmRevenue(), Money.format(e.ttmRevenue(), currency),
                e.ratedCriteria() + " of " + e.criteria(), movement(e), e.moved());
    }

    static String movement(Portfolio.Entry e) {
        if (e.previousSnapshotAt() == null) return "";
        String since = " since " + DAY.format(e.previousSnapshotAt());
        if (!e.moved()) return "unchanged" + since;
        return "moved from " + label(e.previousSegment()) + " to " + label(e.segment()) + since;
    }

    private static String label(Segment s) {
        return s == null ? "unscored" : s.name();
    }

    private static String score(BigDecimal s) {
        return s == null ? "—" : s.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, Long> counts(List<Row> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Segment s : Segment.values()) counts.put(s.name(), rows.stream().filter(r -> r.segment() == s).count());
        counts.put("UNSCORED", rows.stream().filter(r -> r.segment() == null).count());
        return counts;
    }

    private static Comparator<Row> comparator(String sort) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        Comparator<Row> c = switch (key) {
            case "attractiveness" -> Comparator.comparing(Row::attractiveness, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "strength" -> Comparator.comparing(Row::strength, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "segment" -> Comparator.comparing(Row::segment, Comparator.nullsLast(Comparator.naturalOrder()));
            case "revenue" -> Comparator.comparing(Row::ttmRevenue);
            case "owner" -> Comparator.comparing(r -> r.ownerName() == null ? "" : r.ownerName().toLowerCase(Locale.ROOT));
            default -> Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
        };
        c = descending ? c.reversed() : c;
        return c.thenComparing(r -> r.name().toLowerCase(Locale.ROOT));
    }

    /** The bubble chart's data for its data- attribute: scored accounts only (an unscored one has no place on it). */
    private String chartJson(Portfolio portfolio, List<Row> rows) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Row r : rows) {
            if (r.segment() == null) continue;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", r.accountId());
            p.put("name", r.name());
            p.put("x", r.strength());
            p.put("y", r.attractiveness());
            p.put("revenue", r.ttmRevenue());
            p.put("revenueText", r.revenueText());
            p.put("segment", r.segment().name());
            p.put("owner", r.ownerName() == null ? "nobody" : r.ownerName());
            p.put("url", "/accounts/" + r.accountId() + "/overview");
            points.add(p);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("threshold", portfolio.threshold());
        data.put("points", points);
        return JSON.writeValueAsString(data);
    }

    // --- the guided rating form ---

    @GetMapping("/accounts/{id}/rating")
    String rating(@PathVariable long id, Model model) {
        fillRating(id, model, scoring.ratings(id, null), Map.of(), Map.of());
        return "scoring/rating";
    }

    @PostMapping("/accounts/{id}/rating")
    String rate(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "stay") String then, Model model, RedirectAttributes redirect) {
        ScoringModel current = scoring.model();
        Map<String, BigDecimal> ratings = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, String> entered = new HashMap<>();
        for (ScoringModel.Criterion c : current.criteria()) {
            if (c.source().isComputed()) continue;
            String text = form.getFirst("rating_" + c.key());
            String note = form.getFirst("note_" + c.key());
            if (text == null && note == null) continue;   // not on the form (the model changed while rating)
            entered.put("rating_" + c.key(), text);
            entered.put("note_" + c.key(), note);
            try {
                ratings.put(c.key(), text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                errors.put("ratings." + c.key(), "must be a number from 0 to 10");
                continue;
            }
            notes.put(c.key(), note);
        }
        if (errors.isEmpty()) {
            try {
                AccountRatings saved = scoring.rate(id, new RatingsInput(ratings, notes));
                String done = "Saved the ratings of " + saved.accountName() + ".";
                if ("next".equals(then)) {
                    Long next = nextAccount(id);
                    if (next == null) {
                        redirect.addFlashAttribute("notice", done + " That was the last account: here is the portfolio.");
                        return "redirect:/portfolio";
                    }
                    redirect.addFlashAttribute("notice", done + " Next account:");
                    return "redirect:/accounts/" + next + "/rating";
                }
                redirect.addFlashAttribute("notice", done);
                return "redirect:/accounts/" + id + "/rating";
            } catch (Invalid e) {
                e.errors().forEach(p -> errors.put(p.field(), p.message()));
            }
        }
        fillRating(id, model, scoring.ratings(id, null), errors, entered);
        model.addAttribute("problem", "Nothing was saved: correct the ratings marked below.");
        return "scoring/rating";
    }

    private Long nextAccount(long id) {
        List<AccountView> accounts = scoring.visibleAccounts();
        for (int i = 0; i < accounts.size() - 1; i++) if (accounts.get(i).id() == id) return accounts.get(i + 1).id();
        return null;
    }

    private void fillRating(long id, Model model, AccountRatings ratings, Map<String, String> errors,
            Map<String, String> entered) {
        List<AccountView> accounts = scoring.visibleAccounts();
        AccountView account = accounts.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        int position = accounts.indexOf(account);
        ScoringModel current = scoring.model();
        Map<String, ScoringModel.Criterion> criteria = new HashMap<>();
        current.criteria().forEach(c -> criteria.put(c.key(), c));
        List<CriterionLine> lines = new ArrayList<>();
        String firstManual = ratings.criteria().stream().filter(r -> !r.computed()).map(CriterionRating::key)
                .findFirst().orElse(null);
        String refused = firstError(ratings, errors);
        String focusKey = refused != null ? refused : firstManual;
        for (CriterionRating r : ratings.criteria()) {
            ScoringModel.Criterion c = criteria.get(r.key());
            String value = entered.containsKey("rating_" + r.key()) ? entered.get("rating_" + r.key())
                    : r.value() == null ? "" : r.value().stripTrailingZeros().toPlainString();
            String note = entered.containsKey("note_" + r.key()) ? entered.get("note_" + r.key()) : r.note();
            lines.add(new CriterionLine(r.key(), r.name(), r.description(), r.axis(),
                    r.weight().stripTrailingZeros().toPlainString(), r.computed(), value,
                    r.computed() ? figureText(r) : null, c == null || c.bands() == null ? null : bandsText(c),
                    note, r.ratedBy() == null ? null : "rated " + r.value().stripTrailingZeros().toPlainString()
                            + " by " + r.ratedBy() + " on " + DAY.format(r.ratedAt()),
                    r.key().equals(focusKey)));
        }
        model.addAttribute("account", account);
        model.addAttribute("tab", "rating");
        model.addAttribute("ratings", ratings);
        model.addAttribute("lines", lines);
        model.addAttribute("errors", errors);
        model.addAttribute("position", position + 1);
        model.addAttribute("accountCount", accounts.size());
        model.addAttribute("hasNext", position < accounts.size() - 1);
        model.addAttribute("attractivenessText", score(ratings.attractiveness()));
        model.addAttribute("strengthText", score(ratings.strength()));
        model.addAttribute("thresholdText", ratings.threshold().stripTrailingZeros().toPlainString());
    }

    /** The first criterion, in the form's order, whose rating was refused: the cursor goes there. */
    private static String firstError(AccountRatings ratings, Map<String, String> errors) {
        return ratings.criteria().stream().map(CriterionRating::key).filter(k -> errors.containsKey("ratings." + k))
                .findFirst().orElse(null);
    }

    private String figureText(CriterionRating r) {
        if (r.figure() == null) {
            return switch (r.source()) {
                case REVENUE_GROWTH -> "No revenue in the twelve months before: growth cannot be measured yet.";
                case RELATIONSHIP_COVERAGE -> "We do business with no unit yet.";
                default -> "No data yet.";
            };
        }
        String figure = r.source().measure() == CriterionSource.Measure.MONEY ? Money.format(r.figure(), currency)
                : Money.percent(r.figure());
        return r.source().figure() + ": " + figure;
    }

    private String bandsText(ScoringModel.Criterion c) {
        List<String> parts = new ArrayList<>();
        for (Banding.Band b : c.bands()) {
            String bound = c.source().measure() == CriterionSource.Measure.MONEY ? Money.compact(b.atLeast())
                    : Money.percent(b.atLeast());
            if (bound.isEmpty()) bound = "0";
            parts.add("≥ " + bound + " → " + b.score().stripTrailingZeros().toPlainString());
        }
        return String.join(" · ", parts);
    }

    // --- the model editor ---

    @GetMapping("/scoring/model")
    String model(Model model) {
        ScoringModel current = scoring.model();
        List<CriterionRow> rows = new ArrayList<>();
        int i = 0;
        for (ScoringModel.Criterion c : current.criteria()) {
            rows.add(new CriterionRow(i++, c.key(), c.name(), c.description(), c.axis().name(),
                    c.weight().stripTrailingZeros().toPlainString(), c.source().name(), c.bands() == null ? "" : c.banding().text()));
        }
        fillModel(model, current, rows, current.threshold().stripTrailingZeros().toPlainString(), Map.of());
        return "scoring/model";
    }

    @PostMapping("/scoring/model")
    String saveModel(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        ScoringModel current = scoring.model();
        int count = Integer.parseInt(form.getFirst("rows") == null ? "0" : form.getFirst("rows"));
        List<CriterionRow> rows = new ArrayList<>();
        List<ModelInput.CriterionInput> inputs = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        Map<String, String> errors = new HashMap<>();
        for (int i = 0; i < Math.min(count, 200); i++) {
            String p = "c" + i + "_";
            CriterionRow row = new CriterionRow(i, text(form, p + "key"), text(form, p + "name"), text(form, p + "description"),
                    text(form, p + "axis"), text(form, p + "weight"), text(form, p + "source"), text(form, p + "bands"));
            if (form.containsKey(p + "remove")) continue;
            if (row.key().isBlank() && row.name().isBlank()) continue;   // an empty row left for adding
            rows.add(row);
            BigDecimal weight = null;
            try {
                weight = row.weight().isBlank() ? null : new BigDecimal(row.weight().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.put("c" + i + ".weight", "must be a number above 0");
            }
            List<Banding.Band> bands = null;
            if (!row.bands().isBlank()) {
                try {
                    bands = Banding.parse(row.bands()).bands();
                } catch (IllegalArgumentException e) {
                    errors.put("c" + i + ".bands", e.getMessage());
                }
            }
            rowOf.add(i);
            inputs.add(new ModelInput.CriterionInput(row.key(), row.name(), row.description(), row.axis(), weight,
                    row.source(), "MANUAL".equals(row.source()) ? null : bands));
        }
        String thresholdText = text(form, "threshold");
        BigDecimal threshold = null;
        try {
            threshold = thresholdText.isBlank() ? null : new BigDecimal(thresholdText.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put("threshold", "must be a number from 0 to 10");
        }
        if (errors.isEmpty()) {
            try {
                Long version = form.getFirst("version") == null ? null : Long.valueOf(form.getFirst("version"));
                ScoringModel saved = scoring.replaceModel(new ModelInput(threshold, null, inputs), version);
                redirect.addFlashAttribute("notice", "Saved as model version " + saved.version()
                        + ". The portfolio is scored with it from now on; earlier snapshots keep the version they used.");
                return "redirect:/scoring/model";
            } catch (Invalid e) {
                for (Invalid.FieldProblem p : e.errors()) {
                    var m = java.util.regex.Pattern.compile("criteria\\[(\\d+)]\\.(\\w+)").matcher(p.field());
                    if (m.matches()) errors.put("c" + rowOf.get(Integer.parseInt(m.group(1))) + "." + m.group(2), p.message());
                    else errors.put(p.field(), p.message());
                }
            } catch (OptimisticLockingFailureException e) {
                model.addAttribute("problem", "Someone saved the model since you opened it: reload to see their version.");
            }
        }
        fillModel(model, current, rows, thresholdText, errors);
        if (!model.containsAttribute("problem")) model.addAttribute("problem", "Nothing was saved: correct the fields marked below.");
        return "scoring/model";
    }

    private void fillModel(Model model, ScoringModel current, List<CriterionRow> rows, String threshold,
            Map<String, String> errors) {
        List<CriterionRow> withBlanks = new ArrayList<>(rows);
        int next = rows.stream().mapToInt(CriterionRow::index).max().orElse(-1) + 1;
        for (int i = 0; i < 2; i++) withBlanks.add(new CriterionRow(next + i, "", "", "", "ATTRACTIVENESS", "1", "MANUAL", ""));
        model.addAttribute("current", current);
        model.addAttribute("rows", withBlanks);
        model.addAttribute("rowCount", next + 2);
        model.addAttribute("threshold", threshold);
        model.addAttribute("errors", errors);
        model.addAttribute("axes", Axis.values());
        model.addAttribute("sources", CriterionSource.values());
        model.addAttribute("versions", scoring.modelVersions());
        model.addAttribute("editable", currentUser.viewer().isManagerOrAdmin());
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
