package app.prism.digest;

import app.prism.web.Invalid;
import java.time.Instant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox of weekly digests (with this week's preview and the mail opt-out) and the administrators' schedule page. */
@Controller
class DigestPages {

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final DigestService digests;

    DigestPages(DigestService digests) {
        this.digests = digests;
    }

    @GetMapping("/me/inbox")
    String inbox(Model model) {
        model.addAttribute("digests", digests.inbox());
        model.addAttribute("optedOut", digests.isOptedOut());
        model.addAttribute("mailConfigured", digests.mailConfigured());
        return "digest/inbox";
    }

    @GetMapping("/me/inbox/preview")
    String preview(Model model) {
        model.addAttribute("digest", digests.preview());
        model.addAttribute("preview", true);
        return "digest/digest";
    }

    @GetMapping("/me/inbox/{id}")
    String open(@PathVariable long id, Model model) {
        model.addAttribute("digest", digests.open(id));
        model.addAttribute("preview", false);
        return "digest/digest";
    }

    @PostMapping("/me/digest-mail")
    String setMail(@RequestParam boolean mail, RedirectAttributes redirect) {
        digests.setOptedOut(!mail);
        redirect.addFlashAttribute("notice", mail ? "You will get the weekly digest by mail."
                : "No more digest mails; the digest stays here in your inbox.");
        return "redirect:/me/inbox";
    }

    @GetMapping("/admin/digest")
    String schedule(Model model) {
        model.addAttribute("schedule", digests.schedule());
        model.addAttribute("days", DAYS);
        model.addAttribute("mailConfigured", digests.mailConfigured());
        return "digest/admin";
    }

    @PostMapping("/admin/digest")
    String saveSchedule(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam Integer dayOfWeek,
            @RequestParam Integer hourUtc, @RequestParam Long version, RedirectAttributes redirect) {
        try {
            digests.updateSchedule(enabled, dayOfWeek, hourUtc, version);
            redirect.addFlashAttribute("notice", "Digest schedule saved.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "Someone else changed the schedule meanwhile; here it is now.");
        }
        return "redirect:/admin/digest";
    }

    @PostMapping("/admin/digest/run")
    String runNow(RedirectAttributes redirect) {
        requireAdmin();
        if (!digests.schedule().enabled()) {
            redirect.addFlashAttribute("problem", "The digest is switched off; switch it on first.");
            return "redirect:/admin/digest";
        }
        DigestService.RunResult r = digests.run(Instant.now(), true);
        redirect.addFlashAttribute("notice", "Digest " + r.period() + ": " + r.composed() + " composed, " + r.sent()
                + " mailed, " + r.failed() + " failed. Users who already had this week's digest keep it.");
        return "redirect:/admin/digest";
    }

    private void requireAdmin() {
        digests.requireAdmin();
    }
}
