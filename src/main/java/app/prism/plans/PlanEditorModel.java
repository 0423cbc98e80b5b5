package app.prism.plans;

import app.prism.account.AccountService;
import app.prism.account.TeamMember;
import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.performance.GapText;
import app.prism.performance.Metric;
import app.prism.web.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the plan editor fragment shows: the working plan, its objectives' progress in words and bars, the owners. */
@Component
class PlanEditorModel {

    /** What the editor shows of an objective: its progress in words and as a bar. */
    record ObjectiveRow(PlanView.Objective objective, String target, String actual, String gap, int reachedPct,
            int expectedPct, String state, String dueWarning) {}

    private final PlanService plans;
    private final AccountService accounts;
    private final UserService users;
    private final CurrentUser currentUser;
    private final String currency;

    PlanEditorModel(PlanService plans, AccountService accounts, UserService users, CurrentUser currentUser,
            @Value("${prism.currency:EUR}") String currency) {
        this.plans = plans;
        this.accounts = accounts;
        this.users = users;
        this.currentUser = currentUser;
        this.currency = currency;
    }

    /** Fills what the editor fragment needs (the Plan tab calls this too). */
    void fill(long accountId, Model model) {
        Optional<PlanView> plan = plans.workingPlan(accountId);
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("suggestedPeriod", PlanPeriod.current(plans.today()));
        model.addAttribute("periodFormat", PlanPeriod.FORMAT);
        model.addAttribute("metrics", Metric.values());
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        if (!model.containsAttribute("typed")) model.addAttribute("typed", Map.of());
        if (plan.isEmpty()) {
            model.addAttribute("objectiveRows", List.of());
            model.addAttribute("owners", Map.of());
            return;
        }
        model.addAttribute("objectiveRows", plan.get().objectives().stream().map(o -> row(o, plan.get())).toList());
        model.addAttribute("objectiveTitles", plan.get().objectives().stream()
                .collect(java.util.stream.Collectors.toMap(PlanView.Objective::id, PlanView.Objective::title)));
        model.addAttribute("owners", owners(accountId, plan.get()));
    }

    ObjectiveRow row(PlanView.Objective o, PlanView plan) {
        var p = o.progress();
        String state = p.onTrack() == null ? "none" : p.onTrack() ? "on" : "off";
        return new ObjectiveRow(o, show(o.metric(), o.targetValue()), show(o.metric(), p.actual()),
                o.metric() == null ? show(null, p.gap()) : GapText.of(o.metric(), p.gap(), currency),
                pct(p.reached()), pct(p.expected()), state, dueWarning(o.dueOn(), plan.startsOn(), plan.endsOn()));
    }

    /** A warning when an objective falls due outside its plan's period (allowed, but rarely meant). */
    static String dueWarning(java.time.LocalDate due, java.time.LocalDate starts, java.time.LocalDate ends) {
        if (due == null) return null;
        if (due.isAfter(ends)) return "due after the plan's period ends";
        if (due.isBefore(starts)) return "due before the plan's period starts";
        return null;
    }

    private static int pct(BigDecimal share) {
        return share == null ? 0 : share.multiply(BigDecimal.valueOf(100)).intValue();
    }

    private String show(Metric metric, BigDecimal v) {
        if (v == null) return "—";
        if (metric == null) return v.stripTrailingZeros().toPlainString();
        return switch (metric) {
            case REVENUE, CLV -> Money.format(v.setScale(2, java.math.RoundingMode.HALF_UP), currency);
            case GROWTH, GROSS_MARGIN, RETENTION -> Money.percent(v);
            default -> v.stripTrailingZeros().toPlainString();
        };
    }

    /** Who may own an action: the account team and the signed-in user, plus whoever owns one already. */
    Map<Long, String> owners(long accountId, PlanView plan) {
        Map<Long, String> out = new LinkedHashMap<>();
        var me = currentUser.viewer();
        out.put(me.id(), me.name());
        for (TeamMember m : accounts.team(accountId)) out.put(m.userId(), m.name());
        plan.actions().stream().map(PlanView.Action::ownerId).filter(id -> id != null && !out.containsKey(id))
                .distinct().forEach(id -> users.findUser(id).ifPresent(u -> out.put(u.id(), u.name())));
        return out;
    }

}
