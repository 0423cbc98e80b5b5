package app.prism.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A risk's reason on a page writes its date as the reader's locale does, not as ISO. */
class RiskReasonDatesIT extends IntegrationTest {

    @Test
    void aGoneQuietUnitSaysSinceWhenInTheReadersLocale() {
        Api admin = admin();
        long account = admin.createAccount("Quiet dates ");
        long unit = admin.createUnit(account, "Quiet plant", "SITE", null);
        long contact = admin.createContact(unit, "Quentin Quiet");
        long product = admin.createProduct("QD-");
        LocalDate last = LocalDate.now().minusDays(200);
        assertThat(admin.post("/api/v1/touchpoints", Api.json("contactIds", List.of(contact), "productIds",
                List.of(product), "date", last.toString(), "channel", "MEETING")).status()).isEqualTo(201);

        String german = admin.get("/accounts/" + account + "/risks/panel",
                Map.of("Accept", "text/html", "Accept-Language", "de-DE")).body();
        assertThat(german).contains("since " + last.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.GERMANY))).doesNotContain("since " + last);
    }
}
