package org.copact.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.copact.identity.Caller;
import org.copact.signing.SigningEvents.AccessionAccepted;
import org.copact.signing.SigningEvents.AccessionCancelled;
import org.copact.signing.SigningEvents.AccessionLapsed;
import org.copact.signing.SigningEvents.AccessionRefused;
import org.copact.signing.SigningEvents.AccessionChangesRequested;
import org.copact.signing.SigningEvents.AccessionInvited;
import org.copact.signing.SigningEvents.AccessionSheetSubmitted;
import org.copact.signing.SigningEvents.EditionSealed;
import org.copact.signing.SigningEvents.PactAcceded;
import org.copact.signing.SigningEvents.PactWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The history of a pact in force: every accession step, every withdrawal and every edition sealed,
 * written in the transaction of the change, as {@link AuditRecorder} writes the rest.
 */
@Component
class AccessionRecorder {

    private final AuditLog log;

    AccessionRecorder(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AccessionInvited e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.AccessionInvited,
                e.organisation() + " invited to accede to the pact",
                details("accession", e.accessionId(), "participation", e.participationId(), "organisation",
                        e.organisation()));
    }

    @EventListener
    void on(AccessionSheetSubmitted e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.AccessionSheetSubmitted,
                "Commitment sheet sent for acceptance, " + e.commitments() + " commitment(s)",
                details("accession", e.accessionId(), "participation", e.participationId(), "commitments",
                        String.valueOf(e.commitments())));
    }

    @EventListener
    void on(AccessionChangesRequested e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.AccessionChangesRequested,
                "Changes to the commitment sheet asked for: " + e.reason(),
                details("accession", e.accessionId(), "participation", e.participationId(), "reason", e.reason()));
    }

    @EventListener
    void on(AccessionAccepted e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.AccessionAccepted, "Commitment sheet accepted",
                details("accession", e.accessionId(), "participation", e.participationId()));
    }

    @EventListener
    void on(AccessionRefused e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.AccessionRefused, "Commitment sheet refused: " + e.reason(),
                details("accession", e.accessionId(), "participation", e.participationId(), "reason", e.reason()));
    }

    @EventListener
    void on(AccessionCancelled e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.AccessionCancelled,
                "Invitation to accede cancelled: " + e.reason(),
                details("accession", e.accessionId(), "participation", e.participationId(), "reason", e.reason()));
    }

    @EventListener
    void on(AccessionLapsed e) {
        log.append(e.roundId(), e.at(), AuditRecorder.SYSTEM, AuditType.AccessionLapsed,
                "Invitation to accede lapsed unsigned at its due date " + e.dueAt(),
                details("accession", e.accessionId(), "participation", e.participationId(), "dueAt", e.dueAt()));
    }

    @EventListener
    void on(PactAcceded e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.PactAcceded,
                "Acceded to the pact in force, SHA-256 " + e.sha256(),
                details("accession", e.accessionId(), "participation", e.participationId(), "sha256", e.sha256()));
    }

    @EventListener
    void on(PactWithdrawn e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.PactWithdrawn,
                "Withdrew from the pact in force: " + e.reason(),
                details("participation", e.participationId(), "reason", e.reason(), "pactVersion",
                        e.pactVersionId()));
    }

    @EventListener
    void on(EditionSealed e) {
        log.append(e.roundId(), e.at(), AuditRecorder.SYSTEM, AuditType.EditionSealed,
                "Edition " + e.edition() + " of the signed pact sealed, SHA-256 of the PDF " + e.sealedSha256(),
                details("edition", String.valueOf(e.edition()), "sealedSha256", e.sealedSha256(), "versionSha256",
                        e.versionSha256(), "pactVersion", e.pactVersionId()));
    }

    private static String stakeholder(UUID participationId) {
        return Caller.STAKEHOLDER_ACTOR + participationId;
    }

    /** keys and values, a UUID written out, a null as empty */
    private static Map<String, String> details(Object... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1].toString());
        }
        return details;
    }
}
