package app.prism.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the OpenAPI document, enumerated: none answers without credentials, and none hands a MEMBER a record
 * of an account whose team they are not on — so a new endpoint cannot forget the access rule unnoticed.
 */
class EndpointAccessIT extends IntegrationTest {

    private Api admin;
    private final Map<String, Long> idOf = new HashMap<>();

    @BeforeEach
    void aHiddenAccountWithOneOfEverything() {
        admin = admin();
        long account = admin.createAccount("Hidden ");
        long unit = admin.createUnit(account, "Hidden plant", "SITE", null);
        long contact = admin.createContact(unit, "Hidden person");
        long product = admin.createProduct("HID-");
        idOf.put("accounts", account);
        idOf.put("units", unit);
        idOf.put("contacts", contact);
        idOf.put("touchpoints", admin.post("/api/v1/touchpoints", Api.json("contactIds", List.of(contact), "productIds",
                List.of(product), "date", LocalDate.now().toString(), "channel", "CALL")).id());
        idOf.put("opportunities", admin.post("/api/v1/opportunities", Api.json("unitId", unit, "productId", product,
                "title", "Hidden deal")).id());
        idOf.put("referrals", admin.post("/api/v1/referrals", Api.json("referrerContactId", contact, "targetName",
                "someone")).id());
        idOf.put("testimonials", admin.post("/api/v1/testimonials", Api.json("contactId", contact)).id());
        idOf.put("tasks", admin.post("/api/v1/tasks", Api.json("accountId", account, "title", "Hidden task")).id());
        idOf.put("requests", admin.post("/api/v1/requests", Api.json("accountId", account, "unitId", unit, "type",
                "ISSUE", "title", "Hidden issue")).id());
        long other = admin.createUnit(admin.createAccount("Other "), "Other plant", "SITE", null);
        idOf.put("fit-marks", admin.post("/api/v1/fit-marks", Api.json("unitId", unit, "productId", product, "reason",
                "never")).id());
        assertThat(other).isPositive();
        idOf.values().forEach(id -> assertThat(id).as("every record was created").isPositive());
    }

    record Endpoint(String method, String path) {}

    private List<Endpoint> endpoints() {
        JsonNode doc = admin.get("/v3/api-docs").json();
        List<Endpoint> out = new ArrayList<>();
        doc.path("paths").properties().forEach(p -> p.getValue().propertyNames().forEach(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                out.add(new Endpoint(method.toUpperCase(), p.getKey()));
            }
        }));
        assertThat(out).as("the OpenAPI document lists the API").hasSizeGreaterThan(40);
        return out;
    }

    /** The path with each {id} of the hidden account's records (an unknown number where nothing fits). */
    private String filled(String path) {
        Matcher m = Pattern.compile("/([a-z-]+)/\\{[A-Za-z]+\\}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = idOf.getOrDefault(m.group(1), 999_999_999L);
            m.appendReplacement(out, "/" + m.group(1) + "/" + id);
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void noEndpointAnswersWithoutCredentials() {
        Api anonymous = anonymous();
        for (Endpoint e : endpoints()) {
            Api.Response r = anonymous.send(e.method(), filled(e.path()), e.method().equals("GET")
                    || e.method().equals("DELETE") ? null : "{}", Map.of("Content-Type", "application/json"));
            assertThat(r.status()).as(e + " without credentials").isEqualTo(401);
        }
    }

    @Test
    void noEndpointHandsAMemberARecordOfAnAccountOffTheirTeam() {
        TestUser member = newUser("MEMBER");
        int checked = 0;
        for (Endpoint e : endpoints()) {
            if (!e.path().contains("{")) continue;
            String path = filled(e.path());
            boolean read = e.method().equals("GET") || e.method().equals("DELETE");
            // a change names a version (else 428 before anything is looked up), so that the access check answers
            Api.Response r = member.api().send(e.method(), path, read ? null : "{}",
                    read ? Map.of("Content-Type", "application/json")
                            : Map.of("Content-Type", "application/json", "If-Match", "\"0\""));
            if (path.startsWith("/api/v1/products/")) {
                assertThat(r.status()).as(e + ": products are the portfolio, not an account's").isIn(200, 400, 403, 404);
            } else if (read) {
                assertThat(r.status()).as(e + " as a member off the team: " + r.body()).isIn(403, 404);
            } else {
                assertThat(r.status()).as(e + " as a member off the team: " + r.body()).isIn(400, 403, 404, 409, 415);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
        // and nothing changed: the admin still reads every record as it was
        assertThat(admin.get("/api/v1/tasks/" + idOf.get("tasks")).json().path("title").asString()).isEqualTo("Hidden task");
        assertThat(admin.get("/api/v1/contacts/" + idOf.get("contacts")).json().path("name").asString())
                .isEqualTo("Hidden person");
    }
}
