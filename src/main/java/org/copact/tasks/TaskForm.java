package org.copact.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A task's form: the task, its form-js definition, and what the person needs to see to do it. */
record TaskForm(TaskView task, JsonNode form, Map<String, Object> context) {
}
