package org.copact.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.copact.common.Language;

/**
 * A task's form: the task, its form-js definition with every text in {@code language}, what the
 * person needs to see to do it, and the values it starts with: their draft of this task, else their
 * earlier answer when the process reopened the step, else none. {@code earlierAnswer} is null
 * when the step was not done before. {@code variables}: the task's, when its form's templates,
 * expressions or options need them (else none).
 */
record TaskForm(TaskView task, JsonNode form, Map<String, Object> context, Language language,
        Map<String, Object> values, EarlierAnswer earlierAnswer, Map<String, Object> variables) {
}
