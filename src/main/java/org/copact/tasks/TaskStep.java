package org.copact.tasks;

import java.util.Map;
import org.copact.common.Language;

/**
 * What completing one kind of user task means for Copact: the context its form shows, and what a
 * checked submission records before the task is completed. One implementation per task key.
 */
public interface TaskStep {

    /** the BPMN id of the user task this step completes */
    String taskKey();

    /** what the person needs to see to do this task */
    Map<String, Object> context(OpenTaskRef task);

    /**
     * the same, for a step whose context holds words the person reads (a verdict's name), in their
     * language; the others need not know it
     */
    default Map<String, Object> context(OpenTaskRef task, Language language) {
        return context(task);
    }

    /** records the checked values and returns the process variables the task completes with */
    Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values);

    /**
     * whether the form of this step, when the process reopens it for the same person, starts from
     * what they sent the last time
     */
    default boolean startsFromEarlierAnswer() {
        return true;
    }
}
