package app.prism.contact;

import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code contact_audit_event} table: handovers, personal-data exports and erasures, who did them and when. The
 * detail holds ids and counts, never the personal data it is about.
 */
@Repository
class ContactAuditRepository {

    enum Subject { CONTACT, USER }

    private final JdbcClient jdbc;

    ContactAuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String action, Subject subject, long subjectId, String detail) {
        jdbc.sql("""
                insert into contact_audit_event (occurred_at, actor, action, subject, subject_id, detail)
                values (:at, :actor, :action, :subject, :id, :detail)""")
                .param("at", Audit.now()).param("actor", Audit.actor()).param("action", action)
                .param("subject", subject.name()).param("id", subjectId)
                .param("detail", detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "…")
                .update();
    }

    /** Newest first. */
    List<AuditEvent> of(Subject subject, long subjectId) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, subject, subject_id, detail from contact_audit_event
                 where subject = :subject and subject_id = :id order by occurred_at desc, id desc""")
                .param("subject", subject.name()).param("id", subjectId).query(AuditEvent.class).list();
    }

    /** An entry readable by the team of {@code accountId}, also once the contact is gone (a merge). */
    void record(String action, long contactId, long accountId, String detail) {
        jdbc.sql("""
                insert into contact_audit_event (occurred_at, actor, action, subject, subject_id, account_id, detail)
                values (:at, :actor, :action, 'CONTACT', :id, :account, :detail)""")
                .param("at", Audit.now()).param("actor", Audit.actor()).param("action", action).param("id", contactId)
                .param("account", accountId)
                .param("detail", detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "…").update();
    }

    /** The accounts named by a contact's entries (whose teams may read them once the contact is gone). */
    List<Long> accountsOf(long contactId) {
        return jdbc.sql("""
                select distinct account_id from contact_audit_event
                 where subject = 'CONTACT' and subject_id = :id and account_id is not null""")
                .param("id", contactId).query(Long.class).list();
    }
}
