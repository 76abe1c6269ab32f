package org.copact.tasks;

import java.util.Map;
import java.util.Set;
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

    /**
     * Values that the page (as hidden inputs) and the API carry beside the form's own inputs, which
     * the step checks itself, such as the hash of the version the page showed; given to
     * {@link #complete} as text, never kept in a draft. The page takes them from the context's
     * {@code carried} map, as the step put them there.
     */
    default Set<String> carriedKeys() {
        return Set.of();
    }

    /** Inputs of the form never kept in a draft, such as a one-time code: worth nothing later, and secret now. */
    default Set<String> unkeptKeys() {
        return Set.of();
    }
}
