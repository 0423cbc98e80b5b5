package app.prism.contact;

import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact capability's part of a merge over its own tables: owners, reporting lines, move suggestions. */
@Repository
class ContactMergeRepository {

    private final JdbcClient jdbc;

    ContactMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The other's relationship owners join the survivor's (a colleague who knows both is counted once). */
    long mergeOwners(long survivorId, long otherId) {
        long joined = jdbc.sql("""
                insert into contact_owner (contact_id, user_id, version, created_at, created_by, updated_at, updated_by)
                select :s, o.user_id, 0, :now, :by, :now, :by from contact_owner o
                 where o.contact_id = :o
                   and not exists (select 1 from contact_owner t where t.contact_id = :s and t.user_id = o.user_id)""")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
        jdbc.sql("delete from contact_owner where contact_id = :o").param("o", otherId).update();
        return joined;
    }

    /** Whoever reported to the other now reports to the survivor (the survivor's own line is settled by the merge). */
    long moveReportingLines(long survivorId, long otherId) {
        jdbc.sql("update contact set reports_to_id = null where id = :s and reports_to_id = :o")
                .param("s", survivorId).param("o", otherId).update();
        return jdbc.sql("""
                update contact set reports_to_id = :s, version = version + 1, updated_at = :now, updated_by = :by
                 where reports_to_id = :o and id <> :s""")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }

    /** Suggestions that followed the other when they left, or that created them, now name the survivor. */
    long moveSuggestions(long survivorId, long otherId) {
        long moved = jdbc.sql("""
                update contact_move set contact_id = :s, version = version + 1, updated_at = :now, updated_by = :by
                 where contact_id = :o""")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
        jdbc.sql("update contact_move set created_contact_id = :s where created_contact_id = :o")
                .param("s", survivorId).param("o", otherId).update();
        return moved;
    }

    /** The reporting lines of the account, contact id to boss id (for the loop check after the merge). */
    List<ContactRepository.ReportingLine> reportingLines(long accountId) {
        return jdbc.sql("select id, reports_to_id from contact where account_id = :a and reports_to_id is not null")
                .param("a", accountId).query(ContactRepository.ReportingLine.class).list();
    }
}
