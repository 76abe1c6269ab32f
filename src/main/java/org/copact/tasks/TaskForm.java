package org.copact.tasks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.copact.common.Language;

/**
 * A task's form: the task, its form-js definition with every text in {@code language}, what the
 * person needs to see to do it, and the values it starts with: their draft of this task, else their
 * earlier answer when the process reopened the step, else none. {@code earlierAnswer} is null
 * when the step was not done before. {@code variables}: the task's, for the page that Copact makes
 * of the form (templates, expressions, options, conditions); never in the API's answer, since a
 * task sees its whole process's variables, which hold more than the person may read.
 */
record TaskForm(TaskView task, JsonNode form, Map<String, Object> context, Language language,
        Map<String, Object> values, EarlierAnswer earlierAnswer, @JsonIgnore Map<String, Object> variables) {
}
