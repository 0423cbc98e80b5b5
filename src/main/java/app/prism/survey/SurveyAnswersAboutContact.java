package app.prism.survey;

import app.prism.contact.ContactDataHolder;
import org.springframework.stereotype.Component;

/**
 * A person's survey answers, for their personal-data export. On erasure the free-text comments go; the scores stay,
 * since the account's NPS history rests on them and a score alone does not identify anyone.
 */
@Component
class SurveyAnswersAboutContact implements ContactDataHolder {

    private final SurveyRepository answers;

    SurveyAnswersAboutContact(SurveyRepository answers) {
        this.answers = answers;
    }

    @Override
    public String label() {
        return "survey answers";
    }

    @Override
    public Object dataAbout(long contactId) {
        return answers.answers(null, contactId, null, 10_000, 0);
    }

    @Override
    public void erase(long contactId) {
        answers.eraseComments(contactId);
    }
}
