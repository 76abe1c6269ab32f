package org.copact.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The form of a user task that has no {@code camunda:formRef}, generated from its
 * {@code camunda:formData} fields as the equivalent form-js definition, so it is shown, checked and
 * refused exactly as a form of {@code forms/} is. A field type Copact does not know is refused
 * naming the task and the field.
 */
@Component
public class FormDataForms {

    private final FormService engineForms;
    private final ObjectMapper json;

    FormDataForms(FormService engineForms, ObjectMapper json) {
        this.engineForms = engineForms;
        this.json = json;
    }

    public FormDefinition of(Task task) {
        String resource = "camunda:formData of " + task.getTaskDefinitionKey();
        ObjectNode schema = json.createObjectNode();
        schema.put("id", "formData:" + task.getProcessDefinitionId() + ":" + task.getTaskDefinitionKey());
        schema.put("type", "default");
        ArrayNode components = schema.putArray("components");
        for (FormField field : engineForms.getTaskFormData(task.getId()).getFormFields()) {
            components.add(component(resource, field));
        }
        return new FormDefinitionReader(json).read(resource, schema);
    }

    private ObjectNode component(String resource, FormField field) {
        ObjectNode component = json.createObjectNode();
        component.put("id", "Field_" + field.getId());
        component.put("key", field.getId());
        component.put("label", field.getLabel() == null ? field.getId() : field.getLabel());
        ObjectNode validate = component.putObject("validate");
        switch (field.getTypeName()) {
            case "string":
                component.put("type", "textfield");
                break;
            case "long":
                component.put("type", "number");
                break;
            case "boolean":
                component.put("type", "checkbox");
                break;
            case "date":
                component.put("type", "datetime");
                component.put("subtype", "date");
                break;
            case "enum":
                component.put("type", "select");
                ArrayNode values = component.putArray("values");
                @SuppressWarnings("unchecked")
                Map<String, String> options = (Map<String, String>) field.getType().getInformation("values");
                options.forEach((value, label) -> values.addObject().put("value", value).put("label", label));
                break;
            default:
                throw new InvalidFormDefinitionException(resource + ": field '" + field.getId() + "' has the type '"
                        + field.getTypeName() + "', which Copact's form generator does not support");
        }
        for (FormFieldValidationConstraint constraint : field.getValidationConstraints()) {
            constrain(resource, field.getId(), validate, constraint);
        }
        return component;
    }

    private static void constrain(String resource, String key, ObjectNode validate,
            FormFieldValidationConstraint constraint) {
        Object configuration = constraint.getConfiguration();
        switch (constraint.getName()) {
            case "required":
                validate.put("required", true);
                break;
            case "minlength":
                validate.put("minLength", Integer.parseInt(String.valueOf(configuration)));
                break;
            case "maxlength":
                validate.put("maxLength", Integer.parseInt(String.valueOf(configuration)));
                break;
            case "min":
                validate.put("min", Double.parseDouble(String.valueOf(configuration)));
                break;
            case "max":
                validate.put("max", Double.parseDouble(String.valueOf(configuration)));
                break;
            case "readonly":
                // shown, never submitted: a read-only field is not part of what the person answers
                break;
            default:
                throw new InvalidFormDefinitionException(resource + ": field '" + key + "' has the constraint '"
                        + constraint.getName() + "', which Copact does not check");
        }
    }
}
