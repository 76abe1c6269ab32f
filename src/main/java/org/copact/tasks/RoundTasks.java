package org.copact.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The open tasks of a round, as the round's status shows them. Implemented where tasks are known
 * (the tasks module), so that the round does not depend on the workflow engine.
 */
public interface RoundTasks {

    List<OpenTask> openTasks(UUID roundId);

    /**
     * The open tasks of a region's facilitators, in every round of the region, oldest first: a staff
     * member's own list of work.
     */
    List<RegionTask> facilitatorTasks(String regionId);

    record RegionTask(String id, String taskKey, String name, UUID roundId, Instant created, Instant due) {
    }

    record OpenTask(String id, String taskKey, String name, String assignee, Instant created, Instant due) {
    }
}
