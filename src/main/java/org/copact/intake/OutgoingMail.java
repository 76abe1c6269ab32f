package org.copact.intake;

import java.util.UUID;

/** A mail to one person, already written in their language. */
public record OutgoingMail(String toAddress, String toName, String subject, String text, String kind, UUID roundId,
        UUID participationId) {
}
