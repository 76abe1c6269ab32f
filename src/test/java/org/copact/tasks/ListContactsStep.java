package org.copact.tasks;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The step of the test process dynamic-list: completes with the number of contacts listed. */
@Component
class ListContactsStep implements TaskStep {

    static final String TASK_KEY = "Task_ListContacts";
    static final String CONTACT_COUNT = "contactCount";

    @Override
    public String taskKey() {
        return TASK_KEY;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return Map.of();
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        return Map.of(CONTACT_COUNT, values.get("contacts") instanceof List<?> contacts ? contacts.size() : 0);
    }
}
