package app.prism.nextbest;

import app.prism.account.AccountService;
import app.prism.tasks.NewTask;
import app.prism.tasks.TaskService;
import app.prism.web.Invalid;
import app.prism.web.Money;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The next best actions panel (Overview and plan editor), and turning one into a task in one click. */
@Controller
class NextBestActionPages {

    static final int SHOWN = 10;

    record Row(NextBestAction action, String label, String valueText) {}

    private final NextBestActions actions;
    private final AccountService accounts;
    private final TaskService tasks;
    private final String currency;

    NextBestActionPages(NextBestActions actions, AccountService accounts, TaskService tasks,
            @Value("${prism.currency:EUR}") String currency) {
        this.actions = actions;
        this.accounts = accounts;
        this.tasks = tasks;
        this.currency = currency;
    }

    @GetMapping("/accounts/{id}/next-best-actions/panel")
    String panel(@PathVariable long id, @RequestParam(required = false) String returnTo, Model model) {
        var account = accounts.getAccount(id);
        // the best three of each type hold every action the mixed list can take (at most three of a type)
        NextBestActions.Ranked best = actions.bestOfEachType(id, null, 3);
        model.addAttribute("account", account);
        model.addAttribute("total", best.total());
        model.addAttribute("rows", mixed(best.actions()).stream().map(a -> new Row(a, label(a.type()),
                a.expectedValue().signum() == 0 ? "" : Money.estimate(a.expectedValue(), currency))).toList());
        model.addAttribute("returnTo", app.prism.web.ReturnTo.pathOr(returnTo, "/accounts/" + id + "/overview"));
        return "nextbest/fragments/next-best-actions :: actions";
    }

    @PostMapping("/accounts/{id}/next-best-actions/task")
    String makeTask(@PathVariable long id, @RequestParam NextBestAction.Type type, @RequestParam String reason,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long productId,
            @RequestParam(required = false) Long contactId, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        String back = app.prism.web.ReturnTo.pathOr(returnTo, "/accounts/" + id + "/overview");
        accounts.getAccount(id);
        String title = label(type) + ": " + reason;
        try {
            var task = tasks.createTask(new NewTask(id, title.length() > 200 ? title.substring(0, 199) + "…" : title,
                    unitId, contactId, productId, null, LocalDate.now().plusDays(14), "NBA",
                    reason.length() > 2000 ? reason.substring(0, 1999) + "…" : reason));
            redirect.addFlashAttribute("notice", "On your task list, due " + task.dueOn() + ": " + task.title());
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", "No task made: " + e.errors().get(0).message());
        }
        return "redirect:" + back;
    }

    /**
     * What the panel shows: the best few of every kind, in the ranking's order, so that one kind with many equal
     * candidates (every unit we do not sell to has the whole portfolio as whitespace) does not hide the others.
     */
    static List<NextBestAction> mixed(List<NextBestAction> ranked) {
        java.util.Map<NextBestAction.Type, Integer> taken = new java.util.EnumMap<>(NextBestAction.Type.class);
        List<NextBestAction> out = new java.util.ArrayList<>();
        for (NextBestAction a : ranked) {
            if (out.size() == SHOWN) break;
            int perType = a.type() == NextBestAction.Type.OVERDUE_ACTION ? 3 : 2;
            if (taken.merge(a.type(), 1, Integer::sum) <= perType) out.add(a);
        }
        return out;
    }

    static String label(NextBestAction.Type type) {
        return switch (type) {
            case CROSS_SELL -> "Cross-sell";
            case ASK_REFERRAL -> "Ask for a referral";
            case RE_EXPOSE -> "Re-expose";
            case FIX_RISK -> "Fix a risk";
            case OVERDUE_ACTION -> "Overdue";
        };
    }
}
