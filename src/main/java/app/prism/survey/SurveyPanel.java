package app.prism.survey;

import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.web.PageQuery;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the survey answers panel of the account's Plan tab shows ({@code survey/fragments/answers}): the latest answers
 * and who may answer.
 */
@Component
public class SurveyPanel {

    private final SurveyService survey;
    private final ContactService contacts;

    SurveyPanel(SurveyService survey, ContactService contacts) {
        this.survey = survey;
        this.contacts = contacts;
    }

    /** Adds {@code answers}, {@code people} (by id) and {@code activePeople} (by name); the account is visible. */
    public void fill(long accountId, Model model) {
        Map<Long, ContactView> people = contacts.contactsOfAccount(accountId).stream()
                .collect(Collectors.toMap(ContactView::id, Function.identity()));
        model.addAttribute("answers", survey.answers(accountId, null, PageQuery.of(0, 10, null)).items());
        model.addAttribute("people", people);
        model.addAttribute("activePeople", people.values().stream().filter(ContactView::active)
                .sorted(Comparator.comparing(ContactView::name)).toList());
    }
}
