package app.prism.planning;

import app.prism.contact.ContactDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's survey answers, for their personal-data export. On erasure the free-text comments go; the scores stay,
 * since the account's NPS history rests on them and a score alone does not identify anyone.
 */
@Component
class SurveyAnswersAboutContact implements ContactDataHolder {

    private final PlanningRepository planning;
    private final JdbcClient jdbc;

    SurveyAnswersAboutContact(PlanningRepository planning, JdbcClient jdbc) {
        this.planning = planning;
        this.jdbc = jdbc;
    }

    @Override
    public String label() {
        return "survey answers";
    }

    @Override
    public Object dataAbout(long contactId) {
        return planning.answers(null, contactId, null, 10_000, 0);
    }

    @Override
    public void erase(long contactId) {
        jdbc.sql("update survey_answer set answer_comment = null, version = version + 1 where contact_id = :c")
                .param("c", contactId).update();
    }
}
