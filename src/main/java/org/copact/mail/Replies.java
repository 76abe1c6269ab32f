package org.copact.mail;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The replies by mail on record for a participation, as {@link InboundMails} took them. */
@Component
public class Replies {

    private final JdbcTemplate jdbc;

    Replies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The text of this reply of this participation, as the stakeholder wrote it (what
     * {@link MailEvents.ReplyReceived} carried); empty if there is no such reply.
     */
    @Transactional(readOnly = true)
    public Optional<String> text(UUID inboundMailId, UUID participationId) {
        return jdbc.query("""
                select coalesce(body_text, '') from inbound_mail where id = ? and participation_id = ?
                and outcome = 'REPLY'""", (row, n) -> row.getString(1), inboundMailId, participationId)
                .stream().findFirst();
    }

    /**
     * The first reply of this participation on record (its inbound mail's id) since the latest mail of
     * this kind was sent to it (all its replies if none was), if it has sent one: a stakeholder removed
     * and added again is asked anew, and what they wrote before does not answer the new invitation.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> firstSince(UUID participationId, String kind) {
        return jdbc.query("""
                select id from inbound_mail where participation_id = ? and outcome = 'REPLY'
                and received_at >= coalesce((select max(sent_at) from sent_mail
                                             where participation_id = ? and kind = ?), '-infinity')
                order by received_at, id limit 1""", (row, n) -> row.getObject(1, UUID.class), participationId,
                participationId, kind).stream().findFirst();
    }
}
