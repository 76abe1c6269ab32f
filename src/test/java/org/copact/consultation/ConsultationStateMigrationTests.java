package org.copact.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V9 moves where each participant stands in the consultation from the participation to the
 * consultation's own table: a database of an earlier version keeps every invitation and answer.
 */
class ConsultationStateMigrationTests {

    private static final Instant INVITED_AT = Instant.parse("2026-02-02T10:00:00Z");

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void shouldMoveEveryInvitationAndAnswerToTheConsultation() {
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).target("8").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.update("insert into region (id, name, default_language) values ('ro-if', 'Ilfov', 'ro')");
        UUID round = UUID.randomUUID();
        jdbc.update("""
                insert into round (id, region_id, title, default_language, languages, consultation_deadline,
                    reminder_before_seconds, review_deadline, signature_deadline, signing_rule, status, stage,
                    created_by, created_at)
                values (?, 'ro-if', 'Pact', 'ro', 'ro', now(), 0, now(), now(), 'ALL', 'RUNNING', 'CONSULTATION',
                    'ana', now())""", round);
        UUID notInvited = participation(jdbc, round, "NOT_INVITED", null);
        UUID invited = participation(jdbc, round, "INVITED", INVITED_AT);
        UUID answered = participation(jdbc, round, "ANSWERED", INVITED_AT);
        UUID noAnswer = participation(jdbc, round, "NO_ANSWER", INVITED_AT);

        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();

        List<Map<String, Object>> moved = jdbc.queryForList(
                "select participation_id, round_id, status, invited_at from consultation_participant");
        assertThat(moved).extracting(row -> row.get("participation_id"))
                .containsExactlyInAnyOrder(invited, answered, noAnswer).doesNotContain(notInvited);
        assertThat(moved).allSatisfy(row -> {
            assertThat(row.get("round_id")).isEqualTo(round);
            assertThat(row.get("invited_at")).isEqualTo(Timestamp.from(INVITED_AT));
        });
        assertThat(jdbc.queryForObject("select status from consultation_participant where participation_id = ?",
                String.class, answered)).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("select status from consultation_participant where participation_id = ?",
                String.class, noAnswer)).isEqualTo("NO_ANSWER");
        assertThat(jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = 'participation'""", String.class))
                .as("the register keeps no consultation state").doesNotContain("consultation_status", "invited_at");
    }

    private static UUID participation(JdbcTemplate jdbc, UUID round, String status, Instant invitedAt) {
        UUID stakeholder = UUID.randomUUID();
        jdbc.update("""
                insert into stakeholder (id, region_id, organisation, contact_name, email, category, language)
                values (?, 'ro-if', 'Org', 'Ana', ?, 'SME', 'ro')""", stakeholder, stakeholder + "@org.example");
        UUID participation = UUID.randomUUID();
        jdbc.update("""
                insert into participation (id, round_id, stakeholder_id, roles, consultation_status, invited_at)
                values (?, ?, ?, 'PARTICIPANT', ?, ?)""", participation, round, stakeholder, status,
                invitedAt == null ? null : Timestamp.from(invitedAt));
        return participation;
    }
}
