package app.prism.survey;

import app.prism.account.AccountService;
import app.prism.web.Invalid;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The survey answers' forms on the account's Plan tab ({@link SurveyPanel}): one answer, or a CSV file of them. */
@Controller
class SurveyPages {

    private final SurveyService survey;
    private final AccountService accounts;

    SurveyPages(SurveyService survey, AccountService accounts) {
        this.survey = survey;
        this.accounts = accounts;
    }

    @PostMapping("/accounts/{id}/survey-answers")
    String addAnswer(@PathVariable long id, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer score, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        accounts.getAccount(id);
        try {
            survey.recordAnswer(new NewSurveyAnswer(contactId, date, score, comment));
            redirect.addFlashAttribute("notice", "Answer recorded.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", e.errors().stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/accounts/" + id + "/plan#answers";
    }

    /** Many answers at once from a CSV file: all or nothing, the bad lines named. */
    @PostMapping("/accounts/{id}/survey-answers/import")
    String importAnswers(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) throws java.io.IOException {
        accounts.getAccount(id);
        try {
            int n = survey.recordAnswers(SurveyCsv.read(file.getInputStream())).size();
            redirect.addFlashAttribute("notice", n + " answer(s) imported.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", "Nothing imported: " + e.errors().stream().limit(10)
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        return "redirect:/accounts/" + id + "/plan#answers";
    }
}
