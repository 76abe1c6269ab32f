package org.copact.overview;

import org.copact.round.Targets;
import org.copact.round.Round;
import org.copact.tasks.RoundTasks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copact.consultation.ConsultationService;
import org.copact.consultation.ConsultationService.Standing;
import org.copact.consultation.ConsultationStatus;
import org.copact.pact.MissedReviews;
import org.copact.pact.PactReview;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.pact.ReviewDecision;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts together a round's view from its stakeholders, its pact, its signatures and its open tasks. */
@Component
public class RoundOverview {

    /** Without these, a local green deal is missing a side it needs. */
    static final Set<StakeholderCategory> NEEDED = EnumSet.of(StakeholderCategory.PUBLIC_AUTHORITY,
            StakeholderCategory.SME);

    private final Participations participations;
    private final ConsultationService consultation;
    private final PactService pacts;
    private final SigningService signing;
    private final List<RoundTasks> tasks;
    private final MissedReviews missedReviews;
    private final MessageSource messages;

    RoundOverview(Participations participations, ConsultationService consultation, PactService pacts,
            SigningService signing, List<RoundTasks> tasks, MissedReviews missedReviews, MessageSource messages) {
        this.missedReviews = missedReviews;
        this.messages = messages;
        this.participations = participations;
        this.consultation = consultation;
        this.pacts = pacts;
        this.signing = signing;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public RoundView of(Round round) {
        UUID roundId = round.id();
        List<ParticipationView> all = participations.ofRound(roundId);
        Map<UUID, Standing> standings = consultation.standingsIn(roundId);
        Optional<PactVersion> current = pacts.latest(roundId);
        List<PactReview> reviews = current.map(v -> pacts.reviews(v.id())).orElse(List.of());
        List<Signature> signatures = current.map(v -> signing.signatures(v.id())).orElse(List.of());
        // of the current version: who had not reviewed it when its review closed
        Set<UUID> missedReview = Set.copyOf(current.map(v -> missedReviews.of(v.id())).orElse(List.of()));

        RoundView.Figures figures = new RoundView.Figures(
                all.size(),
                count(all, ParticipationRole.PARTICIPANT),
                (int) standings.values().stream().filter(s -> s.invitedAt() != null).count(),
                status(standings, ConsultationStatus.ANSWERED),
                status(standings, ConsultationStatus.NO_ANSWER),
                count(all, ParticipationRole.REVIEWER),
                (int) reviews.stream().filter(r -> r.decision() == ReviewDecision.APPROVE).count(),
                (int) reviews.stream().filter(r -> r.decision() == ReviewDecision.REQUEST_CHANGES).count(),
                count(all, ParticipationRole.SIGNATORY),
                (int) signatures.stream().filter(s -> s.decision() == SignatureDecision.SIGN).count(),
                (int) signatures.stream().filter(s -> s.decision() == SignatureDecision.DECLINE).count());

        List<RoundTasks.OpenTask> openTasks = tasks.stream().flatMap(t -> t.openTasks(roundId).stream()).toList();
        Map<String, Set<String>> asked = openTasks.stream().filter(t -> t.assignee() != null).collect(
                Collectors.groupingBy(RoundTasks.OpenTask::assignee,
                        Collectors.mapping(RoundTasks.OpenTask::taskKey, Collectors.toSet())));
        Map<UUID, ReviewDecision> reviewed = reviews.stream()
                .collect(Collectors.toMap(PactReview::participationId, PactReview::decision, (a, b) -> b));
        Map<UUID, SignatureDecision> signed = signatures.stream()
                .collect(Collectors.toMap(Signature::participationId, Signature::decision, (a, b) -> b));
        List<RoundView.StakeholderView> stakeholders = all.stream()
                .map(p -> new RoundView.StakeholderView(p.id(), p.contact().organisation(),
                        p.contact().contactName(), p.contact().email(),
                        p.contact().category(), p.contact().language(), p.roles(),
                        standings.getOrDefault(p.id(), Standing.NOT_INVITED).status(), p.contact().emailFailing(),
                        p.contact().emailFailingSince(), p.contact().emailFailure(), missedReview.contains(p.id()),
                        StakeholderStages.review(p, reviewed, asked), StakeholderStages.signature(p, signed, asked)))
                .toList();
        // versions are numbered 1, 2, 3... without gaps (unique per round, each the last plus one), so the
        // newest number is the count: no need to load every version's text on each view of the round
        RoundView.PactSummary pact = new RoundView.PactSummary(current.map(PactVersion::number).orElse(0),
                current.map(PactVersion::number).orElse(null), current.map(PactVersion::sha256).orElse(null));

        return new RoundView(roundId, round.title(), round.topic(), round.regionId(), round.status(),
                round.stage(), round.defaultLanguage(), round.languages(), round.consultationDeadline(),
                round.reminderAt(), round.reviewDeadline(), round.signatureDeadline(), round.signingRule(),
                round.commentsVisibleToAll(), round.signingPolicy(),
                round.createdAt(), round.launchedAt(), round.signedAt(), round.cancelReason(), figures, round.targets(), pact,
                stakeholders, openTasks, warnings(all, round.targets()));
    }

    /** what the round lacks, in the reader's language */
    private List<String> warnings(List<ParticipationView> all, Targets targets) {
        List<String> warnings = new ArrayList<>();
        Set<StakeholderCategory> present = all.stream().map(p -> p.contact().category())
                .collect(Collectors.toSet());
        for (StakeholderCategory needed : NEEDED) {
            if (!present.contains(needed)) {
                warnings.add(text("round.warning.category", text("pact.pdf.category." + needed)));
            }
        }
        int signatories = count(all, ParticipationRole.SIGNATORY);
        if (targets.signatories() != null && signatories < targets.signatories()) {
            warnings.add(text("round.warning.signatories", signatories, targets.signatories()));
        }
        int participants = count(all, ParticipationRole.PARTICIPANT);
        if (targets.answers() != null && participants < targets.answers()) {
            warnings.add(text("round.warning.participants", participants, targets.answers()));
        }
        all.stream().map(ParticipationView::contact).filter(Contact::emailFailing)
                .forEach(s -> warnings.add(text("round.warning.undeliverable", s.email(), s.organisation(),
                        s.emailFailure())));
        return warnings;
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private static int count(List<ParticipationView> all, ParticipationRole role) {
        return (int) all.stream().filter(p -> p.has(role)).count();
    }

    private static int status(Map<UUID, Standing> standings, ConsultationStatus status) {
        return (int) standings.values().stream().filter(s -> s.status() == status).count();
    }
}
