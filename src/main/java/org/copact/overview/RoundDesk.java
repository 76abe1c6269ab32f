package org.copact.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.round.RoundStatus;
import org.copact.tasks.RoundTasks;

/**
 * The round's page as the facilitator's desk: every open task with who holds it and what to do
 * about it (open a staff task; remind a stakeholder), and the one thing to do next.
 *
 * @param next the message key of what to do next, its arguments, and the task it points to (or null)
 */
record RoundDesk(List<Task> tasks, String next, List<Object> nextArguments, Task nextTask) {

    /**
     * An open task and its holder: the region's facilitators (a staff task, done on its page), or a
     * stakeholder of the round (whom the facilitator can remind).
     */
    record Task(String id, String taskKey, String name, Instant due, boolean staff, UUID participationId,
            String holderName, String holderOrganisation) {
    }

    static RoundDesk of(RoundView round) {
        Map<String, RoundView.StakeholderView> byId = round.stakeholders().stream()
                .collect(Collectors.toMap(s -> s.participationId().toString(), Function.identity()));
        List<Task> tasks = round.openTasks().stream().map(t -> task(t, byId)).toList();
        Optional<Task> staffTask = tasks.stream().filter(Task::staff).findFirst();
        long waitingFor = tasks.stream().filter(t -> !t.staff()).map(Task::participationId).distinct().count();
        if (round.status() == RoundStatus.CANCELLED) {
            return new RoundDesk(tasks, "page.desk.next.cancelled", List.of(nullToEmpty(round.cancelReason())), null);
        }
        if (round.status() == RoundStatus.SIGNED) {
            return new RoundDesk(tasks, "page.desk.next.inForce", List.of(), null);
        }
        if (staffTask.isPresent()) {
            return new RoundDesk(tasks, "page.desk.next.staffTask", List.of(), staffTask.get());
        }
        if (round.status() == RoundStatus.DEFINED) {
            return new RoundDesk(tasks, "page.desk.next.defined", List.of(round.stakeholders().size()), null);
        }
        if (waitingFor > 0) {
            return new RoundDesk(tasks, "page.desk.next.waiting", List.of(waitingFor), null);
        }
        return new RoundDesk(tasks, "page.desk.next.running", List.of(), null);
    }

    private static Task task(RoundTasks.OpenTask task, Map<String, RoundView.StakeholderView> stakeholders) {
        RoundView.StakeholderView holder = task.assignee() == null ? null : stakeholders.get(task.assignee());
        return holder == null
                ? new Task(task.id(), task.taskKey(), task.name(), task.due(), true, null, task.assignee(), null)
                : new Task(task.id(), task.taskKey(), task.name(), task.due(), false, holder.participationId(),
                        holder.contactName(), holder.organisation());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
