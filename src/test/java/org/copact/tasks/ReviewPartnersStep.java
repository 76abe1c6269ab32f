package org.copact.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The step of the test process editing: completes with the checked values of its form, its list as the number of rows. */
@Component
class ReviewPartnersStep implements TaskStep {

    static final String PROCESS_KEY = "editing";
    static final String TASK_KEY = "Task_ReviewPartners";
    static final String STAGE = "stage";
    static final String OWNER = "owner";
    static final String BUDGET = "budget";
    static final String REFERENCE = "ref";
    static final String REASON = "reason";
    static final String PARTNERS = "partners";
    static final String PARTNER_COUNT = "partnerCount";

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
        Map<String, Object> completion = new HashMap<>(values);
        Object partners = completion.remove(PARTNERS);
        completion.put(PARTNER_COUNT, partners instanceof List<?> rows ? rows.size() : 0);
        return completion;
    }
}
