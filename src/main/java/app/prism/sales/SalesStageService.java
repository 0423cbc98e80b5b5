package app.prism.sales;

import app.prism.identity.CurrentUser;
import app.prism.web.Conflict;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's sales stages, in order (PRODUCT.md section 4): an administrator names them and gives each a
 * probability. A stage that OPEN opportunities still use is not removed: they would lose their stage silently; the
 * administrator moves them first (the error says how many).
 */
@Service
public class SalesStageService {

    static final int MAX_STAGES = 20;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final app.prism.web.DataRevision revision;

    SalesStageService(JdbcClient jdbc, CurrentUser currentUser, app.prism.web.DataRevision revision) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.revision = revision;
    }

    /** The stages in their order. */
    public List<SalesStage> salesStages() {
        return jdbc.sql("select name, probability from sales_stage order by position, name").query(SalesStage.class)
                .list();
    }

    /** The first stage, which a new OPEN opportunity takes. */
    public SalesStage firstStage() {
        return salesStages().get(0);
    }

    /** Replaces the list (ADMIN only): order is the list's order; names are kept in upper case. */
    @Transactional
    public List<SalesStage> replaceSalesStages(List<SalesStage> input) {
        if (!currentUser.viewer().isAdmin()) throw new Forbidden("Only administrators change the sales stages.");
        List<SalesStage> stages = check(input);
        Set<String> kept = new HashSet<>();
        for (SalesStage s : stages) kept.add(s.name());
        List<String> removed = new ArrayList<>();
        for (SalesStage s : salesStages()) if (!kept.contains(s.name())) removed.add(s.name());
        if (!removed.isEmpty()) {
            List<String> used = new ArrayList<>();
            for (String name : removed) {
                long n = jdbc.sql("select count(*) from opportunity where stage = 'OPEN' and sales_stage = :s")
                        .param("s", name).query(Long.class).single();
                if (n > 0) used.add(name + " (" + n + " open " + (n == 1 ? "opportunity" : "opportunities") + ")");
            }
            if (!used.isEmpty()) {
                throw new Conflict("A stage that open opportunities use cannot be removed: " + String.join(", ", used)
                        + ". Move them to another stage first.");
            }
            // closed opportunities keep no sales stage, so nothing else refers to the removed ones
            jdbc.sql("update opportunity set sales_stage = null where stage <> 'OPEN' and sales_stage in (:s)")
                    .param("s", removed).update();
            jdbc.sql("delete from sales_stage where name in (:s)").param("s", removed).update();
        }
        for (int i = 0; i < stages.size(); i++) {
            SalesStage s = stages.get(i);
            int updated = jdbc.sql("update sales_stage set probability = :p, position = :i where name = :n")
                    .param("p", s.probability()).param("i", i).param("n", s.name()).update();
            if (updated == 0) {
                jdbc.sql("insert into sales_stage (name, probability, position) values (:n, :p, :i)")
                        .param("n", s.name()).param("p", s.probability()).param("i", i).update();
            }
        }
        revision.bump();
        return salesStages();
    }

    /** The stages as given, trimmed and upper-cased, or the field problems (at least one, names unique, 0–100). */
    static List<SalesStage> check(List<SalesStage> input) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        if (input == null || input.isEmpty()) throw Invalid.field("stages", "at least one stage");
        if (input.size() > MAX_STAGES) throw Invalid.field("stages", "at most " + MAX_STAGES + " stages");
        List<SalesStage> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            SalesStage s = input.get(i);
            String at = "[" + i + "]";
            if (s == null) {
                problems.add(new Invalid.FieldProblem(at, "must not be null"));
                continue;
            }
            String name = s.name() == null ? "" : s.name().strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) problems.add(new Invalid.FieldProblem(at + ".name", "must not be blank"));
            else if (name.length() > 40) problems.add(new Invalid.FieldProblem(at + ".name", "at most 40 characters"));
            else if (!seen.add(name)) problems.add(new Invalid.FieldProblem(at + ".name", "a second stage " + name));
            if (s.probability() == null) problems.add(new Invalid.FieldProblem(at + ".probability", "must not be null"));
            else if (s.probability() < 0 || s.probability() > 100) {
                problems.add(new Invalid.FieldProblem(at + ".probability", "must be between 0 and 100"));
            }
            out.add(new SalesStage(name, s.probability()));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        return out;
    }
}
