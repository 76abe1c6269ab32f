package org.copact.audit;

/**
 * Every type of entry a round's audit record holds: the only place they are named, so that a test
 * can ask the bundles for each one's words ({@code history.event.<type>}, {@code history.audit.<type>}).
 * A constant is written as it is stored (its name is the {@code type} column and the key's end),
 * hence CamelCase; renaming one would orphan the entries already recorded under it.
 */
enum AuditType {
    // the round, its stages, mail and the pact (AuditRecorder)
    RoundDefined, RoundLaunched, StageEntered, DeadlineExtended, StageClosedEarly, ReviewMissed, MailSent,
    MailBounced, ReplyReceived, AttachmentRefused, MailTooLarge, ConsultationAnswered, ConsultationUnanswered,
    PactVersionPublished, PactReviewed, SignatureGiven, PactSealed, SignatureDeclined, DeclineDecided,
    SignatureDeadlineDecided, SignatureRequestWithdrawn, SignatureLapsed, SignedCopyReceived, SignedCopyConfirmed,
    SignedCopyRejected, LinksRevoked, PactInForce,
    // the facilitators' corrections (RoundChangeRecorder)
    RoundRevised, StakeholderAdded, StakeholderRemoved, ContactFixed, RoundCancelled, StakeholderReminded,
    // what people decide and press beside their tasks (StoryRecorder)
    ReviewDecided, RemindNowPressed, DocumentAdded, ConsultationClosed,
    // the pact in force: accession, withdrawal, editions (AccessionRecorder)
    AccessionInvited, AccessionSheetSubmitted, AccessionChangesRequested, AccessionAccepted, PactAcceded,
    PactWithdrawn, EditionSealed, AccessionRefused, AccessionCancelled, AccessionLapsed;
}
