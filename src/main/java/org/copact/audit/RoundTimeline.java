package org.copact.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** Joins Camunda's history of a round's processes with the round's audit record, in time order. */
@Component
public class RoundTimeline {

    /** the engine's bookkeeping, which says nothing a reader of the history needs */
    static final Set<String> HIDDEN_TYPES = Set.of("multiInstanceBody", "exclusiveGateway", "subProcess");

    private final HistoryService history;
    private final AuditLog audit;

    RoundTimeline(HistoryService history, AuditLog audit) {
        this.history = history;
        this.audit = audit;
    }

    public List<TimelineEntry> of(UUID roundId) {
        List<TimelineEntry> timeline = new ArrayList<>();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(roundId.toString()).list();
        // one query per process of the round: a round has a handful (the main one, one per stage visit)
        for (HistoricProcessInstance instance : instances) {
            List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
            for (HistoricActivityInstance step : steps) {
                if (HIDDEN_TYPES.contains(step.getActivityType())) {
                    continue;
                }
                timeline.add(new TimelineEntry(step.getStartTime().toInstant(),
                        step.getEndTime() == null ? null : step.getEndTime().toInstant(), "engine",
                        instance.getProcessDefinitionKey(), step.getActivityId(), step.getActivityType(),
                        step.getActivityName(), step.getAssignee(), null, Map.of(), null, null));
            }
        }
        for (AuditEntry entry : audit.entries(roundId)) {
            timeline.add(new TimelineEntry(entry.occurredAt(), null, "audit", null, null, entry.type(), null,
                    entry.actor(), entry.summary(), entry.details(), entry.seq(), entry.hash()));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at)
                .thenComparing(e -> e.seq() == null ? Integer.MAX_VALUE : e.seq()));
        return timeline;
    }

    /** The round's audit record alone, in the order it was written: what Copact itself recorded. */
    public List<RecordedEvent> recorded(UUID roundId) {
        return audit.entries(roundId).stream().map(e -> new RecordedEvent(e.seq(), e.occurredAt(), e.actor(), e.type(),
                e.details(), e.hash())).toList();
    }

    List<AuditEntry> auditEntries(UUID roundId) {
        return audit.entries(roundId);
    }

}
