package app.prism.plans;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.penetration.Matrix;
import app.prism.penetration.PenetrationService;
import app.prism.performance.Metric;
import app.prism.performance.Performance;
import app.prism.performance.PerformanceService;
import app.prism.web.Money;
import app.prism.web.SpreadsheetText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A plan as files to hand out: a PDF (cover, goals, objectives with progress, SWOT, actions, risks, the matrix summary
 * and revenue by year as a bar chart) drawn with PDFBox, and an XLSX workbook whose texts are neutralised against
 * formula injection. The PDF embeds DejaVu Sans when the system has it (every character prints); otherwise it falls
 * back to Helvetica and replaces what WinAnsi cannot encode with "?".
 */
@Service
class PlanExport {

    record File(String name, byte[] bytes) {}

    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    static final List<Path> BOLD_FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

    private final PlanService plans;
    private final PerformanceService performance;
    private final AccountService accounts;
    private final PenetrationService penetration;
    private final UserService users;
    private final String currency;

    PlanExport(PlanService plans, PerformanceService performance, AccountService accounts,
            PenetrationService penetration, UserService users, @Value("${prism.currency:EUR}") String currency,
            app.prism.web.DateDisplay dates) {
        this.dates = dates;
        this.plans = plans;
        this.performance = performance;
        this.accounts = accounts;
        this.penetration = penetration;
        this.users = users;
        this.currency = currency;
    }

    /** Dates in the PDF as the reader's locale writes them (the spreadsheet keeps ISO dates). */
    private final app.prism.web.DateDisplay dates;

    private String fileName(AccountView account, PlanView plan, String extension) {
        String safe = account.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "plan-" + (safe.isEmpty() ? "account" : safe) + "-" + plan.period() + "." + extension;
    }

    // ---- PDF ----

