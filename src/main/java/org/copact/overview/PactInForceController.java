package org.copact.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.pact.PactDocument;
import org.copact.process.AccessionEndings;
import org.copact.process.AccessionInput;
import org.copact.process.AccessionInvitations;
import org.copact.process.PactWithdrawals;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.signing.SealedPacts;
import org.copact.signing.SigningOrigin;
import org.copact.signing.Withdrawals;
import org.copact.stakeholder.Participations;
import org.copact.tasks.StakeholderPages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pact in force over the API: organisations invited to accede and where each stands, the editions
 * of the signed pact (each a sealed PDF of its own), and a signatory's withdrawal.
 */
@RestController
class PactInForceController {

    record AccessionView(UUID id, UUID participationId, String organisation, String status,
            List<PactDocument.Commitment> commitments, String changeReason, String invitedBy, Instant invitedAt,
            Instant signedAt, Instant dueAt, String endReason, String endedBy, Instant endedAt) {
    }

    record CancellationInput(String reason) {
    }

    record EditionView(int edition, String sha256, Instant sealedAt, String pdf) {
    }

    record WithdrawalInput(String reason) {
    }

    record WithdrawalView(UUID id, UUID participationId, String organisation, String reason, Instant at) {
    }

    private final AccessionInvitations invitations;
    private final AccessionEndings endings;
    private final Accessions accessions;
    private final PactWithdrawals pactWithdrawals;
    private final Withdrawals withdrawals;
    private final SealedPacts sealedPacts;
    private final RoundService rounds;
    private final Participations participations;
    private final CurrentCaller caller;
    private final StakeholderPages stakeholderPages;

    PactInForceController(AccessionInvitations invitations, AccessionEndings endings, Accessions accessions, PactWithdrawals pactWithdrawals,
            Withdrawals withdrawals, SealedPacts sealedPacts, RoundService rounds, Participations participations,
            CurrentCaller caller, StakeholderPages stakeholderPages) {
        this.invitations = invitations;
        this.endings = endings;
        this.accessions = accessions;
        this.pactWithdrawals = pactWithdrawals;
        this.withdrawals = withdrawals;
        this.sealedPacts = sealedPacts;
        this.rounds = rounds;
        this.participations = participations;
        this.caller = caller;
        this.stakeholderPages = stakeholderPages;
    }

    @Operation(summary = "Invite an organisation to accede to the pact in force",
            description = "Either a stakeholder of the round (participationId) or a new organisation with its contact "
                    + "(organisation, contactName, email, category, language), who becomes a signatory of the round, "
                    + "with the last day to sign (dueDate, yyyy-MM-dd; by default copact.accession.due-after from "
                    + "now): it is reminded copact.accession.reminder-before the due date, and after it the "
                    + "accession lapses, the organisation and the facilitators told. "
                    + "It is mailed a personal link to the pact in force, drafts its commitment sheet, which a "
                    + "facilitator accepts or sends back with a reason, and signs with a one-time code; the next "
                    + "edition of the signed pact is then sealed. The history records each step.")
    @ApiResponse(responseCode = "201", description = "the accession, invited")
    @ApiResponse(responseCode = "400", description = "field errors (problem+json), in the caller's language")
    @ApiResponse(responseCode = "409", description = "the pact is not in force, or the organisation signed it or "
            + "was invited already")
    @PostMapping("/api/rounds/{id}/accessions")
    @PreAuthorize("hasRole('FACILITATOR')")
    ResponseEntity<AccessionView> invite(@PathVariable UUID id, @RequestBody(required = false) AccessionInput input) {
        Accession accession = invitations.invite(id, input, caller.staff(), LocaleContextHolder.getLocale());
        return ResponseEntity.created(URI.create("/api/rounds/" + id + "/accessions")).body(view(accession));
    }

    @Operation(summary = "Cancel an invitation to accede, with a reason",
            description = "While the accession runs (not signed, refused, cancelled or lapsed): the organisation's "
                    + "open task is withdrawn, it is mailed the reason in its language, and the history records "
                    + "the cancellation. (A sheet is refused through the review task, decision REFUSE.)")
    @ApiResponse(responseCode = "200", description = "the accession, cancelled")
    @ApiResponse(responseCode = "400", description = "no reason, or one too long (problem+json), in the caller's "
            + "language")
    @ApiResponse(responseCode = "404", description = "no such accession in this round")
    @ApiResponse(responseCode = "409", description = "the accession is signed or ended already")
    @PostMapping("/api/rounds/{id}/accessions/{accessionId}/cancellation")
    @PreAuthorize("hasRole('FACILITATOR')")
    AccessionView cancel(@PathVariable UUID id, @PathVariable UUID accessionId,
            @RequestBody(required = false) CancellationInput input) {
        return view(endings.cancel(id, accessionId, input == null ? null : input.reason(), caller.staff(),
                LocaleContextHolder.getLocale()));
    }

