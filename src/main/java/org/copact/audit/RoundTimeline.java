package org.copact.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.copact.round.Stage;
import org.springframework.stereotype.Component;

/**
 * Joins Camunda's history of a round's processes with the round's audit record, in time order, and
 * tells it as a story: people by name, organisation and role, tasks completed or cancelled, each
 * entry in the stage the round was in; the engine's own steps marked as detail.
 */
@Component
public class RoundTimeline {

    /** the engine's bookkeeping, which says nothing a reader of the history needs */
    static final Set<String> HIDDEN_TYPES = Set.of("multiInstanceBody", "exclusiveGateway", "subProcess");
    /** the engine steps that are a person's: shown even with engine detail folded away */
    static final String USER_TASK = "userTask";
    static final String STAGE_ENTERED = AuditType.StageEntered.name();

    private final HistoryService history;
    private final AuditLog audit;
    private final TimelinePeople people;

    RoundTimeline(HistoryService history, AuditLog audit, TimelinePeople people) {
        this.history = history;
        this.audit = audit;
        this.people = people;
    }

    /** The whole timeline, engine detail included: the export. */
    public List<TimelineEntry> of(UUID roundId) {
        return story(roundId, true, people.of(roundId));
    }

    /** The entries that match the query, one page of them. */
    public TimelineSlice slice(UUID roundId, TimelineQuery query) {
        TimelinePeople.OfRound persons = people.of(roundId);
        List<TimelineEntry> all = story(roundId, query.engine(), persons);
        Set<String> types = new TreeSet<>();
        all.forEach(e -> types.add(e.type()));
        Map<String, String> searchable = query.person() == null ? Map.of() : persons.searchable();
        List<TimelineEntry> matching = all.stream()
                .filter(e -> query.stage() == null || query.stage().name().equals(e.stage()))
                .filter(e -> query.type() == null || query.type().equals(e.type()))
                .filter(e -> query.person() == null || e.isAbout(query.person(), searchable))
                .toList();
        int pages = Math.max(1, (matching.size() + query.size() - 1) / query.size());
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * query.size();
        return new TimelineSlice(matching.subList(from, Math.min(matching.size(), from + query.size())), page,
                query.size(), matching.size(), pages, List.copyOf(types));
    }

    private List<TimelineEntry> story(UUID roundId, boolean engine, TimelinePeople.OfRound persons) {
        List<TimelineEntry> timeline = new ArrayList<>();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(roundId.toString()).list();
        // one query per process of the round: a round has a handful (the main one, one per stage visit)
        for (HistoricProcessInstance instance : instances) {
            HistoricActivityInstanceQuery query = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId());
            if (!engine) {
                query.activityType(USER_TASK);
            }
            for (HistoricActivityInstance step : query.orderByHistoricActivityInstanceStartTime().asc().list()) {
                if (!HIDDEN_TYPES.contains(step.getActivityType())) {
                    timeline.add(engineEntry(instance, step, persons));
                }
            }
        }
        for (AuditEntry entry : audit.entries(roundId)) {
            timeline.add(auditEntry(entry, persons));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at)
                .thenComparing(e -> e.seq() == null ? Integer.MAX_VALUE : e.seq()));
        return inStages(timeline);
    }

    private static TimelineEntry engineEntry(HistoricProcessInstance instance, HistoricActivityInstance step,
            TimelinePeople.OfRound persons) {
        boolean task = USER_TASK.equals(step.getActivityType());
        String outcome = !task ? null : step.isCanceled() ? TimelineEntry.CANCELLED
                : step.getEndTime() == null ? TimelineEntry.OPEN : TimelineEntry.COMPLETED;
        Optional<TimelinePeople.Person> who = persons.of(step.getAssignee());
        return new TimelineEntry(step.getStartTime().toInstant(),
                step.getEndTime() == null ? null : step.getEndTime().toInstant(), "engine",
                instance.getProcessDefinitionKey(), step.getActivityId(), step.getActivityType(),
                step.getActivityName(), step.getAssignee(), null, Map.of(), null, null,
                who.map(TimelinePeople.Person::name).orElse(null),
                who.map(TimelinePeople.Person::organisation).orElse(null),
                who.map(TimelinePeople.Person::roles).orElse(List.of()), null, null, outcome, !task);
    }

    private static TimelineEntry auditEntry(AuditEntry entry, TimelinePeople.OfRound persons) {
        Optional<TimelinePeople.Person> who = persons.of(entry.actor());
        String participation = entry.details() == null ? null : entry.details().get("participation");
        String concerns = participation == null || participation.isBlank()
                || entry.actor().endsWith(participation) ? null
                : persons.of(participation).map(TimelinePeople.Person::label).orElse(null);
        return new TimelineEntry(entry.occurredAt(), null, "audit", null, null, entry.type(), null,
                entry.actor(), entry.summary(), entry.details(), entry.seq(), entry.hash(),
                who.map(TimelinePeople.Person::name).orElse(null),
                who.map(TimelinePeople.Person::organisation).orElse(null),
                who.map(TimelinePeople.Person::roles).orElse(List.of()), concerns, null, null, false);
    }

    /** each entry in the stage the round was in at the time, as its StageEntered entries tell */
    private static List<TimelineEntry> inStages(List<TimelineEntry> timeline) {
        List<TimelineEntry> staged = new ArrayList<>(timeline.size());
        String stage = Stage.SET_UP.name();
        for (TimelineEntry entry : timeline) {
            if (STAGE_ENTERED.equals(entry.type()) && entry.details() != null && entry.details().get("stage") != null) {
                stage = entry.details().get("stage");
            }
            staged.add(entry.withStage(stage));
        }
        return staged;
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
