package app.prism.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import org.junit.jupiter.api.Test;

/** The Units tab's forms: a country by its English name, and the ids each unit shows. */
class UnitPagesIT extends IntegrationTest {

    @Test
    void aUnitsCountryMayBeTypedByNameAndTheTabShowsItsIds() {
        long account = admin().createAccount("Country form ");
        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page.get("/accounts/" + account + "/units").status()).isEqualTo(200);   // the form's CSRF token
        PageSession.Page added = page.post("/accounts/" + account + "/units", "name", "Werk Köln", "kind", "SITE",
                "country", "Germany", "city", "Köln");
        assertThat(added.status()).isIn(200, 302);

        var unit = admin().get("/api/v1/accounts/" + account + "/units").json().get(0);
        assertThat(unit.path("country").asString()).isEqualTo("DE");

        String tab = page.get("/accounts/" + account + "/units").body();
        assertThat(tab).contains("id " + unit.path("id").asLong());

        // a name that is no country is refused as before, with the rule in words
        PageSession.Page refused = page.post("/accounts/" + account + "/units", "name", "Werk Atlantis", "kind", "SITE",
                "country", "Atlantis");
        String shown = refused.status() == 302 ? page.get(refused.location().replace(baseUrl(), "")).body() : refused.body();
        assertThat(shown).contains("country code");
        assertThat(admin().get("/api/v1/accounts/" + account + "/units").json().size()).isEqualTo(1);
    }
}
