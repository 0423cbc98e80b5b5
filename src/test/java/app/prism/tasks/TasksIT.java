package app.prism.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TasksIT extends IntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    app.prism.identity.SystemSignIn signIn;

    private Api admin;
    private long account;
    private long unit;
    private long contact;
    private long product;

    @BeforeEach
    void accountWithUnitContactAndProduct() {
        admin = admin();
        account = admin.createAccount("Tasks ");
        unit = admin.createUnit(account, "Plant", "SITE", null);
        contact = admin.createContact(unit, "Ada Buyer");
        product = admin.createProduct("T-");
    }

    private Api.Response create(Api as, Object... extra) {
        Object[] base = {"accountId", account, "title", "Call about the pumps"};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return as.post("/api/v1/tasks", Api.json(all));
    }

    /** Puts the users on the account's team (with the administrator, who owns it). */
    private void onTeam(TestUser... users) {
        List<Map<String, Object>> team = new ArrayList<>();
        long adminId = admin.get("/api/v1/accounts/" + account).json().path("ownerId").asLong();
        team.add(Map.of("userId", adminId, "role", "ACCOUNT_MANAGER"));
        for (TestUser u : users) team.add(Map.of("userId", u.id(), "role", "PRODUCT_SPECIALIST"));
        Api.Response r = admin.put("/api/v1/accounts/" + account + "/team", Api.toJson(team));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static List<Long> ids(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode t : list.json().path("items")) ids.add(t.path("id").asLong());
        return ids;
    }

    @Test
    void aTaskIsCreatedForTheCreatorAndReadBack() {
        Api.Response r = create(admin, "unitId", unit, "contactId", contact, "productId", product, "dueOn",
                "2026-12-01", "note", "  bring the brochure ", "source", "gap");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/tasks/" + r.id());
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        JsonNode t = admin.get("/api/v1/tasks/" + r.id()).json();
        assertThat(t.path("accountId").asLong()).isEqualTo(account);
        assertThat(t.path("unitId").asLong()).isEqualTo(unit);
        assertThat(t.path("contactId").asLong()).isEqualTo(contact);
        assertThat(t.path("productId").asLong()).isEqualTo(product);
        assertThat(t.path("dueOn").asString()).isEqualTo("2026-12-01");
        assertThat(t.path("note").asString()).isEqualTo("bring the brochure");
        assertThat(t.path("source").asString()).isEqualTo("GAP");
        assertThat(t.path("done").asBoolean()).isFalse();
        assertThat(t.path("assigneeId").asLong()).isEqualTo(t.path("creatorId").asLong());
    }

    @Test
    void aTaskAboutAContactLandsInTheContactsUnitAndSourceDefaultsToManual() {
        JsonNode t = create(admin, "contactId", contact).json();

        assertThat(t.path("unitId").asLong()).isEqualTo(unit);
        assertThat(t.path("source").asString()).isEqualTo("MANUAL");
    }

    @Test
    void theListIsSortedByDueDateWithUndatedTasksLast() {
        long late = create(admin, "dueOn", "2026-03-01").id();
        long undated = create(admin).id();
        long early = create(admin, "dueOn", "2026-01-15").id();

        assertThat(ids(admin.get("/api/v1/tasks?accountId=" + account))).containsExactly(early, late, undated);
        assertThat(admin.get("/api/v1/tasks?accountId=" + account + "&size=2").json().path("total").asLong())
                .isEqualTo(3);
    }

    @Test
    void filtersByAssigneeMineOpenAndOverdue() {
        TestUser member = newUser("MEMBER");
        onTeam(member);
        long mine = create(admin, "dueOn", "2026-05-01").id();
        long theirsLate = create(admin, "assigneeId", member.id(), "dueOn", "2026-05-01").id();
        long theirsDueOnTheDay = create(admin, "assigneeId", member.id(), "dueOn", "2026-05-10").id();
        long theirsDone = create(admin, "assigneeId", member.id(), "dueOn", "2026-04-01").id();
        assertThat(admin.patch("/api/v1/tasks/" + theirsDone, Api.json("done", true)).status()).isEqualTo(200);
        String base = "/api/v1/tasks?accountId=" + account;

        assertThat(ids(admin.get(base + "&assigneeId=" + member.id())))
                .containsExactly(theirsLate, theirsDueOnTheDay, theirsDone);
        assertThat(ids(member.api().get("/api/v1/tasks?mine=true&open=true")))
                .containsExactly(theirsLate, theirsDueOnTheDay);
        assertThat(ids(member.api().get("/api/v1/tasks?mine=true&overdue=true&asOf=2026-05-10")))
                .containsExactly(theirsLate);
        assertThat(ids(admin.get(base + "&mine=true"))).containsExactly(mine);
        assertThat(ids(admin.get(base + "&open=true"))).containsExactlyInAnyOrder(mine, theirsLate, theirsDueOnTheDay);
    }

    @Test
    void markingDoneRecordsWhenAndWhoAndReopeningClearsIt() {
        long id = create(admin).id();

        JsonNode done = admin.patch("/api/v1/tasks/" + id, Api.json("done", true, "version", 0)).json();
        assertThat(done.path("done").asBoolean()).isTrue();
        assertThat(done.path("doneAt").isNull()).isFalse();
        assertThat(done.path("doneById").asLong()).isEqualTo(done.path("creatorId").asLong());
        assertThat(done.path("version").asLong()).isEqualTo(1);

        JsonNode reopened = admin.patch("/api/v1/tasks/" + id, Api.json("done", false)).json();
        assertThat(reopened.path("done").asBoolean()).isFalse();
        assertThat(reopened.path("doneAt").isNull()).isTrue();
        assertThat(reopened.path("doneById").isNull()).isTrue();
    }

    @Test
    void aPatchChangesOnlyWhatItNamesAndNullClearsOptionalFields() {
        long id = create(admin, "unitId", unit, "productId", product, "dueOn", "2026-07-01", "note", "n").id();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Renamed");
        body.put("dueOn", null);
        body.put("productId", null);

        JsonNode t = admin.patch("/api/v1/tasks/" + id, Api.toJson(body)).json();

        assertThat(t.path("title").asString()).isEqualTo("Renamed");
        assertThat(t.path("dueOn").isNull()).isTrue();
        assertThat(t.path("productId").isNull()).isTrue();
        assertThat(t.path("unitId").asLong()).isEqualTo(unit);
        assertThat(t.path("note").asString()).isEqualTo("n");
    }

    @Test
    void aStaleVersionAnswers409() {
        long id = create(admin).id();
        assertThat(admin.patch("/api/v1/tasks/" + id, Api.json("title", "First", "version", 0)).status())
                .isEqualTo(200);

        Api.Response staleBody = admin.patch("/api/v1/tasks/" + id, Api.json("title", "Second", "version", 0));
        Api.Response staleHeader = admin.patch("/api/v1/tasks/" + id, Api.json("title", "Second"),
                Map.of("If-Match", "\"0\""));

        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleHeader.status()).isEqualTo(409);
        assertThat(staleHeader.contentType()).startsWith("application/problem+json");
        assertThat(admin.get("/api/v1/tasks/" + id).json().path("title").asString()).isEqualTo("First");
    }

    @Test
    void badInputIsRefusedWithTheFieldsAtFault() {
        Api.Response missing = admin.post("/api/v1/tasks", Api.json("title", " "));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("accountId", "title");

        Api.Response unknown = create(admin, "unitId", 987654321L, "contactId", 987654322L, "productId", 987654323L);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("unitId", "contactId", "productId");

        assertThat(create(admin, "dueOn", "2026-02-30").errorFields()).containsExactly("dueOn");
        assertThat(create(admin, "source", "not a source!").errorFields()).containsExactly("source");
        assertThat(admin.post("/api/v1/tasks", Api.json("accountId", 987654321L, "title", "x")).errorMessage(
                "accountId")).isEqualTo("unknown account 987654321");
        assertThat(admin.patch("/api/v1/tasks/" + create(admin).id(), Api.json("title", "", "done", null))
                .errorFields()).containsExactly("title", "done");
    }

    @Test
    void aUnitOrContactOfAnotherAccountIsRefused() {
        long other = admin.createAccount("Other ");
        long otherUnit = admin.createUnit(other, "Elsewhere", "SITE", null);
        long otherContact = admin.createContact(otherUnit, "Bob Elsewhere");

        Api.Response r = create(admin, "unitId", otherUnit, "contactId", otherContact);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("unitId", "contactId");
        long id = create(admin).id();
        assertThat(admin.patch("/api/v1/tasks/" + id, Api.json("unitId", otherUnit)).errorFields())
                .containsExactly("unitId");
    }

    @Test
    void theAssigneeIsAnActiveUserWhoCanSeeTheAccount() {
        TestUser offTeam = newUser("MEMBER");
        TestUser gone = newUser("MANAGER");
        admin.delete("/api/v1/users/" + gone.id());

        assertThat(create(admin, "assigneeId", 987654321L).errorFields()).containsExactly("assigneeId");
        assertThat(create(admin, "assigneeId", gone.id()).errorFields()).containsExactly("assigneeId");
        assertThat(create(admin, "assigneeId", offTeam.id()).errorMessage("assigneeId")).contains("not on its team");
        assertThat(create(admin, "assigneeId", newUser("MANAGER").id()).status()).isEqualTo(201);
        onTeam(offTeam);
        assertThat(create(admin, "assigneeId", offTeam.id()).status()).isEqualTo(201);
    }

    @Test
    void anUnknownTaskIs404() {
        assertThat(admin.get("/api/v1/tasks/987654321").status()).isEqualTo(404);
        assertThat(admin.patch("/api/v1/tasks/987654321", Api.json("title", "x")).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/tasks/987654321").status()).isEqualTo(404);
    }

    @Test
    void aMemberOffTheTeamSeesNothingAndCannotTellHiddenFromMissing() {
        long id = create(admin).id();
        TestUser member = newUser("MEMBER");

        assertThat(member.api().get("/api/v1/tasks/" + id).status()).isEqualTo(404);
        assertThat(member.api().patch("/api/v1/tasks/" + id, Api.json("done", true)).status()).isEqualTo(404);
        assertThat(member.api().delete("/api/v1/tasks/" + id).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/tasks?accountId=" + account).status()).isEqualTo(404);
        assertThat(ids(member.api().get("/api/v1/tasks"))).doesNotContain(id);
        assertThat(member.api().get("/api/v1/tasks").json().path("total").asLong()).isZero();
        Api.Response hidden = create(member.api());
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.errorMessage("accountId")).isEqualTo("unknown account " + account);
        assertThat(create(admin, "assigneeId", member.id()).status()).as("cannot be assigned either").isEqualTo(400);
    }

    @Test
    void onlyTheCreatorTheAssigneeOrAManagerDeletesATask() {
        TestUser creator = newUser("MEMBER");
        TestUser assignee = newUser("MEMBER");
        TestUser colleague = newUser("MEMBER");
        onTeam(creator, assignee, colleague);
        long first = create(creator.api(), "assigneeId", assignee.id()).id();
        long second = create(creator.api(), "assigneeId", assignee.id()).id();
        long third = create(creator.api(), "assigneeId", assignee.id()).id();

        Api.Response refused = colleague.api().delete("/api/v1/tasks/" + first);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(colleague.api().patch("/api/v1/tasks/" + first, Api.json("done", true)).status())
                .as("a teammate may still tick it off").isEqualTo(200);

        assertThat(creator.api().delete("/api/v1/tasks/" + first).status()).isEqualTo(204);
        assertThat(assignee.api().delete("/api/v1/tasks/" + second).status()).isEqualTo(204);
        assertThat(newUser("MANAGER").api().delete("/api/v1/tasks/" + third).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/tasks/" + first).status()).isEqualTo(404);
    }

    @Test
    void deletingTheContactKeepsTheTaskOnTheAccount() {
        long id = create(admin, "contactId", contact).id();

        assertThat(admin.delete("/api/v1/contacts/" + contact).status()).isEqualTo(204);

        JsonNode t = admin.get("/api/v1/tasks/" + id).json();
        assertThat(t.path("contactId").isNull()).isTrue();
        assertThat(t.path("unitId").asLong()).isEqualTo(unit);
    }

    @Test
    void aDateTodayIsNotOverdue() {
        create(admin, "dueOn", LocalDate.now().toString());
        long late = create(admin, "dueOn", LocalDate.now().minusDays(1).toString()).id();

        assertThat(ids(admin.get("/api/v1/tasks?accountId=" + account + "&overdue=true"))).containsExactly(late);
    }

    @Test
    void theDigestListsAUsersOverdueTasksOnlyOnAccountsTheyStillSee() {
        TestUser member = newUser("MEMBER");
        onTeam(member);
        long late = create(admin, "assigneeId", member.id(), "dueOn", "2026-03-01").id();
        create(admin, "assigneeId", member.id(), "dueOn", "2026-03-10");
        long done = create(admin, "assigneeId", member.id(), "dueOn", "2026-02-01").id();
        admin.patch("/api/v1/tasks/" + done, Api.json("done", true));
        LocalDate asOf = LocalDate.of(2026, 3, 10);

        assertThat(taskService.overdueTasks(member.id(), asOf)).extracting(TaskView::id).containsExactly(late);

        onTeam();
        assertThat(taskService.overdueTasks(member.id(), asOf)).as("off the team: no longer theirs to see").isEmpty();
        assertThat(taskService.overdueTasks(987654321L, asOf)).isEmpty();
    }

    @Test
    void anEmptyAccountIsDeletedWithItsTasks() {
        long empty = admin.createAccount("Empty ");
        long id = admin.post("/api/v1/tasks", Api.json("accountId", empty, "title", "Qualify the lead")).id();

        assertThat(admin.delete("/api/v1/accounts/" + empty).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/tasks/" + id).status()).isEqualTo(404);
    }

    @Test
    void anotherCapabilityPlansATaskThroughTheServiceWithTheSameChecks() {
        TaskView planned = signIn.asUser(ADMIN_EMAIL, () -> taskService.createTask(new NewTask(account,
                "Tell Ada about our pumps", null, contact, product, null, LocalDate.of(2026, 12, 1), "GAP",
                "Never exposed to this product")));

        assertThat(planned.source()).isEqualTo("GAP");
        assertThat(planned.unitId()).isEqualTo(unit);
        assertThat(admin.get("/api/v1/tasks/" + planned.id()).json().path("note").asString())
                .isEqualTo("Never exposed to this product");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signIn.asUser(ADMIN_EMAIL,
                () -> taskService.createTask(new NewTask(null, " ", null, null, null, null, null, null, null))))
                .isInstanceOfSatisfying(app.prism.web.Invalid.class, e -> assertThat(e.errors())
                        .extracting(app.prism.web.Invalid.FieldProblem::field).containsExactly("accountId", "title"));
    }
}
