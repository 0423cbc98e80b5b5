package app.prism.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The global search: words that start with what is typed, external ids, contact hits told apart by unit and account,
 * the suggestions under the box, and a member's search kept to their teams' accounts.
 */
class SearchPagesIT extends IntegrationTest {

    private static final Map<String, String> HTML = Map.of("Accept", "text/html");

    /** A word no other test's data holds: lower-case letters only, so it can sit inside a word. */
    private static String token() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        return b.toString();
    }

    @Test
    void aSearchFindsWordStartsNotTheMiddleOfWords() {
        String t = token();
        long account = admin().createAccount("Search Group ");
        long plant = admin().createUnit(account, "Plant " + t + "field", "SITE", null);
        admin().createContact(plant, "Anna " + t + "ner");
        admin().createContact(plant, "Ja" + t + " Hall");

        admin().post("/api/v1/products", Api.json("code", Api.unique("SRCH-").toUpperCase(), "name", "Pump " + t + "line"));
        admin().post("/api/v1/products", Api.json("code", Api.unique("SRCH-").toUpperCase(), "name", "Ja" + t + " valve"));

        Api.Response page = admin().get("/search?q=" + t, HTML);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Anna " + t + "ner").contains("Plant " + t + "field")
                .doesNotContain("Ja" + t + " Hall").contains("Pump " + t + "line").doesNotContain("Ja" + t + " valve");
        // the contact hit names its unit and its account, so namesakes can be told apart
        String accountName = admin().get("/api/v1/accounts/" + account).json().path("name").asText();
        assertThat(page.body()).contains("Plant " + t + "field · " + accountName);

        // the start of the whole text counts as a word start too
        assertThat(admin().get("/search?q=ja" + t, HTML).body()).contains("Ja" + t + " Hall");
    }

    @Test
    void externalIdsFindTheirAccountUnitAndContact() {
        String t = token();
        var created = admin().post("/api/v1/accounts", Api.json("name", Api.unique("Ext Search "), "externalId", "SF-" + t));
        assertThat(created.status()).isEqualTo(201);
        String name = created.json().path("name").asText();

        Api.Response page = admin().get("/search?q=SF-" + t.toUpperCase(), HTML);
        assertThat(page.body()).contains(name);
        // an external id is matched whole, not by its start
        assertThat(admin().get("/search?q=SF-" + t.substring(0, 5), HTML).body()).doesNotContain(name);
    }

    @Test
    void suggestionsListAFewHitsAndKeepAMemberToTheirAccounts() {
        String t = token();
        TestUser member = newUser("MEMBER");
        long mine = admin().createAccount("Mine " + t + " ");
        long other = admin().createAccount("Other " + t + " ");
        admin().put("/api/v1/accounts/" + mine + "/team",
                Api.toJson(List.of(Map.of("userId", member.id(), "role", "ACCOUNT_MANAGER"))));
        admin().createContact(admin().createUnit(other, "Hidden unit", "SITE", null), "Olga " + t);

        Api.Response suggestions = member.api().get("/search/suggest?q=" + t, HTML);
        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.body()).contains("role=\"option\"").contains("Mine " + t)
                .doesNotContain("Other " + t).doesNotContain("Olga").contains("All results for");
        // one letter is too little to suggest anything
        assertThat(member.api().get("/search/suggest?q=z", HTML).body()).doesNotContain("role=\"option\"");
        assertThat(admin().get("/search/suggest?q=" + t, HTML).body()).contains("Other " + t).contains("Olga " + t);
    }
}