    File pdf(long planId) {
        PlanView plan = plans.getPlan(planId);
        AccountView account = accounts.getAccount(plan.accountId());
        LocalDate today = plans.today();
        Matrix.Summary matrix = penetration.figures(plan.accountId(), today).summary();
        Performance perf = performance.performance(plan.accountId(), today);
        Map<Long, String> owners = ownerNames(plan);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(account.name() + " · account plan " + plan.period());
            info.setCreator("Prism");
            PdfWriter w = new PdfWriter(doc, load(doc, FONTS, Standard14Fonts.FontName.HELVETICA),
                    load(doc, BOLD_FONTS, Standard14Fonts.FontName.HELVETICA_BOLD));
            // cover
            w.space(180);
            w.text("Strategic account plan", w.bold, 14, GREY);
            w.text(account.name(), w.bold, 28, INK);
            w.space(6);
            w.text("Period " + plan.period() + " (" + dates.date(plan.startsOn()) + " – " + dates.date(plan.endsOn()) + ")",
                    w.regular, 13, INK);
            w.text("Status " + plan.status(), w.regular, 13, INK);
            w.text("Printed " + dates.date(today), w.regular, 13, INK);
            if (account.ownerName() != null) w.text("Account owner " + account.ownerName(), w.regular, 13, INK);
            // where we stand, on the cover's free half: the figures and their chart never end up alone on a last page
            w.space(24);
            w.heading("Where we stand (" + dates.date(today) + ")");
            w.paragraph("Penetration " + Money.percent(matrix.penetration()) + " (" + matrix.buyingCells() + " of "
                    + matrix.applicableCells() + " applicable cells buying) · units we do business with "
                    + matrix.unitsDoingBusiness() + " of " + matrix.unitsTotal() + " · whitespace value "
                    + Money.estimate(matrix.whitespaceValue(), currency) + " in " + matrix.whitespaceCells() + " cells");
            if (matrix.potential() != null) {
                w.paragraph("Share of wallet " + (matrix.shareOfWallet() == null ? "—" : Money.percent(matrix.shareOfWallet()))
                        + " of a potential of " + Money.format(matrix.potential(), currency) + " a year");
            }
            w.paragraph("Revenue, last twelve months " + Money.format(perf.ttm().revenue(), currency));
            w.revenueChart(perf.years().subList(Math.max(0, perf.years().size() - 5), perf.years().size()), currency);
            w.newPage();
            // goals
            w.heading("The customer's goals");
            w.label("Short term");
            w.paragraph(orDash(plan.shortTermGoals()));
            w.label("Long term");
            w.paragraph(orDash(plan.longTermGoals()));
            // objectives
            w.heading("Objectives");
            if (plan.objectives().isEmpty()) w.paragraph("No objectives yet.");
            for (PlanView.Objective o : plan.objectives()) {
                w.label(o.title());
                w.paragraph(objectiveLine(o));
                if (o.progress().reached() != null) w.progressBar(o.progress().reached(), o.progress().expected(),
                        Boolean.TRUE.equals(o.progress().onTrack()));
            }
            // SWOT
            w.heading("SWOT");
            w.list("Strengths", plan.strengths());
            w.list("Weaknesses", plan.weaknesses());
            w.list("Opportunities", plan.opportunities());
            w.list("Threats", plan.threats());
            // actions
            w.heading("Actions");
            if (plan.actions().isEmpty()) w.paragraph("No actions yet.");
            Map<Long, String> objectiveTitles = plan.objectives().stream()
                    .collect(Collectors.toMap(PlanView.Objective::id, PlanView.Objective::title));
            for (PlanView.Action a : plan.actions()) {
                w.paragraph((a.status() == PlanView.ActionStatus.DONE ? "[done] " : a.overdue() ? "[overdue] " : "[open] ")
                        + a.title() + " — " + (a.ownerId() == null ? "no owner" : owners.getOrDefault(a.ownerId(), "?"))
                        + ", due " + (a.dueOn() == null ? "—" : dates.date(a.dueOn()))
                        + (a.objectiveId() == null ? "" : ", for: " + objectiveTitles.getOrDefault(a.objectiveId(), "")));
            }
            w.heading("Risks");
            if (plan.risks().isEmpty()) w.paragraph("None recorded.");
            for (String r : plan.risks()) w.paragraph("• " + r);
            w.close();
            doc.save(out);
            return new File(fileName(account, plan, "pdf"), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String objectiveLine(PlanView.Objective o) {
        StringBuilder s = new StringBuilder();
        if (o.metric() != null) {
            s.append(o.metric().name().replace('_', ' ').toLowerCase()).append(": target ").append(show(o.metric(), o.targetValue()));
            s.append(", actual ").append(show(o.metric(), o.progress().actual()));
            if (o.progress().reached() != null) {
                s.append(", ").append(Money.percent(o.progress().reached())).append(" reached (")
                        .append(Money.percent(o.progress().expected())).append(" expected by now) — ")
                        .append(Boolean.TRUE.equals(o.progress().onTrack()) ? "on track" : "off track");
            }
        } else {
            s.append("free objective").append(o.targetValue() == null ? "" : ", target " + o.targetValue().toPlainString());
        }
        s.append(o.dueOn() == null ? "" : "; due " + dates.date(o.dueOn()));
        return s.toString();
    }

    String show(Metric metric, BigDecimal v) {
        if (v == null) return "—";
        return switch (metric) {
            case REVENUE, CLV -> Money.format(v.setScale(2, RoundingMode.HALF_UP), currency);
            case GROWTH, GROSS_MARGIN, RETENTION -> Money.percent(v);
            default -> v.stripTrailingZeros().toPlainString();
        };
    }

    private Map<Long, String> ownerNames(PlanView plan) {
        return plan.actions().stream().map(PlanView.Action::ownerId).filter(java.util.Objects::nonNull).distinct()
                .map(users::findUser).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(UserView::id, UserView::name));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static PDFont load(PDDocument doc, List<Path> candidates, Standard14Fonts.FontName fallback) throws IOException {
        for (Path p : candidates) {
            if (Files.isReadable(p)) return PDType0Font.load(doc, p.toFile());
        }
        return new PDType1Font(fallback);
    }

    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color GREY = new Color(0x6b, 0x72, 0x80);
    static final Color BLUE = new Color(0x25, 0x63, 0xeb);
    static final Color GREEN = new Color(0x16, 0xa3, 0x4a);
    static final Color RED = new Color(0xdc, 0x26, 0x26);
    static final Color TRACK = new Color(0xe5, 0xe7, 0xeb);

    /** Writes top-down on A4 pages, wrapping lines and starting a new page when one is full. */
    static final class PdfWriter {
        static final float MARGIN = 56;
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream page;
        float y;

        PdfWriter(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        float width() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        void newPage() throws IOException {
            if (page != null) page.close();
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void need(float height) throws IOException {
            if (y - height < MARGIN) newPage();
        }

        void space(float h) {
            y -= h;
        }

        void heading(String s) throws IOException {
            need(60);
            space(14);
            text(s, bold, 16, BLUE);
            space(2);
        }

        void label(String s) throws IOException {
            need(30);
            for (String line : wrap(s, bold, 11)) text(line, bold, 11, INK);
        }

        void paragraph(String s) throws IOException {
            for (String part : s.split("\n")) {
                for (String line : wrap(part, regular, 10)) text(line, regular, 10, INK);
            }
            space(3);
        }

        void list(String title, List<String> items) throws IOException {
            label(title);
            if (items.isEmpty()) paragraph("—");
            for (String i : items) paragraph("• " + i);
        }

        void text(String s, PDFont font, float size, Color color) throws IOException {
            need(size * 1.45f);
            y -= size * 1.3f;
            page.beginText();
            page.setNonStrokingColor(color);
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(printable(s, font));
            page.endText();
            y -= size * 0.15f;
        }

        /** A bar of the share reached, with a tick where the straight line says it should be by now. */
        void progressBar(BigDecimal reached, BigDecimal expected, boolean onTrack) throws IOException {
            need(16);
            float w = 220;
            float h = 7;
            float top = y - 4;
            page.setNonStrokingColor(TRACK);
            page.addRect(MARGIN, top - h, w, h);
            page.fill();
            page.setNonStrokingColor(onTrack ? GREEN : RED);
            page.addRect(MARGIN, top - h, w * reached.floatValue(), h);
            page.fill();
            if (expected != null) {
                page.setStrokingColor(INK);
                page.setLineWidth(1.2f);
                float x = MARGIN + w * expected.floatValue();
                page.moveTo(x, top + 2);
                page.lineTo(x, top - h - 2);
                page.stroke();
            }
            y = top - h - 8;
        }

        /**
         * A bar's figure in the unit of the largest bar (all in M, all in k, or all whole), one decimal: bars labelled
         * "1.2M" and "950k" side by side read as if on different scales.
         */
        static String barLabel(BigDecimal value, BigDecimal max) {
            BigDecimal divisor = max.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0 ? BigDecimal.valueOf(1_000_000)
                    : max.abs().compareTo(BigDecimal.valueOf(1_000)) >= 0 ? BigDecimal.valueOf(1_000) : BigDecimal.ONE;
            String unit = divisor.intValue() == 1_000_000 ? "M" : divisor.intValue() == 1_000 ? "k" : "";
            if (value.signum() == 0) return "0";
            return value.divide(divisor, unit.isEmpty() ? 0 : 1, RoundingMode.HALF_UP).toPlainString() + unit;
        }

        /** Revenue of the last calendar years as bars, scaled to the largest. */
        void revenueChart(List<Performance.Year> years, String currency) throws IOException {
            if (years.isEmpty()) {
                paragraph("No sales yet: no revenue chart.");
                return;
            }
            float height = 120;
            need(height + 50);
            space(8);
            text("Revenue by calendar year (" + currency + ")", bold, 11, INK);
            float base = y - height - 6;
            BigDecimal max = years.stream().map(Performance.Year::revenue).reduce(BigDecimal.ONE, BigDecimal::max);
            float slot = Math.min(90, width() / years.size());
            for (int i = 0; i < years.size(); i++) {
                Performance.Year yr = years.get(i);
                float h = Math.max(0, yr.revenue().floatValue() / max.floatValue() * (height - 20));
                float x = MARGIN + i * slot + slot * 0.2f;
                page.setNonStrokingColor(BLUE);
                page.addRect(x, base, slot * 0.6f, h);
                page.fill();
                small(barLabel(yr.revenue(), max), x, base + h + 3);
                small(String.valueOf(yr.year()), x, base - 11);
            }
            page.setStrokingColor(GREY);
            page.setLineWidth(0.5f);
            page.moveTo(MARGIN, base);
            page.lineTo(MARGIN + slot * years.size(), base);
            page.stroke();
            y = base - 20;
        }

        private void small(String s, float x, float at) throws IOException {
            page.beginText();
            page.setNonStrokingColor(INK);
            page.setFont(regular, 8);
            page.newLineAtOffset(x, at);
            page.showText(printable(s, regular));
            page.endText();
        }

        List<String> wrap(String s, PDFont font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(s, font).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width() && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** What the font can encode; anything else becomes "?" (control characters become spaces). */
        static String printable(String s, PDFont font) {
            StringBuilder out = new StringBuilder();
            s.codePoints().forEach(cp -> {
                String c = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        void close() throws IOException {
            page.close();
        }
    }

    // ---- XLSX ----

    File xlsx(long planId) {
        PlanView plan = plans.getPlan(planId);
        AccountView account = accounts.getAccount(plan.accountId());
        Map<Long, String> owners = ownerNames(plan);
        Map<Long, String> objectiveTitles = plan.objectives().stream()
                .collect(Collectors.toMap(PlanView.Objective::id, PlanView.Objective::title, (a, b) -> a));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Prism", "1.0");
            Worksheet s = wb.newWorksheet("Plan");
            int r = 0;
            r = pair(s, r, "Account", account.name());
            r = pair(s, r, "Period", plan.period());
            r = pair(s, r, "Status", plan.status().name());
            r = pair(s, r, "Short-term goals", plan.shortTermGoals());
            r = pair(s, r, "Long-term goals", plan.longTermGoals());
            r++;
            for (var part : List.<Map.Entry<String, List<String>>>of(Map.entry("Strengths", plan.strengths()),
                    Map.entry("Weaknesses", plan.weaknesses()), Map.entry("Opportunities", plan.opportunities()),
                    Map.entry("Threats", plan.threats()), Map.entry("Risks", plan.risks()))) {
                for (String item : part.getValue()) r = pair(s, r, part.getKey(), item);
            }
            s.width(0, 20);
            s.width(1, 80);
            Worksheet o = wb.newWorksheet("Objectives");
            header(o, "Title", "Metric", "Target", "Due", "Actual", "Gap", "Reached", "Expected", "On track");
            int i = 1;
            for (PlanView.Objective ob : plan.objectives()) {
                o.value(i, 0, SpreadsheetText.neutralise(ob.title()));
                o.value(i, 1, ob.metric() == null ? "" : ob.metric().name());
                number(o, i, 2, ob.targetValue());
                if (ob.dueOn() != null) o.value(i, 3, ob.dueOn().toString());
                number(o, i, 4, ob.progress().actual());
                number(o, i, 5, ob.progress().gap());
                number(o, i, 6, ob.progress().reached());
                number(o, i, 7, ob.progress().expected());
                o.value(i, 8, ob.progress().onTrack() == null ? "" : ob.progress().onTrack() ? "yes" : "no");
                i++;
            }
            o.width(0, 50);
            Worksheet a = wb.newWorksheet("Actions");
            header(a, "Title", "Owner", "Due", "Status", "Objective", "Task");
            i = 1;
            for (PlanView.Action ac : plan.actions()) {
                a.value(i, 0, SpreadsheetText.neutralise(ac.title()));
                a.value(i, 1, SpreadsheetText.neutralise(ac.ownerId() == null ? "" : owners.getOrDefault(ac.ownerId(), "")));
                if (ac.dueOn() != null) a.value(i, 2, ac.dueOn().toString());
                a.value(i, 3, ac.status().name());
                a.value(i, 4, SpreadsheetText.neutralise(ac.objectiveId() == null ? ""
                        : objectiveTitles.getOrDefault(ac.objectiveId(), "")));
                if (ac.taskId() != null) a.value(i, 5, ac.taskId());
                i++;
            }
            a.width(0, 50);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(fileName(account, plan, "xlsx"), out.toByteArray());
    }

    private static int pair(Worksheet s, int row, String key, String value) {
        s.value(row, 0, key);
        s.style(row, 0).bold().set();
        s.value(row, 1, SpreadsheetText.neutralise(value == null ? "" : value));
        return row + 1;
    }

    private static void header(Worksheet s, String... names) {
        for (int c = 0; c < names.length; c++) {
            s.value(0, c, names[c]);
            s.style(0, c).bold().set();
        }
    }

    private static void number(Worksheet s, int row, int col, BigDecimal v) {
        if (v != null) s.value(row, col, v);
    }
}
