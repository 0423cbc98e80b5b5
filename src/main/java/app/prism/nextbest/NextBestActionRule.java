package app.prism.nextbest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How next best actions are valued and ranked. Overdue actions come first (the oldest first): they are commitments
 * already made. Everything else is ranked by expected value, highest first:
 * <ul>
 * <li>CROSS_SELL — a whitespace cell: its whitespace value × the share of comparable units (same kind and country, in
 * any account) that buy the product, smoothed as (buyers + 1) / (peers + 2) so that "9 of 10 peers buy it" beats "1 of
 * 1" and a product nobody comparable buys is not pushed just because it is expensive;</li>
 * <li>ASK_REFERRAL — a unit we do not sell to and the best person to introduce us: the unit's whitespace value ×
 * {@link #REFERRAL_SUCCESS};</li>
 * <li>RE_EXPOSE — a contact with exposure gaps: the whitespace value of the gap products in their unit ×
 * {@link #AWARENESS_LIFT};</li>
 * <li>FIX_RISK — a relationship risk: the unit's TTM revenue at stake × {@link #RISK_SHARE}.</li>
 * </ul>
 * The three weights are deliberately simple, documented guesses; they only order actions of different kinds.
 */
public final class NextBestActionRule {

    public static final BigDecimal REFERRAL_SUCCESS = new BigDecimal("0.20");
    public static final BigDecimal AWARENESS_LIFT = new BigDecimal("0.10");
    public static final BigDecimal RISK_SHARE = new BigDecimal("0.20");

    private NextBestActionRule() {}

    /** A candidate before ranking; {@code due} only for overdue actions. */
    public record Candidate(NextBestAction action, LocalDate due) {}

    /**
     * A candidate whose reason is written only when it is needed: when it is in the part of the ranking asked for, or
     * ties there with one that is (an account of thousands of units and contacts has tens of thousands of candidates,
     * of which a page shows ten).
     */
    public static final class Lazy {

        final NextBestAction.Type type;
        final Long unitId, productId, contactId, taskId, planActionId;
        final BigDecimal expectedValue;
        final LocalDate due;
        private Supplier<String> reasonOf;
        private String reason;

        public Lazy(NextBestAction.Type type, Long unitId, Long productId, Long contactId, Long taskId,
                Supplier<String> reason, BigDecimal expectedValue, Long planActionId, LocalDate due) {
            this.type = type;
            this.unitId = unitId;
            this.productId = productId;
            this.contactId = contactId;
            this.taskId = taskId;
            this.reasonOf = reason;
            this.expectedValue = expectedValue;
            this.planActionId = planActionId;
            this.due = due;
        }

        static Lazy of(Candidate c) {
            NextBestAction a = c.action();
            String reason = a.reason();
            return new Lazy(a.type(), a.unitId(), a.productId(), a.contactId(), a.taskId(), () -> reason,
                    a.expectedValue(), a.planActionId(), c.due());
        }

        public NextBestAction.Type type() {
            return type;
        }

        String reason() {
            if (reason == null) {
                reason = reasonOf.get();
                reasonOf = null;
            }
            return reason;
        }

        NextBestAction action() {
            return new NextBestAction(type, unitId, productId, contactId, taskId, reason(), expectedValue, planActionId);
        }
    }

    /** The ranking's order without its last tie-break (the reason): overdue first by due date, value, type. */
    private static final Comparator<Lazy> BEFORE_REASON = (a, b) -> {
        boolean overdueA = a.type == NextBestAction.Type.OVERDUE_ACTION;
        boolean overdueB = b.type == NextBestAction.Type.OVERDUE_ACTION;
        if (overdueA != overdueB) return overdueA ? -1 : 1;
        int c = (a.due == null ? LocalDate.MAX : a.due).compareTo(b.due == null ? LocalDate.MAX : b.due);
        if (c != 0) return c;
        c = b.expectedValue.compareTo(a.expectedValue);
        return c != 0 ? c : a.type.compareTo(b.type);
    };

    private static final Comparator<Lazy> LAZY_ORDER = BEFORE_REASON.thenComparing(Lazy::reason);

    /**
     * The first {@code limit} actions of {@link #rank} of all the candidates, and only their reasons written (with
     * those of the candidates tied with the last of them, as the reason breaks that tie).
     */
    public static List<NextBestAction> top(List<Lazy> candidates, int limit) {
        return head(candidates, limit).stream().map(Lazy::action).toList();
    }

    /**
     * The best {@code perType} of every type, in the ranking's order: what a list showing a few of each kind needs of
     * the whole ranking.
     */
    public static List<NextBestAction> bestOfEachType(List<Lazy> candidates, int perType) {
        Map<NextBestAction.Type, List<Lazy>> byType = new EnumMap<>(NextBestAction.Type.class);
        for (Lazy c : candidates) byType.computeIfAbsent(c.type, k -> new ArrayList<>()).add(c);
        List<Lazy> out = new ArrayList<>();
        for (List<Lazy> ofType : byType.values()) out.addAll(head(ofType, perType));
        out.sort(LAZY_ORDER);
        return out.stream().map(Lazy::action).toList();
    }

    private static List<Lazy> head(List<Lazy> candidates, int limit) {
        if (limit <= 0 || candidates.isEmpty()) return List.of();
        List<Lazy> sorted = new ArrayList<>(candidates);
        sorted.sort(BEFORE_REASON);
        int end = Math.min(limit, sorted.size());
        Lazy last = sorted.get(end - 1);
        // the reason decides among those tied with the last one taken: they all compete for its place
        while (end < sorted.size() && BEFORE_REASON.compare(sorted.get(end), last) == 0) end++;
        List<Lazy> head = new ArrayList<>(sorted.subList(0, end));
        head.sort(LAZY_ORDER);
        return head.subList(0, Math.min(limit, head.size()));
    }

    public static BigDecimal crossSellValue(BigDecimal whitespaceValue, long peerBuyers, long peers) {
        return whitespaceValue.multiply(BigDecimal.valueOf(peerBuyers + 1))
                .divide(BigDecimal.valueOf(peers + 2), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal weighted(BigDecimal value, BigDecimal weight) {
        return value.multiply(weight).setScale(2, RoundingMode.HALF_UP);
    }

    public static List<NextBestAction> rank(List<Candidate> candidates) {
        return top(candidates.stream().map(Lazy::of).toList(), Integer.MAX_VALUE);
    }
}
