package org.copact.process.accession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactDocument;
import org.copact.pact.PactDocumentValidator;
import org.copact.pact.PactDraftInput;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The acceding organisation writes its commitment sheet. It is checked by the rules of the signatories'
 * sheets ({@link PactDocumentValidator}, as for a version to publish: every commitment measurable),
 * each error on its row's field ({@code commitments[1].targetDate}) in the organisation's language.
 */
@Component
class DraftCommitmentSheetStep implements TaskStep {

    static final String COMMITMENTS = "commitments";
    private static final String SHEET = "sheets[0].";

    private final AccessionTasks tasks;
    private final Accessions accessions;
    private final PactService pacts;
    private final PactDocumentValidator validator;
    private final MessageSource messages;

    DraftCommitmentSheetStep(AccessionTasks tasks, Accessions accessions, PactService pacts,
            PactDocumentValidator validator, MessageSource messages) {
        this.tasks = tasks;
        this.accessions = accessions;
        this.pacts = pacts;
        this.validator = validator;
        this.messages = messages;
    }

    @Override
    public String taskKey() {
        return AccessionProcess.TASK_DRAFT_COMMITMENT_SHEET;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return tasks.context(tasks.of(task), true);
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        Accession accession = tasks.of(task);
        List<PactDraftInput.CommitmentInput> inputs = new ArrayList<>();
        if (values.get(COMMITMENTS) instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> fields) {
                    inputs.add(new PactDraftInput.CommitmentInput(null, text(fields.get("theme")),
                            text(fields.get("description")), text(fields.get("indicator")), text(fields.get("unit")),
                            text(fields.get("baselineValue")), text(fields.get("baselineYear")),
                            text(fields.get("targetValue")), text(fields.get("targetDate")), List.of()));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new InvalidInputException(COMMITMENTS, messages.getMessage("accession.error.noCommitment", null,
                    AccessionTasks.locale(task)));
        }
        accessions.submit(accession.id(), checked(accession, inputs, task));
        return Map.of();
    }

    /**
     * The sheet checked as the one sheet of the version in force, whose clauses keep their ids (so a
     * commitment cannot take one of theirs); the errors named by the form's fields.
     */
    private List<PactDocument.Commitment> checked(Accession accession, List<PactDraftInput.CommitmentInput> inputs,
            OpenTaskRef task) {
        PactVersion version = pacts.version(accession.pactVersionId());
        PactDraftInput inForce = PactDraftInput.of(version.document());
        UUID organisation = accession.participationId();
        PactDraftInput sheet = new PactDraftInput(version.document().title() == null ? "-" : version.document()
                .title(), null, List.of(), inForce.clauses().isEmpty() ? List.of(new PactDraftInput.ClauseInput(null,
                null, "-")) : inForce.clauses(), List.of(), List.of(new PactDraftInput.SheetInput(
                        organisation.toString(), inputs)));
        try {
            return validator.validate(sheet, PactDocumentValidator.Mode.PUBLISH, Map.of(organisation, "-"),
                    AccessionTasks.locale(task)).sheets().get(0).commitments();
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.errors().stream()
                    .map(e -> new FieldError(e.field().startsWith(SHEET) ? e.field().substring(SHEET.length())
                            : e.field(), e.message()))
                    .toList());
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
