package app.prism.web;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, JDBC batches of inserts go as multi-row {@code INSERT … VALUES (…), (…)} statements
 * ({@code reWriteBatchedInserts}): an import's batched writes take one round trip per batch instead of one per row.
 * No caller reads a batched insert's per-row counts (the driver then answers "success, count unknown").
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null
                && ds.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !ds.getDataSourceProperties().containsKey("reWriteBatchedInserts")) {
            ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
