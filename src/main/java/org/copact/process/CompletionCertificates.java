package org.copact.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copact.audit.RecordedEvent;
import org.copact.audit.RoundTimeline;
import org.copact.documents.DocumentService;
import org.copact.pact.CompletionCertificate;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.signing.Signature;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;

/**
 * The certificate of completion of a round, from what each module recorded: the signing acts (with
 * their IP address and user agent, and for a signed copy the facilitator who recorded it) from signing, the timeline from the audit record, the hashes of
 * the round's documents from documents. Organisations are named, never e-mail addresses.
 */
@Component
public class CompletionCertificates {

    /** the audit entries the timeline shows, and the mails among them that mark a step of the round */
    private static final List<String> SHOWN = List.of("RoundDefined", "RoundLaunched", "ConsultationAnswered",
            "ConsultationUnanswered", "PactVersionPublished", "PactReviewed", "SignatureGiven", "SignatureDeclined",
            "SignedCopyConfirmed", "PactInForce", "PactAcceded", "PactWithdrawn");
    private static final List<String> MAILS = List.of("invitation", "review-request", "signature-request");
    private static final String PARTICIPATION = "participation";

    private final RoundTimeline timeline;
    private final SigningService signing;
    private final PactService pacts;
    private final DocumentService documents;
    private final Participations participations;

    CompletionCertificates(RoundTimeline timeline, SigningService signing, PactService pacts,
            DocumentService documents, Participations participations) {
        this.timeline = timeline;
        this.signing = signing;
        this.pacts = pacts;
        this.documents = documents;
        this.participations = participations;
    }

    public CompletionCertificate of(PactVersion inForce) {
        UUID roundId = inForce.roundId();
        Map<UUID, Contact> contacts = new HashMap<>();
        List<CompletionCertificate.SigningAct> acts = new ArrayList<>();
        for (Signature act : signing.signaturesOfRound(roundId)) {
            Contact contact = contact(act.participationId(), contacts).orElseThrow();
            acts.add(new CompletionCertificate.SigningAct(act.createdAt(), contact.organisation(),
                    contact.contactName(), pacts.version(act.pactVersionId()).number(), act.sha256(),
                    act.decision().name(), act.method().name(), act.ipAddress(), act.userAgent(),
                    act.recordedBy() == null ? null : new CompletionCertificate.Recorder(act.recordedBy().name(),
                            act.recordedBy().ipAddress(), act.recordedBy().userAgent())));
        }
        List<RecordedEvent> recorded = timeline.recorded(roundId);
        List<CompletionCertificate.Event> events = new ArrayList<>();
        for (RecordedEvent entry : recorded) {
            event(entry, contacts).ifPresent(events::add);
        }
        List<CompletionCertificate.DocumentHash> hashes = documents.documents(roundId).stream()
                .map(d -> new CompletionCertificate.DocumentHash(d.fileName(), d.sha256(), d.addedAt())).toList();
        return new CompletionCertificate(events, acts, hashes, inForce.sha256(),
                recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).hash());
    }

    private Optional<CompletionCertificate.Event> event(RecordedEvent entry, Map<UUID, Contact> contacts) {
        Map<String, String> details = entry.details();
        String organisation = organisation(details.get(PARTICIPATION), contacts);
        if (entry.type().equals("MailSent")) {
            return MAILS.contains(details.get("kind")) ? Optional.of(new CompletionCertificate.Event(entry.at(),
                    details.get("kind"), List.of(organisation))) : Optional.empty();
        }
        if (!SHOWN.contains(entry.type())) {
            return Optional.empty();
        }
        List<String> arguments = switch (entry.type()) {
            case "ConsultationAnswered", "ConsultationUnanswered", "SignedCopyConfirmed" -> List.of(organisation);
            case "PactVersionPublished" -> List.of(details.getOrDefault("version", ""),
                    details.getOrDefault("sha256", ""));
            case "PactReviewed" -> List.of(organisation, details.getOrDefault("version", ""));
            case "SignatureGiven" -> List.of(organisation, details.getOrDefault("sha256", ""));
            case "SignatureDeclined" -> List.of(organisation, details.getOrDefault("sha256", ""),
                    details.getOrDefault("reason", ""));
            case "PactAcceded" -> List.of(organisation, details.getOrDefault("sha256", ""));
            case "PactWithdrawn" -> List.of(organisation, details.getOrDefault("reason", ""));
            default -> List.of();
        };
        String kind = entry.type().equals("PactReviewed") ? entry.type() + "." + details.get("decision")
                : entry.type();
        return Optional.of(new CompletionCertificate.Event(entry.at(), kind, arguments));
    }

    private String organisation(String participationId, Map<UUID, Contact> contacts) {
        if (participationId == null || participationId.isBlank()) {
            return "";
        }
        return contact(UUID.fromString(participationId), contacts).map(Contact::organisation).orElse("");
    }

    private Optional<Contact> contact(UUID participationId, Map<UUID, Contact> contacts) {
        Contact known = contacts.get(participationId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Contact> found = participations.find(participationId).map(p -> p.contact());
        found.ifPresent(contact -> contacts.put(participationId, contact));
        return found;
    }
}
