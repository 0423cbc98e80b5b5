package app.prism.contact;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TestUser;
import org.junit.jupiter.api.Test;

/**
 * No Ctrl-click multi-selects: a contact's colleagues and a testimonial's products are ticked in the checkbox picker,
 * which offers no colleague who has left and keeps a count of what is chosen.
 */
class ColleaguePickerIT extends IntegrationTest {

    @Test
    void colleaguesAreTickedInAPickerWithoutThoseWhoLeft() {
        TestUser stays = newUser("MEMBER");
        TestUser also = newUser("MEMBER");
        TestUser leaves = newUser("MEMBER");
        String staysName = admin().get("/api/v1/users/" + stays.id()).json().path("name").asString();
        String leavesName = admin().get("/api/v1/users/" + leaves.id()).json().path("name").asString();
        assertThat(admin().patch("/api/v1/users/" + leaves.id(), Api.json("active", false)).status()).isEqualTo(200);
        long account = admin().createAccount("Picker ");
        long unit = admin().createUnit(account, "Picker plant", "SITE", null);

        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        String people = page.get("/accounts/" + account + "/people").body();
        assertThat(people).doesNotContain("multiple").doesNotContain("Ctrl")
                .containsPattern("type=\"checkbox\" name=\"ownerUserIds\" value=\"" + stays.id() + "\"")
                .contains(staysName).doesNotContain(leavesName).contains("data-chosen-count");

        page.post("/accounts/" + account + "/people", "unitId", String.valueOf(unit), "name", "Pia Picked",
                "buyingRole", "USER", "attitude", "NEUTRAL", "relationshipStrength", "1",
                "ownerUserIds", stays.id() + "," + also.id());
        var contact = admin().get("/api/v1/units/" + unit + "/contacts").json();
        var created = contact.isArray() ? contact.get(0) : contact.path("items").get(0);
        assertThat(created.path("ownerUserIds").size()).isEqualTo(2);

        // the edit form shows them ticked, and the count with them
        String edit = page.get("/contacts/" + created.path("id").asLong() + "/edit").body();
        assertThat(edit).containsPattern("value=\"" + stays.id() + "\" checked");
        assertThat(edit).containsPattern("data-chosen-count>2<");

        String referrals = page.get("/accounts/" + account + "/referrals").body();
        assertThat(referrals).doesNotContain("multiple").contains("type=\"checkbox\" name=\"productIds\"");
    }
}
