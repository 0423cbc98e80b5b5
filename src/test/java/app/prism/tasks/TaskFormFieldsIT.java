package app.prism.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The task forms (quick add, its htmx fragment, edit) are built from the shared field fragments: each control has its
 * label, keeps what was chosen, and a refused field names its inline error for screen readers.
 */
class TaskFormFieldsIT extends IntegrationTest {

    @Test
    void aRefusedQuickAddMarksTheFieldAndPointsItAtItsError() {
        long account = admin().createAccount("Task fields ");
        long unit = admin().createUnit(account, "Task plant", "SITE", null);
        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        String activity = page.get("/accounts/" + account + "/activity").body();
        assertThat(activity).contains("<label for=\"t-title\">New task</label>").contains("id=\"t-unit\"")
                .contains("<label for=\"t-product\">Product</label>");

        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Map.of("HX-Request", "true"))) {
            PageSession.Page refused = page.post("/accounts/" + account + "/tasks", headers, "title", "",
                    "unitId", String.valueOf(unit));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("aria-describedby=\"t-title-error\"").contains("id=\"t-title-error\"")
                    .containsPattern("value=\"" + unit + "\" selected");
        }

        Api.Response created = admin().post("/api/v1/tasks", Api.json("accountId", account, "title", "Call the plant",
                "unitId", unit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long task = created.id();
        String edit = page.get("/tasks/" + task + "/edit").body();
        assertThat(edit).contains("<label for=\"t-note\">Note</label>").containsPattern("value=\"" + unit + "\" selected")
                .contains("value=\"Call the plant\"");
    }
}
