package org.copact.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.copact.common.Language;

/**
 * A task's form: the task, its form-js definition with every text in {@code language}, and what the
 * person needs to see to do it.
 */
record TaskForm(TaskView task, JsonNode form, Map<String, Object> context, Language language) {
}
