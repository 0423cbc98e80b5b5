package app.prism.contact;

import app.prism.identity.UserView;
import app.prism.web.Invalid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/handover: a colleague's relationships and accounts, the bus-factor flags, and the one-step reassignment. */
@Controller
class HandoverPages {

    private final HandoverService handover;

    HandoverPages(HandoverService handover) {
        this.handover = handover;
    }

    @GetMapping("/admin/handover")
    String page(@RequestParam(required = false) Long userId, Model model) {
        List<UserView> colleagues = handover.colleaguesToHandOver();
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("userId", userId);
        if (userId != null) {
            model.addAttribute("relationships", handover.relationships(userId));
            model.addAttribute("targets", colleagues.stream().filter(u -> u.active() && u.id() != userId).toList());
        }
        return "contact/handover";
    }

    @PostMapping("/admin/handover")
    String handOver(@RequestParam long userId, @RequestParam(required = false) Long toUserId,
            @RequestParam(required = false) List<Long> contactIds, @RequestParam(required = false) List<Long> accountIds,
            RedirectAttributes redirect) {
        try {
            var result = handover.handOver(userId, new HandoverService.HandoverRequest(toUserId,
                    contactIds == null ? List.of() : contactIds, accountIds == null ? List.of() : accountIds));
            redirect.addFlashAttribute("notice", "Handed over " + result.contactIds().size() + " relationship(s) and "
                    + result.accountIds().size() + " account(s).");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", "Nothing was handed over: " + String.join("; ",
                    e.errors().stream().map(p -> p.field() + " " + p.message()).toList()) + ".");
        }
        return "redirect:/admin/handover?userId=" + userId;
    }
}
