package org.copact.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.copact.identity.LinkProperties;
import org.copact.identity.StaffAccounts;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest of a round's notices, for facilitators who chose it: each notice is held when it
 * happens, and once a day ({@code copact.mail.digest-cron}, 18:00 by default) every facilitator gets
 * one mail per round listing what was held for them. The digest is keyed by the notices it takes,
 * and the notices are taken under a row lock, so a second node or a retry sends nothing twice.
 */
@Service
public class FacilitatorDigests {

    static final String KIND = "facilitator-digest";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MailOutbox outbox;
    private final RoundMails roundMails;
    private final RoundService rounds;
    private final LinkProperties links;
    private final Clock clock;

    FacilitatorDigests(JdbcTemplate jdbc, PlatformTransactionManager transactions, MailOutbox outbox,
            RoundMails roundMails, RoundService rounds, LinkProperties links, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.outbox = outbox;
        this.roundMails = roundMails;
        this.rounds = rounds;
        this.links = links;
        this.clock = clock;
    }

    /** Keeps a notice for the next digest; the same notice held twice (a retry) is kept once. */
    void hold(String key, UUID roundId, StaffAccounts.Contact facilitator, Locale locale, String subject,
            String body) {
        jdbc.update("""
                insert into facilitator_digest_entry (id, notice_key, round_id, to_address, to_name, language, subject,
                body, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (notice_key) do nothing""",
                UUID.randomUUID(), key, roundId, facilitator.email(), facilitator.name(), locale.getLanguage(),
                MailReading.clip(subject, 500), body, Timestamp.from(clock.instant()));
    }

    /** Sends every digest that has notices waiting; returns how many digests went out. */
    @Scheduled(cron = "${copact.mail.digest-cron:0 0 18 * * *}")
    public int sendDue() {
        List<Map<String, Object>> groups = jdbc.queryForList("""
                select distinct round_id, to_address from facilitator_digest_entry where digested_at is null""");
        int sent = 0;
        for (Map<String, Object> group : groups) {
            UUID roundId = (UUID) group.get("round_id");
            String address = (String) group.get("to_address");
            Boolean went = transactions.execute(status -> send(roundId, address));
            sent += Boolean.TRUE.equals(went) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(UUID roundId, String address) {
        List<Map<String, Object>> notices = jdbc.queryForList("""
                select id, to_name, language, subject from facilitator_digest_entry
                where round_id = ? and to_address = ? and digested_at is null
                order by created_at, id for update skip locked""", roundId, address);
        if (notices.isEmpty()) {
            return false;
        }
        Round round = rounds.round(roundId);
        String name = (String) notices.get(0).get("to_name");
        Locale locale = Locale.forLanguageTag((String) notices.get(0).get("language"));
        StringBuilder list = new StringBuilder();
        for (Map<String, Object> notice : notices) {
            list.append(list.isEmpty() ? "" : "\n").append("- ").append(notice.get("subject"));
        }
        Object[] arguments = {name, round.title(), notices.size(), list.toString(),
                links.publicUrl().resolve("/rounds/" + roundId)};
        RoundMails.Text words = roundMails.write(round, KIND, locale, arguments);
        outbox.send(OutgoingMail.toStaff(KIND + "/" + roundId + "/" + address + "/" + notices.get(0).get("id"),
                address, name, words.subject(), words.body(), KIND, roundId, null));
        for (Map<String, Object> notice : notices) {
            jdbc.update("update facilitator_digest_entry set digested_at = ? where id = ?",
                    Timestamp.from(clock.instant()), notice.get("id"));
        }
        return true;
    }
}
