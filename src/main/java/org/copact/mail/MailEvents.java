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

    /**
     * A mail of this participation was larger than Copact takes in: it is quarantined with its
     * headers only (its body was never read), and its sender should send the file another way.
     */
    public record MailTooLarge(UUID roundId, UUID participationId, UUID inboundMailId, String subject,
            long sizeBytes, long maxBytes, Instant at) {
    }

    /**
     * Files attached to a reply of this participation that Copact did not keep, each with why; the
     * reply itself was recorded.
     */
    public record AttachmentsRefused(UUID roundId, UUID participationId, UUID inboundMailId,
            List<RefusedAttachment> files, Instant at) {

        public AttachmentsRefused {
            files = List.copyOf(files);
        }
    }

    /**
     * @param reason {@code EMPTY}, {@code TOO_LARGE} or {@code PROGRAM}
     * @param detail the size limit in bytes for TOO_LARGE, the type found for PROGRAM, else null
     */
    public record RefusedAttachment(String fileName, String reason, String detail) {
    }
}
