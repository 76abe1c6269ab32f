package org.copact.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.process.AccessionDesk;
import org.copact.process.AccessionProperties;
import org.copact.round.Round;
import org.copact.round.SigningPolicyText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.stream.Collectors;
import org.copact.common.Language;
import org.copact.documents.DocumentService;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.copact.round.RoundStatus;
import org.copact.round.Stage;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The round's page, the facilitator's desk, with what a form posted to it left to show again (what
 * was typed, its field errors), so that a mistake on the page loses nothing.
 */
@Component
class RoundDeskPage {

    static final String ROUND = "rounds/round";

    private final RoundService rounds;
    private final RoundOverview overview;
    private final DocumentService documents;
    private final MessageSource messages;

    private final org.copact.signing.SealedPacts sealedPacts;
    private final org.copact.signing.Accessions accessions;
    private final AccessionDesk accessionDesk;
    private final AccessionProperties accessionProperties;

    RoundDeskPage(RoundService rounds, RoundOverview overview, DocumentService documents, MessageSource messages,
            org.copact.signing.SealedPacts sealedPacts, org.copact.signing.Accessions accessions,
            AccessionDesk accessionDesk, AccessionProperties accessionProperties) {
        this.accessionDesk = accessionDesk;
        this.accessionProperties = accessionProperties;
        this.sealedPacts = sealedPacts;
        this.accessions = accessions;
        this.messages = messages;
        this.rounds = rounds;
        this.overview = overview;
        this.documents = documents;
    }

    ModelAndView show(UUID id, Caller.Staff staff) {
        return show(id, staff, Map.of(), HttpStatus.OK);
    }

    /** {@code posted}: the page's model entries of a form sent back (addForm, addErrors, contactErrors, cancelErrors...) */
    ModelAndView show(UUID id, Caller.Staff staff, Map<String, Object> posted, HttpStatus status) {
        Round stored = rounds.visibleRound(id, staff);
        RoundView round = overview.of(stored);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("signingRule", SigningPolicyText.lines(round.signing(), messages, LocaleContextHolder.getLocale()));
        model.put("round", round);
        model.put("stages", List.of(Stage.values()));
        model.put("progress", RoundProgress.of(round));
        model.put("desk", RoundDesk.of(round));
        model.put("changeable", round.status() == RoundStatus.DEFINED || round.status() == RoundStatus.RUNNING);
        model.put("refused", documents.refusals(round.id()));
        model.put("documents", documents.withHolders(round.id()));
        model.put("senders", round.stakeholders().stream().collect(Collectors.toMap(
                s -> s.participationId().toString(), s -> s.organisation() + " (" + s.contactName() + ")")));
        model.put("categories", List.of(StakeholderCategory.values()));
        model.put("roles", List.of(ParticipationRole.values()));
        model.put("languages", List.of(Language.values()));
        model.put("addForm", StakeholderForm.blank());
        model.put("addErrors", List.of());
        model.put("contactErrors", Map.of());
        model.put("cancelErrors", List.of());
        model.put("cancelReason", "");
        // the pact in force: the editions of the signed pact, and the accessions with where each stands
        model.put("editions", sealedPacts.editions(round.id()));
        model.put("accessions", accessions.ofRound(round.id()));
        model.put("accessionReviews", accessionDesk.openReviews(round.id()));
        model.put("accessionForm", AccessionForm.blank());
        model.put("accessionErrors", List.of());
        model.put("accessionDefaultDays", accessionProperties.dueAfter().toDays());
        model.put("accessionCancelErrors", Map.of());
        model.put("zone", stored.timeZone());
        model.putAll(posted);
        DeadlinePanel.fill(model, stored, LocaleContextHolder.getLocale());
        ModelAndView page = new ModelAndView(ROUND, model);
        page.setStatus(status);
        return page;
    }
}
