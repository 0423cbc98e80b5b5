package app.prism.catalog;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import app.prism.web.Texts;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    static final Map<String, String> SORTS = Map.of("code", "code_key", "name", "lower(name)",
            "family", "lower(family)", "value", "typical_annual_value", "updatedAt", "updated_at");

    private static final String COLUMNS =
            "id, code, name, family, active, typical_annual_value, version, created_at, updated_at, external_id";
    private static final String FILTER = """
             where (lower(name) like :q escape '\\' or code_key like :q escape '\\'
                    or lower(coalesce(family, '')) like :q escape '\\')
               and (:active = 0 or active = true)
            """;

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProductView> page(PageQuery page, boolean activeOnly, String orderBy) {
        return jdbc.sql("select " + COLUMNS + " from product" + FILTER + " order by " + orderBy
                        + ", id limit :limit offset :offset")
                .param("q", page.likePattern()).param("active", activeOnly ? 1 : 0)
                .param("limit", page.size()).param("offset", page.offset()).query(ProductView.class).list();
    }

    long total(PageQuery page, boolean activeOnly) {
        return jdbc.sql("select count(*) from product" + FILTER).param("q", page.likePattern())
                .param("active", activeOnly ? 1 : 0).query(Long.class).single();
    }

    List<ProductView> all() {
        return jdbc.sql("select " + COLUMNS + " from product order by lower(coalesce(family, '')), code_key")
                .query(ProductView.class).list();
    }

    Optional<ProductView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from product where id = :id").param("id", id)
                .query(ProductView.class).optional();
    }

    Optional<ProductView> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from product where code_key = :k").param("k", Texts.key(code))
                .query(ProductView.class).optional();
    }

    List<ProductView> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from product where id in (:ids)").param("ids", ids)
                .query(ProductView.class).list();
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from product where code_key = :k and id <> :id")
                .param("k", Texts.key(code)).param("id", exceptId).query(Long.class).single() > 0;
    }

    Optional<ProductView> findByExternalId(String externalId) {
        return jdbc.sql("select " + COLUMNS + " from product where external_id = :e").param("e", externalId)
                .query(ProductView.class).optional();
    }

    boolean externalIdTaken(String externalId, long exceptId) {
        return externalId != null && jdbc.sql("select count(*) from product where external_id = :e and id <> :id")
                .param("e", externalId).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(String code, String name, String family, boolean active, BigDecimal value, String externalId) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into product (code, code_key, name, family, active, typical_annual_value, external_id,
                                     version, created_at, created_by, updated_at, updated_by)
                values (:code, :key, :name, :family, :active, :value, :ext, 0, :now, :by, :now, :by)""")
                .param("ext", externalId)
                .param("code", code).param("key", Texts.key(code)).param("name", name).param("family", family)
                .param("active", active).param("value", value).param("now", now).param("by", Audit.actor())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, long expectedVersion, String code, String name, String family, boolean active,
            BigDecimal value, String externalId) {
        return jdbc.sql("""
                update product set code = :code, code_key = :key, name = :name, family = :family, active = :active,
                       typical_annual_value = :value, external_id = :ext, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("code", code).param("key", Texts.key(code)).param("name", name).param("family", family)
                .param("active", active).param("value", value).param("ext", externalId).param("now", Audit.now())
                .param("by", Audit.actor()).param("id", id).param("version", expectedVersion).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from product where id = :id").param("id", id).update();
    }
}