    @Operation(summary = "The accessions to the round's pact", description = "Each with its commitment sheet, its "
            + "due date and where it stands: INVITED, SUBMITTED, CHANGES_REQUESTED, ACCEPTED, SIGNED, or ended "
            + "unsigned: REFUSED, CANCELLED (each with the facilitator's reason), LAPSED.")
    @GetMapping("/api/rounds/{id}/accessions")
    List<AccessionView> accessions(@PathVariable UUID id) {
        return accessions.ofRound(rounds.visibleRound(id, caller.staff()).id()).stream().map(this::view).toList();
    }

    @Operation(summary = "The editions of the signed pact", description = "Edition 1 is the pact sealed as it came "
            + "into force; each accession or withdrawal seals the next. Every edition stays valid and verifiable.")
    @GetMapping("/api/rounds/{id}/pact/editions")
    List<EditionView> editions(@PathVariable UUID id) {
        UUID roundId = rounds.visibleRound(id, caller.staff()).id();
        return sealedPacts.editions(roundId).stream().map(e -> new EditionView(e.edition(), e.sha256(), e.sealedAt(),
                "/api/rounds/" + roundId + "/pact/editions/" + e.edition() + "/pdf")).toList();
    }

    @Operation(summary = "One edition of the signed pact, as it was sealed")
    @ApiResponse(responseCode = "404", description = "no such edition")
    @GetMapping("/api/rounds/{id}/pact/editions/{edition}/pdf")
    ResponseEntity<byte[]> editionForStaff(@PathVariable UUID id, @PathVariable int edition) {
        return edition(rounds.visibleRound(id, caller.staff()), edition);
    }

    @GetMapping("/my/pact/editions/{edition}/pdf")
    ResponseEntity<byte[]> editionForStakeholder(@PathVariable int edition, HttpServletRequest request) {
        return edition(rounds.round(stakeholderPages.enter(request, null).roundId()), edition);
    }

    @Operation(summary = "Withdraw from the pact in force (a signatory, through its own link's session)",
            description = "With a reason, kept in the history; the next edition of the signed pact marks the "
                    + "organisation as withdrawn, and it and the facilitators are told.")
    @ApiResponse(responseCode = "201", description = "the withdrawal, on record")
    @ApiResponse(responseCode = "400", description = "no reason, or one too long (problem+json), in the signatory's "
            + "language")
    @ApiResponse(responseCode = "409", description = "the pact is not in force, the caller did not sign it, or "
            + "withdrew already")
    @PostMapping("/api/rounds/{id}/withdrawals")
    ResponseEntity<WithdrawalView> withdraw(@PathVariable UUID id, @RequestBody(required = false) WithdrawalInput input,
            HttpServletRequest request) {
        Caller.Stakeholder signatory = caller.stakeholder().filter(s -> s.roundId().equals(id))
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.stakeholderPage"));
        Withdrawals.Withdrawal withdrawal = pactWithdrawals.withdraw(id, signatory.participationId(),
                input == null ? null : input.reason(), origin(request), LocaleContextHolder.getLocale());
        return ResponseEntity.created(URI.create("/api/rounds/" + id + "/withdrawals")).body(view(withdrawal));
    }

    @Operation(summary = "The withdrawals from the round's pact")
    @GetMapping("/api/rounds/{id}/withdrawals")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    List<WithdrawalView> withdrawals(@PathVariable UUID id) {
        return withdrawals.of(rounds.visibleRound(id, caller.staff()).id()).stream().map(this::view).toList();
    }

    static SigningOrigin origin(HttpServletRequest request) {
        return new SigningOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }

    private ResponseEntity<byte[]> edition(Round round, int edition) {
        byte[] pdf = sealedPacts.pdf(round.id(), edition)
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.edition", edition));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename(PactPdfController.fileName(round.title(), "signed-e" + edition)).build().toString())
                .body(pdf);
    }

    private AccessionView view(Accession a) {
        return new AccessionView(a.id(), a.participationId(), organisation(a.participationId()), a.status().name(),
                a.commitments(), a.changeReason(), a.invitedBy(), a.invitedAt(), a.signedAt(), a.dueAt(),
                a.endReason(), a.endedBy(), a.endedAt());
    }

    private WithdrawalView view(Withdrawals.Withdrawal w) {
        return new WithdrawalView(w.id(), w.participationId(), organisation(w.participationId()), w.reason(), w.at());
    }

    private String organisation(UUID participationId) {
        return participations.participation(participationId).contact().organisation();
    }
}
