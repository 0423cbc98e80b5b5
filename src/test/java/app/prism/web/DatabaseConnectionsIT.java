package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes keep working after the pool has closed every connection it had, the one that ran the migrations included —
 * as happens in a long-running installation when connections reach their maximum lifetime. H2 2.4.240 failed exactly
 * here ("Check constraint invalid" on every table with a {@code CHECK (x IN (...))}), hence H2 2.5.252 in the POM.
 */
class DatabaseConnectionsIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aTableWithAnInListCheckIsWrittenAfterThePoolRenewedItsConnections() throws Exception {
        Api admin = admin();
        long account = admin.createAccount("Pool renewal ");
        long plantA = admin.createUnit(account, "Plant A", "SITE", null);
        long plantB = admin.createUnit(account, "Plant B", "SITE", null);
        long champion = admin.createContact(plantA, "Chris Champion");

        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        pool.getHikariPoolMXBean().softEvictConnections();   // idle ones close now, busy ones when returned

        Api.Response asked = admin.post("/api/v1/referrals", Api.json("referrerContactId", champion, "targetUnitId",
                plantB));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        Api.Response given = admin.patch("/api/v1/referrals/" + asked.id(), Api.json("status", "GIVEN"));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(given.json().path("status").asString()).isEqualTo("GIVEN");
    }
}
