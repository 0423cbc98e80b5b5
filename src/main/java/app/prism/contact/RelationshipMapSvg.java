package app.prism.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The relationship map as a standalone SVG document, laid out deterministically: each unit a full-width box in tree
 * order (indented by its level, with an elbow to its parent), its people as cards in a grid inside, a dashed card where
 * no decision maker is known, and the reporting lines drawn between the cards. Every text is XML-escaped.
 */
final class RelationshipMapSvg {

    static final int WIDTH = 1280;
    private static final int MARGIN = 24, INDENT = 28, HEADER = 36, CARD_W = 236, CARD_H = 78, GAP = 12, TOP = 78;

    private record Box(double x, double y, double w, double h) {}

    private RelationshipMapSvg() {}

    static String render(RelationshipMap map) {
        StringBuilder boxes = new StringBuilder(), cards = new StringBuilder(), lines = new StringBuilder();
        Map<Long, Box> unitBoxes = new HashMap<>();
        Map<Long, Box> cardBoxes = new HashMap<>();
        double y = TOP;
        for (RelationshipMap.MapUnit u : map.units()) {
            double x = MARGIN + (u.level() - 1) * INDENT;
            double w = WIDTH - x - MARGIN;
            int cols = Math.max(1, (int) ((w - 2 * GAP + GAP) / (CARD_W + GAP)));
            int items = u.people().size() + (u.decisionMakerKnown() ? 0 : 1);
            int rows = (items + cols - 1) / cols;
            double h = HEADER + rows * (CARD_H + GAP) + (rows == 0 ? 4 : GAP / 2.0);
            Box box = new Box(x, y, w, h);
            unitBoxes.put(u.id(), box);
            boxes.append(rect(box, 10, "#ffffff", "#c9cfdb", 1.2, null));
            boxes.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"15\" font-weight=\"700\" fill=\"#1d2430\">%s</text>",
                    x + 14, y + 23, esc(u.name())));
            boxes.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#5d6778\" text-anchor=\"end\">%s</text>",
                    x + w - 14, y + 23, esc(unitLine(u))));
            int i = 0;
            List<Object> inUnit = new ArrayList<>(bossesFirst(u.people()));
            if (!u.decisionMakerKnown()) inUnit.add("gap");
            for (Object item : inUnit) {
                Box card = new Box(x + GAP + (i % cols) * (CARD_W + GAP), y + HEADER + (i / cols) * (CARD_H + GAP),
                        CARD_W, CARD_H);
                if (item instanceof RelationshipMap.Person p) {
                    cardBoxes.put(p.id(), card);
                    cards.append(card(p, card));
                } else {
                    cards.append(rect(card, 8, "#fafbfc", "#8a93a3", 1.4, "6 4"));
                    cards.append(text(card.x() + 12, card.y() + 32, 12, "#5d6778", "600", "No decision maker known here"));
                    cards.append(text(card.x() + 12, card.y() + 52, 11.5, "#5d6778", null, "An unknown seat: who decides?"));
                }
                i++;
            }
            y += h + GAP;
        }
        for (RelationshipMap.MapUnit u : map.units()) {
            Box child = unitBoxes.get(u.id());
            Box parent = u.parentId() == null ? null : unitBoxes.get(u.parentId());
            if (parent == null) continue;
            double px = parent.x() + 14;
            lines.append(String.format(java.util.Locale.ROOT,
                    "<path d=\"M%.1f %.1f V%.1f H%.1f\" fill=\"none\" stroke=\"#c9cfdb\" stroke-width=\"1.5\"/>",
                    px, parent.y() + parent.h(), child.y() + 18, child.x()));
        }
        for (RelationshipMap.ReportingLine l : map.reportingLines()) {
            Box from = cardBoxes.get(l.reportsToId()), to = cardBoxes.get(l.contactId());
            if (from == null || to == null) continue;
            double x1 = from.x() + from.w() / 2, y1 = from.y() + from.h(), x2 = to.x() + to.w() / 2, y2 = to.y();
            if (y2 <= y1) { // same row or above: connect side to side
                y1 = from.y() + from.h() / 2;
                y2 = to.y() + to.h() / 2;
                x1 = x2 > x1 ? from.x() + from.w() : from.x();
                x2 = x2 > from.x() ? to.x() : to.x() + to.w();
            }
            double mid = (y1 + y2) / 2;
            lines.append(String.format(java.util.Locale.ROOT,
                    "<path d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"#3a4ec9\""
                            + " stroke-opacity=\".55\" stroke-width=\"1.6\" marker-end=\"url(#arrow)\"/>",
                    x1, y1, x1, mid, x2, mid, x2, y2));
        }
        double height = Math.max(y + MARGIN, TOP + 60);
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(java.util.Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%.0f\" viewBox=\"0 0 %d %.0f\" font-family=\"system-ui, -apple-system, Segoe UI, Roboto,"
                + " Helvetica, Arial, sans-serif\">\n", WIDTH, height, WIDTH, height));
        svg.append("<title>").append(esc(map.accountName())).append(" · relationship map</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#3a4ec9\""
                + " fill-opacity=\".7\"/></marker></defs>\n");
        svg.append(String.format(java.util.Locale.ROOT,
                "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%.0f\" fill=\"#f6f7f9\"/>\n", WIDTH, height));
        svg.append(text(MARGIN, 36, 22, "#1d2430", "700", map.accountName() + " · relationship map"));
        svg.append(text(MARGIN, 58, 12.5, "#5d6778", null, map.peopleCount() + " people in " + map.units().size()
                + " unit(s) · " + map.seatsWithoutDecisionMaker().size() + " without a known decision maker"));
        svg.append(legend());
        svg.append('\n').append(boxes).append('\n').append(lines).append('\n').append(cards).append("\n</svg>\n");
        return svg.toString();
    }

    /** Within a unit, whoever others report to comes before them, so reporting lines run downwards or to the right. */
    private static List<RelationshipMap.Person> bossesFirst(List<RelationshipMap.Person> people) {
        Map<Long, RelationshipMap.Person> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        Map<Long, Integer> depth = new HashMap<>();
        for (var p : people) {
            int d = 0;
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (Long at = p.reportsToId(); at != null && byId.containsKey(at) && seen.add(at); at = byId.get(at).reportsToId()) d++;
            depth.put(p.id(), d);
        }
        List<RelationshipMap.Person> out = new ArrayList<>(people);
        out.sort(java.util.Comparator.comparing((RelationshipMap.Person p) -> depth.get(p.id())));
        return out;
    }

    private static String card(RelationshipMap.Person p, Box b) {
        String[] colours = attitudeColours(p.attitude());
        StringBuilder s = new StringBuilder();
        s.append(rect(b, 8, colours[0], colours[1], 1.4, null));
        s.append(String.format(java.util.Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"5\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>", b.x(), b.y(), b.h(),
                colours[1]));
        s.append(text(b.x() + 14, b.y() + 20, 13.5, "#1d2430", "700", cut(p.name(), 28)));
        s.append(text(b.x() + 14, b.y() + 37, 11.5, "#5d6778", null, cut(p.title() == null ? "—" : p.title(), 36)));
        s.append(text(b.x() + 14, b.y() + 54, 11.5, "#1d2430", "600", p.buyingRole().name().replace('_', ' ')
                + " · " + p.attitude().name().charAt(0) + p.attitude().name().substring(1).toLowerCase()));
        s.append(text(b.x() + b.w() - 12, b.y() + 20, 12, "#3a4ec9", null, "●".repeat(p.relationshipStrength())
                + "○".repeat(3 - p.relationshipStrength())).replace("<text ", "<text text-anchor=\"end\" "));
        String owners = p.owners().isEmpty() ? "Known by nobody yet"
                : "Known by " + String.join(", ", p.owners().stream().map(RelationshipMap.Owner::name).toList());
        s.append(text(b.x() + 14, b.y() + 70, 11, "#5d6778", null, cut(owners, 38)));
        return s.toString();
    }

    private static String legend() {
        StringBuilder s = new StringBuilder();
        double x = WIDTH - MARGIN - 470;
        for (var a : Attitude.values()) {
            String[] c = attitudeColours(a);
            s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"26\" width=\"14\" height=\"14\" rx=\"3\""
                    + " fill=\"%s\" stroke=\"%s\"/>", x, c[0], c[1]));
            s.append(text(x + 20, 37, 12, "#5d6778", null, a.name().charAt(0) + a.name().substring(1).toLowerCase()));
            x += 96;
        }
        s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"26\" width=\"14\" height=\"14\" rx=\"3\""
                + " fill=\"#fafbfc\" stroke=\"#8a93a3\" stroke-dasharray=\"3 2\"/>", x));
        s.append(text(x + 20, 37, 12, "#5d6778", null, "Gap"));
        return s.toString();
    }

    /** Fill and stroke: supporters green, neutral grey, detractors red, unknown white. */
    static String[] attitudeColours(Attitude a) {
        return switch (a) {
            case SUPPORTER -> new String[] {"#e3f6ea", "#1b7a3d"};
            case NEUTRAL -> new String[] {"#eef0f5", "#8a93a3"};
            case DETRACTOR -> new String[] {"#fde7e7", "#b42318"};
            case UNKNOWN -> new String[] {"#ffffff", "#c9cfdb"};
        };
    }

    private static String unitLine(RelationshipMap.MapUnit u) {
        String where = u.city() != null ? u.city() + (u.country() != null ? ", " + u.country() : "")
                : u.country() != null ? u.country() : "";
        return u.kind().name().charAt(0) + u.kind().name().substring(1).toLowerCase()
                + (where.isEmpty() ? "" : " · " + where) + " · " + u.people().size() + " people";
    }

    private static String rect(Box b, double r, String fill, String stroke, double width, String dash) {
        return String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                + " rx=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>", b.x(), b.y(), b.w(), b.h(), r,
                fill, stroke, width, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, double size, String fill, String weight, String content) {
        return String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\"%s>%s</text>",
                x, y, size, fill, weight == null ? "" : " font-weight=\"" + weight + "\"", esc(content));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** XML text and attribute escaping. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
