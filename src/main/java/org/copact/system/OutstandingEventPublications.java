package org.copact.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resubmits the event publications that an {@code @ApplicationModuleListener} did not complete
 * (it threw, or its node stopped) once they are older than {@code copact.events.resubmit-older-than},
 * every {@code resubmit-every}, and forgets completed ones after {@code keep-completed}. Chosen over
 * Spring Modulith's republishing at restart: on a cluster a restarting node would resubmit what
 * another node is working on right now, and a failure would wait for the next restart. One node
 * at a time resubmits (a PostgreSQL advisory lock for the transaction); the listeners are written so
 * that a second run does nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventSettings.class)
class OutstandingEventPublications implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEventPublications.class);
    private static final long LOCK = "copact:event-publications".hashCode();

    private final EventSettings settings;
    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    OutstandingEventPublications(EventSettings settings, IncompleteEventPublications incomplete,
            CompletedEventPublications completed, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.incomplete = incomplete;
        this.completed = completed;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::resubmit, settings.resubmitEvery());
    }

    void resubmit() {
        try {
            transaction.executeWithoutResult(status -> {
                if (Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
                        LOCK))) {
                    incomplete.resubmitIncompletePublicationsOlderThan(settings.resubmitOlderThan());
                    completed.deletePublicationsOlderThan(settings.keepCompleted());
                }
            });
        } catch (RuntimeException e) {
            // the database away: the next run tries again
            log.warn("Incomplete event publications could not be resubmitted: {}", e.getMessage());
        }
    }
}
