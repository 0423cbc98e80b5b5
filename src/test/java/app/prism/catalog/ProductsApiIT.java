package app.prism.catalog;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductsApiIT extends IntegrationTest {

    private static final String PRODUCTS = "/api/v1/products";

    @Test
    void createsAProductWith201LocationAndMoneyWithTwoDecimals() {
        String code = unique("CRM-");

        Api.Response r = admin().post(PRODUCTS,
                json("code", code, "name", "CRM Suite", "family", "Software", "typicalAnnualValue", 1200.5));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith(PRODUCTS + "/" + r.id());
        assertThat(r.json().path("code").asString()).isEqualTo(code);
        assertThat(r.json().path("name").asString()).isEqualTo("CRM Suite");
        assertThat(r.json().path("family").asString()).isEqualTo("Software");
        assertThat(r.json().path("active").asBoolean()).as("active by default").isTrue();
        assertThat(r.json().path("typicalAnnualValue").decimalValue()).isEqualTo(new BigDecimal("1200.50"));
        Api.Response read = admin().get(r.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().path("typicalAnnualValue").decimalValue()).isEqualTo(new BigDecimal("1200.50"));
    }

    @Test
    void productCodesAreUniqueRegardlessOfCase() {
        String code = unique("dup-");
        admin().post(PRODUCTS, json("code", code, "name", "First"));

        Api.Response r = admin().post(PRODUCTS, json("code", code.toUpperCase(), "name", "Second"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).contains("already exists");
    }

    @Test
    void changingACodeOntoAnotherProductsCodeIsA409() {
        String taken = unique("taken-");
        admin().post(PRODUCTS, json("code", taken, "name", "Taken"));
        long id = admin().createProduct("P");

        assertThat(admin().patch(PRODUCTS + "/" + id, json("code", taken)).status()).isEqualTo(409);
    }

    @Test
    void invalidProductsAreRejectedNamingTheField() {
        assertThat(admin().post(PRODUCTS, json("code", "has space", "name", "X")).errorFields()).containsExactly("code");
        assertThat(admin().post(PRODUCTS, json("code", "", "name", "X")).errorFields()).contains("code");
        assertThat(admin().post(PRODUCTS, json("code", unique("ok"), "name", " ")).errorFields()).containsExactly("name");
        assertThat(admin().post(PRODUCTS, json("code", unique("neg"), "name", "X", "typicalAnnualValue", -1)).errorFields())
                .containsExactly("typicalAnnualValue");
        assertThat(admin().post(PRODUCTS, json("code", unique("dec"), "name", "X", "typicalAnnualValue", 1.234)).errorFields())
                .containsExactly("typicalAnnualValue");
        Api.Response notANumber = admin().post(PRODUCTS,
                json("code", unique("nan"), "name", "X", "typicalAnnualValue", "lots"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.errorFields()).containsExactly("typicalAnnualValue");
        Api.Response notABoolean = admin().post(PRODUCTS, json("code", unique("bool"), "name", "X", "active", "maybe"));
        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(notABoolean.errorFields()).containsExactly("active");
    }

    @Test
    void malformedJsonIsA400AndTextPlainA415() {
        assertThat(admin().post(PRODUCTS, "{\"code\": \"A\",,}").status()).isEqualTo(400);
        Api.Response r = admin().post(PRODUCTS, "code=A", Map.of("Content-Type", "text/plain"));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void membersReadTheCatalogueButMayNotChangeIt() {
        TestUser member = newUser("MEMBER");
        long id = admin().createProduct("RO-");

        Api.Response create = member.api().post(PRODUCTS, json("code", unique("M-"), "name", "Member product"));
        Api.Response update = member.api().patch(PRODUCTS + "/" + id, json("name", "Hijacked"));

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(update.status()).isEqualTo(403);
        assertThat(member.api().get(PRODUCTS + "/" + id).status()).isEqualTo(200);
        assertThat(member.api().get(PRODUCTS).status()).isEqualTo(200);
        assertThat(admin().get(PRODUCTS + "/" + id).json().path("name").asString()).isNotEqualTo("Hijacked");
    }

    @Test
    void managersMayChangeTheCatalogue() {
        TestUser manager = newUser("MANAGER");

        Api.Response r = manager.api().post(PRODUCTS, json("code", unique("MGR-"), "name", "Manager product"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(manager.api().patch(PRODUCTS + "/" + r.id(), json("active", false)).status()).isEqualTo(200);
    }

    @Test
    void patchIsMergeStyleAndNullClearsTheValue() {
        Api.Response created = admin().post(PRODUCTS,
                json("code", unique("MRG-"), "name", "Merge", "family", "Services", "typicalAnnualValue", 99));
        String path = PRODUCTS + "/" + created.id();

        Api.Response r = admin().patch(path, json("typicalAnnualValue", null, "active", false));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("typicalAnnualValue").isNull()).isTrue();
        assertThat(r.json().path("active").asBoolean()).isFalse();
        assertThat(r.json().path("family").asString()).isEqualTo("Services");
        assertThat(r.json().path("name").asString()).isEqualTo("Merge");
        assertThat(r.json().path("version").asLong()).isEqualTo(1);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin().patch(path, json("active", null)).errorFields()).containsExactly("active");
        assertThat(admin().patch(path, json("name", "")).errorFields()).containsExactly("name");
        assertThat(admin().patch(path, json("code", null)).errorFields()).containsExactly("code");
    }

    @Test
    void patchWithAStaleVersionIsA409() {
        String path = PRODUCTS + "/" + admin().createProduct("STL-");
        String etag = admin().get(path).header("ETag");
        assertThat(admin().patch(path, json("name", "One", "version", 0)).status()).isEqualTo(200);

        assertThat(admin().patch(path, json("name", "Two", "version", 0)).status()).isEqualTo(409);
        assertThat(admin().patch(path, json("name", "Three"), Map.of("If-Match", etag)).status()).isEqualTo(409);
        assertThat(admin().get(path).json().path("name").asString()).isEqualTo("One");
    }

    @Test
    void unknownProductIsA404() {
        assertThat(admin().get(PRODUCTS + "/987654321").status()).isEqualTo(404);
        assertThat(admin().patch(PRODUCTS + "/987654321", json("name", "X")).status()).isEqualTo(404);
    }

    @Test
    void listIsFilteredPagedAndCanHideInactiveProducts() {
        String tag = unique("fam");
        long a = admin().post(PRODUCTS, json("code", unique("A"), "name", "Alpha", "family", tag)).id();
        admin().post(PRODUCTS, json("code", unique("B"), "name", "Beta", "family", tag));
        long c = admin().post(PRODUCTS, json("code", unique("C"), "name", "Gamma", "family", tag, "active", false)).id();

        Api.Response all = admin().get(PRODUCTS + "?q=" + tag + "&sort=name");
        Api.Response page = admin().get(PRODUCTS + "?q=" + tag + "&sort=name&size=2&page=1");
        Api.Response active = admin().get(PRODUCTS + "?q=" + tag + "&activeOnly=true");

        assertThat(all.json().path("total").asLong()).isEqualTo(3);
        assertThat(all.json().path("items").get(0).path("id").asLong()).isEqualTo(a);
        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(page.json().path("items").get(0).path("id").asLong()).isEqualTo(c);
        assertThat(page.json().path("total").asLong()).isEqualTo(3);
        assertThat(active.json().path("total").asLong()).isEqualTo(2);
        assertThat(active.body()).doesNotContain("Gamma");
        assertThat(admin().get(PRODUCTS + "?size=501").errorFields()).containsExactly("size");
        assertThat(admin().get(PRODUCTS + "?sort=secret").errorFields()).containsExactly("sort");
    }

    @Test
    void productsAreNeverDeleted() {
        long id = admin().createProduct("KEEP-");

        Api.Response r = admin().delete(PRODUCTS + "/" + id);

        assertThat(r.status()).isEqualTo(405);
        assertThat(admin().get(PRODUCTS + "/" + id).status()).isEqualTo(200);
    }
}
