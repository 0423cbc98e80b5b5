package app.prism.survey;

import app.prism.account.AccountService;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Survey answers (how likely a contact is to recommend us, 0–10): recorded one by one or in batches, listed, scored. */
@Service
public class SurveyService {

    /** An answer's score, for the NPS: who answered, when, what, and the id that orders two answers of one day. */
    public record Score(long contactId, LocalDate date, int score, long id) {}

    private final SurveyRepository answers;
    private final ContactService contacts;
    private final AccountService accounts;
    private final AccountAccess access;
    private final CurrentUser currentUser;

    SurveyService(SurveyRepository answers, ContactService contacts, AccountService accounts, AccountAccess access,
            CurrentUser currentUser) {
        this.answers = answers;
        this.contacts = contacts;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
    }

    public Paged<SurveyAnswerView> answers(Long accountId, Long contactId, PageQuery page) {
        if (accountId != null) accounts.requireVisible(accountId);
        if (contactId != null) contacts.getContact(contactId);
        var visible = accountId == null && contactId == null ? accounts.visibleAccountIds().orElse(null) : null;
        return new Paged<>(answers.answers(accountId, contactId, visible, page.size(), page.offset()), page.page(),
                page.size(), answers.countAnswers(accountId, contactId, visible));
    }

    /** The scores of the account's answers dated up to the day (for the NPS). */
    public List<Score> scoresOfAccount(long accountId, LocalDate upTo) {
        accounts.requireVisible(accountId);
        return answers.scoresOfAccount(accountId, upTo);
    }

    @Transactional
    public SurveyAnswerView recordAnswer(NewSurveyAnswer input) {
        return answers.answer(insert(input, ""));
    }

    /** All or nothing: any bad line refuses the batch, naming every bad line (1 = the first answer). */
    @Transactional
    public List<SurveyAnswerView> recordAnswers(List<NewSurveyAnswer> batch) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) problems.addAll(check(batch.get(i), "line " + (i + 1) + ": "));
        if (!problems.isEmpty()) throw new Invalid(problems);
        List<SurveyAnswerView> out = new ArrayList<>();
        for (NewSurveyAnswer a : batch) out.add(answers.answer(insert(a, "")));
        return out;
    }

    private long insert(NewSurveyAnswer a, String prefix) {
        List<Invalid.FieldProblem> problems = check(a, prefix);
        if (!problems.isEmpty()) throw new Invalid(problems);
        ContactView contact = contacts.findContacts(List.of(a.contactId())).get(a.contactId());
        return answers.insertAnswer(contact.accountId(), contact.id(), a.date(), a.score(),
                a.comment() == null || a.comment().isBlank() ? null : a.comment().strip());
    }

    private List<Invalid.FieldProblem> check(NewSurveyAnswer a, String prefix) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        ContactView contact = a.contactId() == null ? null : contacts.findContacts(List.of(a.contactId())).get(a.contactId());
        if (contact == null || !access.canSee(currentUser.viewer(), contact.accountId())) {
            problems.add(new Invalid.FieldProblem(prefix + "contactId", "unknown contact"));
        }
        if (a.date() == null) problems.add(new Invalid.FieldProblem(prefix + "date", "must not be null"));
        else if (!app.prism.web.DateRange.accepts(a.date())) {
            problems.add(new Invalid.FieldProblem(prefix + "date", app.prism.web.DateRange.MESSAGE));
        }
        if (a.score() == null || a.score() < 0 || a.score() > 10) {
            problems.add(new Invalid.FieldProblem(prefix + "score", "must be between 0 and 10"));
        }
        if (a.comment() != null && a.comment().length() > 2000) {
            problems.add(new Invalid.FieldProblem(prefix + "comment", "size must be between 0 and 2000"));
        }
        return problems;
    }
}
