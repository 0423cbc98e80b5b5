package app.prism.digest;

import app.prism.web.InstanceName;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.function.SingletonSupplier;

/**
 * Scheduled jobs, each run by one instance at a time: ShedLock keeps its locks in the {@code shedlock} table and takes
 * the time from the database, so instances with skewed clocks agree.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    /**
     * {@code locked_by} names the instance as host:port:pid (several instances may share a host); the provider is made
     * on the first lock, when the web server's port is known.
     */
    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider lockProvider(DataSource dataSource, InstanceName instance) {
        SingletonSupplier<LockProvider> provider = SingletonSupplier.of(() -> new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().withLockedByValue(instance.value()).build()));
        return configuration -> provider.obtain().lock(configuration);
    }
}
