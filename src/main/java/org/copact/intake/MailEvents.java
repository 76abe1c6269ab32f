package org.copact.intake;

import java.time.Instant;
import java.util.UUID;

public final class MailEvents {

    private MailEvents() {
    }

    /** A mail was accepted by the SMTP server. */
    public record MailSent(UUID roundId, UUID participationId, String kind, String toAddress, String messageId,
            Instant at) {
    }
}
