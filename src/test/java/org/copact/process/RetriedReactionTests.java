package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.copact.mail.MailEvents.MailBounced;
import org.copact.round.Round;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reaction in another module runs after the change committed, on its own; one that fails is
 * kept in Spring Modulith's event publication registry ({@code event_publication}) and done when
 * the incomplete publications are resubmitted, as {@code copact.events} does every minute.
 */
class RetriedReactionTests extends ProcessTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FailsOnce failsOnce;

    @TestConfiguration
    static class Reactions {
        @Bean
        FailsOnce failsOnce() {
            return new FailsOnce();
        }
    }

    /**
     * A reaction to a bounce whose first call fails, as one would while its server is away; read
     * through public methods, since the bean is a proxy.
     */
    static class FailsOnce {
        private final AtomicInteger calls = new AtomicInteger();
        private final List<UUID> done = new CopyOnWriteArrayList<>();

        public int calls() {
            return calls.get();
        }

        public List<UUID> done() {
            return done;
        }

        @ApplicationModuleListener
        void on(MailBounced bounce) {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the server is away");
            }
            done.add(bounce.inboundMailId());
        }
    }

    @Test
    void shouldCompleteAReactionThatFailedOnceWhenItIsResubmitted() {
        Round round = launch("Retried reaction", List.of(stakeholder("Primăria Măgurele", "Elena Dobre",
                "elena@retried.example", "PUBLIC_AUTHORITY", "ro", List.of("PARTICIPANT", "SIGNATORY"))));
        UUID participation = stakeholders(round.id()).get("elena@retried.example").participationId();
        UUID bounceMail = UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new MailBounced(
                round.id(), participation, bounceMail, "elena@retried.example", "undeliverable (status 5.1.1)",
                Instant.now())));

        String facilitatorAddress = facilitator.username() + "@copact.test";
        await().atMost(PATIENCE).until(() -> mailsTo(facilitatorAddress) == 1);
        await().atMost(PATIENCE).until(() -> completion("BouncedMails", bounceMail).isPresent());
        await().atMost(PATIENCE).until(() -> failsOnce.calls() == 1);
        assertThat(failsOnce.done()).isEmpty();
        assertThat(publications("FailsOnce", bounceMail)).as("kept, to be done later").isEqualTo(1);
        assertThat(completion("FailsOnce", bounceMail)).as("not completed").isEmpty();

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        await().atMost(PATIENCE).until(() -> completion("FailsOnce", bounceMail).isPresent());
        assertThat(failsOnce.done()).as("done on the second call").containsExactly(bounceMail);
        assertThat(failsOnce.calls()).isEqualTo(2);
        assertThat(mailsTo(facilitatorAddress)).as("the notice that went out is not resubmitted").isEqualTo(1);
    }

    private long publications(String listener, UUID mailId) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like ?"
                + " and serialized_event like ?", Long.class, "%" + listener + "%", "%" + mailId + "%");
    }

    private Optional<Instant> completion(String listener, UUID mailId) {
        return jdbc.query("select completion_date from event_publication where listener_id like ?"
                + " and serialized_event like ?", (row, n) -> Optional.ofNullable(row.getTimestamp(1))
                        .map(Timestamp::toInstant), "%" + listener + "%", "%" + mailId + "%")
                .stream().findFirst().flatMap(completed -> completed);
    }
}
