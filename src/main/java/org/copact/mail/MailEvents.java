package org.copact.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the mail module tells the rest of Copact, past tense, published in the transaction that recorded it. */
public final class MailEvents {

    private MailEvents() {
    }

    /** A mail was accepted by the SMTP server. */
    public record MailSent(UUID roundId, UUID participationId, String kind, String toAddress, String messageId,
            Instant at) {
    }

    /**
     * A stakeholder answered a mail of Copact by email; the reply is recorded as {@code inboundMailId}.
     *
     * @param text the reply's text as the person wrote it, as Copact keeps it (quotes and all)
     * @param documentIds the documents its attachments became, in the order they came in the mail
     * @param vouched it is known to be theirs, because it came to their personal reply address or a
     *     facilitator assigned it to them; a reply matched only by its From address is not, since
     *     that address is easily forged
     */
    public record ReplyReceived(UUID roundId, UUID participationId, UUID inboundMailId, String text,
            List<UUID> documentIds, Instant at, boolean vouched) {

        public ReplyReceived {
            text = text == null ? "" : text;
            documentIds = List.copyOf(documentIds);
        }
    }

    /**
     * A mail server reported that a mail Copact sent to this participation's address cannot be
     * delivered (a delivery status notification to the mail's reply address).
     */
    public record MailBounced(UUID roundId, UUID participationId, UUID inboundMailId, String toAddress,
            String failure, Instant at) {
    }
}
