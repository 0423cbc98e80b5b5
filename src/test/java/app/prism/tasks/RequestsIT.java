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

class RequestsIT extends IntegrationTest {

    private static final String TODAY = LocalDate.now().toString();
    private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    @Autowired
    RequestService requestService;

    private Api admin;
    private long account;
    private long unit;
    private long contact;
    private long product;

    @BeforeEach
    void accountWithUnitContactAndProduct() {
        admin = admin();
        account = admin.createAccount("Requests ");
        unit = admin.createUnit(account, "Plant", "SITE", null);
        contact = admin.createContact(unit, "Ada Buyer");
        product = admin.createProduct("R-");
    }

    private Api.Response create(Api as, Object... extra) {
        Object[] base = {"type", "ISSUE", "unitId", unit, "title", "Pump 3 leaks"};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return as.post("/api/v1/requests", Api.json(all));
    }

    private static List<Long> ids(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode r : list.json().path("items")) ids.add(r.path("id").asLong());
        return ids;
    }

    @Test
    void aRequestIsCreatedWithItsDefaultsAndReadBack() {
        Api.Response r = create(admin, "contactId", contact, "productId", product, "description", " Since Monday ",
                "dueOn", "2099-01-31");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/requests/" + r.id());
        JsonNode q = admin.get("/api/v1/requests/" + r.id()).json();
        assertThat(q.path("accountId").asLong()).isEqualTo(account);
        assertThat(q.path("unitId").asLong()).isEqualTo(unit);
        assertThat(q.path("contactId").asLong()).isEqualTo(contact);
        assertThat(q.path("productId").asLong()).isEqualTo(product);
        assertThat(q.path("type").asString()).isEqualTo("ISSUE");
        assertThat(q.path("description").asString()).isEqualTo("Since Monday");
        assertThat(q.path("priority").asString()).isEqualTo("NORMAL");
        assertThat(q.path("status").asString()).isEqualTo("OPEN");
        assertThat(q.path("openedOn").asString()).isEqualTo(TODAY);
        assertThat(q.path("dueOn").asString()).isEqualTo("2099-01-31");
        assertThat(q.path("closedOn").isNull()).isTrue();
    }

    @Test
    void doneClosesTodayAndReopeningClearsTheClosingDate() {
        long id = create(admin).id();

        JsonNode started = admin.patch("/api/v1/requests/" + id, Api.json("status", "IN_PROGRESS")).json();
        assertThat(started.path("closedOn").isNull()).isTrue();
        JsonNode done = admin.patch("/api/v1/requests/" + id, Api.json("status", "DONE")).json();
        assertThat(done.path("closedOn").asString()).isEqualTo(TODAY);
        JsonNode reopened = admin.patch("/api/v1/requests/" + id, Api.json("status", "OPEN")).json();
        assertThat(reopened.path("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.path("closedOn").isNull()).isTrue();
    }

    @Test
    void aRequestCreatedDoneIsClosedOnTheGivenDayOrToday() {
        assertThat(create(admin, "status", "DONE").json().path("closedOn").asString()).isEqualTo(TODAY);
        assertThat(create(admin, "status", "DONE", "openedOn", "2026-01-05", "closedOn", "2026-01-09").json()
                .path("closedOn").asString()).isEqualTo("2026-01-09");
    }

    @Test
    void listsFilterByAccountStatusAndOverdueWithOpenOnesFirst() {
        long urgentLate = create(admin, "priority", "URGENT", "openedOn", "2026-01-02", "dueOn", YESTERDAY).id();
        long dueToday = create(admin, "openedOn", "2026-01-02", "dueOn", TODAY).id();
        long done = create(admin, "status", "DONE", "openedOn", "2026-01-02", "dueOn", "2026-01-03").id();
        long inProgress = create(admin, "priority", "LOW", "status", "IN_PROGRESS").id();
        String base = "/api/v1/requests?accountId=" + account;

        assertThat(ids(admin.get(base))).containsExactly(urgentLate, dueToday, inProgress, done);
        assertThat(ids(admin.get(base + "&status=DONE"))).containsExactly(done);
        assertThat(ids(admin.get(base + "&status=IN_PROGRESS"))).containsExactly(inProgress);
        assertThat(ids(admin.get(base + "&overdue=true"))).containsExactly(urgentLate);
        assertThat(ids(admin.get(base + "&overdue=true&asOf=2099-01-01"))).containsExactly(urgentLate, dueToday);
        assertThat(ids(admin.get(base + "&open=true"))).containsExactly(urgentLate, dueToday, inProgress);
        assertThat(admin.get(base + "&status=MAYBE").errorFields()).containsExactly("status");
    }

    @Test
    void aPatchChangesOnlyWhatItNames() {
        long id = create(admin, "contactId", contact, "priority", "HIGH").id();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Pump 3 leaks again");
        body.put("contactId", null);
        body.put("type", "REQUEST");

        JsonNode q = admin.patch("/api/v1/requests/" + id, Api.toJson(body)).json();

        assertThat(q.path("title").asString()).isEqualTo("Pump 3 leaks again");
        assertThat(q.path("type").asString()).isEqualTo("REQUEST");
        assertThat(q.path("contactId").isNull()).isTrue();
        assertThat(q.path("priority").asString()).isEqualTo("HIGH");
        assertThat(q.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aStaleVersionAnswers409() {
        long id = create(admin).id();
        assertThat(admin.patch("/api/v1/requests/" + id, Api.json("priority", "HIGH", "version", 0)).status())
                .isEqualTo(200);

        Api.Response stale = admin.patch("/api/v1/requests/" + id, Api.json("priority", "LOW"),
                Map.of("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(admin.get("/api/v1/requests/" + id).json().path("priority").asString()).isEqualTo("HIGH");
    }

    @Test
    void badInputIsRefusedWithTheFieldsAtFault() {
        Api.Response missing = admin.post("/api/v1/requests", Api.json("title", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("type", "unitId", "title");

        assertThat(create(admin, "type", "COMPLAINT").errorFields()).containsExactly("type");
        assertThat(create(admin, "priority", "SOMEDAY").errorFields()).containsExactly("priority");
        Api.Response unknown = admin.post("/api/v1/requests", Api.json("type", "ORDER", "unitId", 987654321L,
                "contactId", 987654322L, "productId", 987654323L, "title", "x"));
        assertThat(unknown.errorFields()).containsExactly("unitId", "contactId", "productId");
        assertThat(create(admin, "openedOn", TODAY, "dueOn", YESTERDAY).errorFields()).containsExactly("dueOn");
        assertThat(create(admin, "openedOn", LocalDate.now().plusDays(1).toString()).errorFields())
                .containsExactly("openedOn");
        assertThat(create(admin, "closedOn", TODAY).errorFields()).containsExactly("closedOn");

        long id = create(admin).id();
        Map<String, Object> clear = new HashMap<>();
        clear.put("status", null);
        clear.put("unitId", null);
        assertThat(admin.patch("/api/v1/requests/" + id, Api.toJson(clear)).errorFields())
                .containsExactly("unitId", "status");
        assertThat(admin.patch("/api/v1/requests/" + id, Api.json("closedOn", TODAY)).errorFields())
                .containsExactly("closedOn");
    }

    @Test
    void aUnitOrContactOfAnotherAccountIsRefused() {
        long other = admin.createAccount("Other ");
        long otherUnit = admin.createUnit(other, "Elsewhere", "SITE", null);
        long otherContact = admin.createContact(otherUnit, "Bob Elsewhere");

        assertThat(create(admin, "contactId", otherContact).errorFields()).containsExactly("contactId");
        assertThat(create(admin, "accountId", other).errorFields()).containsExactly("unitId");
        long id = create(admin).id();
        assertThat(admin.patch("/api/v1/requests/" + id, Api.json("unitId", otherUnit)).errorFields())
                .containsExactly("unitId");
    }

    @Test
    void anUnknownRequestIs404() {
        assertThat(admin.get("/api/v1/requests/987654321").status()).isEqualTo(404);
        assertThat(admin.patch("/api/v1/requests/987654321", Api.json("title", "x")).status()).isEqualTo(404);
    }

    @Test
    void aMemberOffTheTeamSeesNothingAndCannotTellHiddenFromMissing() {
        long id = create(admin).id();
        TestUser member = newUser("MEMBER");

        assertThat(member.api().get("/api/v1/requests/" + id).status()).isEqualTo(404);
        assertThat(member.api().patch("/api/v1/requests/" + id, Api.json("status", "DONE")).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/requests?accountId=" + account).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/requests").json().path("total").asLong()).isZero();
        Api.Response hidden = create(member.api());
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.errorMessage("unitId")).isEqualTo("unknown unit " + unit);
    }

    @Test
    void aUnitWithARequestIsNotDeleted() {
        create(admin);

        Api.Response r = admin.delete("/api/v1/units/" + unit);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("1 customer request(s)");
    }

    @Test
    void theDigestListsTheOpenRequestsOfAUsersAccountsOverdueFirst() {
        TestUser member = newUser("MEMBER");
        long adminId = admin.get("/api/v1/accounts/" + account).json().path("ownerId").asLong();
        admin.put("/api/v1/accounts/" + account + "/team", Api.toJson(List.of(
                Map.of("userId", adminId, "role", "ACCOUNT_MANAGER"), Map.of("userId", member.id(), "role", "SERVICE"))));
        long later = create(admin, "priority", "URGENT", "openedOn", "2026-01-02", "dueOn", "2099-01-01").id();
        long late = create(admin, "priority", "LOW", "openedOn", "2026-01-02", "dueOn", "2026-02-01").id();
        create(admin, "status", "DONE", "openedOn", "2026-01-02", "dueOn", "2026-01-05");
        LocalDate asOf = LocalDate.of(2026, 3, 1);

        assertThat(requestService.openRequestsOfUser(member.id(), asOf)).extracting(RequestView::id)
                .containsExactly(late, later);
        assertThat(requestService.overdueRequestsOfUser(member.id(), asOf)).extracting(RequestView::id)
                .containsExactly(late);
        assertThat(requestService.openRequestsOfUser(newUser("MEMBER").id(), asOf)).isEmpty();
    }
}
