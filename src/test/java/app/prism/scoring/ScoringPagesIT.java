package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring pages render for each role and keep a MEMBER to the accounts of their team. */
class ScoringPagesIT extends IntegrationTest {

    private static final Map<String, String> HTML = Map.of("Accept", "text/html");

    @Test
    void aMemberSeesOnlyTheirAccountsInThePortfolioAndRatesNoOtherAccount() {
        TestUser member = newUser("MEMBER");
        String mineName = Api.unique("Page mine ");
        String otherName = Api.unique("Page other ");
        long mine = admin().post("/api/v1/accounts", Api.json("name", mineName)).id();
        long other = admin().post("/api/v1/accounts", Api.json("name", otherName)).id();
        admin().put("/api/v1/accounts/" + mine + "/team",
                Api.toJson(List.of(Map.of("userId", member.id(), "role", "ACCOUNT_MANAGER"))));

        Api.Response portfolio = member.api().get("/portfolio", HTML);
        assertThat(portfolio.status()).isEqualTo(200);
        assertThat(portfolio.body()).contains(mineName).doesNotContain(otherName).doesNotContain("Take a snapshot");
        assertThat(member.api().get("/accounts/" + mine + "/rating", HTML).status()).isEqualTo(200);
        assertThat(member.api().get("/accounts/" + other + "/rating", HTML).status()).isEqualTo(404);

        Api.Response model = member.api().get("/scoring/model", HTML);
        assertThat(model.status()).isEqualTo(200);
        assertThat(model.body()).contains("Managers and administrators change the model").doesNotContain("Save as a new version");
    }

    @Test
    void managersGetTheModelEditorAndTheSnapshotButton() {
        Api manager = newUser("MANAGER").api();
        assertThat(manager.get("/scoring/model", HTML).body()).contains("Save as a new version");
        Api.Response portfolio = manager.get("/portfolio", HTML);
        assertThat(portfolio.body()).contains("Take a snapshot").contains("Recommended for key-account management");
    }

    @Test
    void theRatingFormShowsEveryCriterionWithTheDataBehindComputedOnes() {
        admin().put("/api/v1/scoring/model", Api.json("threshold", 5, "criteria", List.of(
                Map.of("key", "fit", "name", "Strategic fit", "axis", "ATTRACTIVENESS", "weight", 1,
                        "description", "Matches what we are best at"),
                Map.of("key", "size", "name", "Size", "axis", "ATTRACTIVENESS", "weight", 1, "source", "TTM_REVENUE"),
                Map.of("key", "rel", "name", "Relationships", "axis", "STRENGTH", "weight", 1,
                        "source", "RELATIONSHIP_COVERAGE"))));
        long account = admin().createAccount("Form ");
        String page = admin().get("/accounts/" + account + "/rating", HTML).body();
        assertThat(page).contains("Strategic fit", "Matches what we are best at", "No data yet.",
                "We do business with no unit yet.", "Not scored");
    }
}
