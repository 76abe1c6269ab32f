package org.copact.process.accession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.copact.common.Language;
import org.copact.pact.PactDocument;
import org.copact.pact.PactDraftInput;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.ProcessVariables;
import org.copact.process.TaskContexts;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.stakeholder.Participations;
import org.copact.tasks.OpenTaskRef;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the steps of {@code pact-accession.bpmn} share: the accession a task is about, and what its
 * form shows of it.
 */
@Component
class AccessionTasks {

    private final TaskService engineTasks;
    private final Accessions accessions;
    private final PactService pacts;
    private final Participations participations;

    AccessionTasks(TaskService engineTasks, Accessions accessions, PactService pacts, Participations participations) {
        this.engineTasks = engineTasks;
        this.accessions = accessions;
        this.pacts = pacts;
        this.participations = participations;
    }

    Accession of(OpenTaskRef task) {
        return accessions.accession(UUID.fromString((String) engineTasks.getVariable(task.taskId(),
                ProcessVariables.ACCESSION_ID)));
    }

    /**
     * The accession as its forms show it: the organisation, the version in force with its PDF and the
     * signed pact's (for the organisation, through its own pages), the sheet as sent, the latest request for changes.
     */
    Map<String, Object> context(Accession accession, boolean forStakeholder) {
        PactVersion version = pacts.version(accession.pactVersionId());
        Map<String, Object> shown = new LinkedHashMap<>(TaskContexts.version(version));
        shown.put("pdf", forStakeholder ? "/my/pact/versions/" + version.number() + "/pdf"
                : "/api/rounds/" + version.roundId() + "/pact/versions/" + version.number() + "/pdf");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accessionId", accession.id());
        context.put("organisation", participations.participation(accession.participationId()).contact()
                .organisation());
        context.put("pactVersion", shown);
        context.put("signedPact", forStakeholder ? "/my/pact/sealed" : "/api/rounds/" + version.roundId()
                + "/pact/sealed");
        context.put("status", accession.status().name());
        context.put("commitments", PactDraftInput.of(new PactDocument(null, null, List.of(), List.of(),
                accession.commitments(), List.of())).authorityCommitments());
        if (accession.changeReason() != null) {
            context.put("changesRequested", accession.changeReason());
        }
        return context;
    }

    static Locale locale(OpenTaskRef task) {
        Language language = task.submission() == null ? null : task.submission().language();
        return language == null ? LocaleContextHolder.getLocale() : language.locale();
    }
}
