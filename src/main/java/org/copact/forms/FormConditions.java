package org.copact.forms;

import java.util.List;
import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * Evaluates form-js's {@code conditional.hide} with the FEEL engine Camunda already ships, so a
 * condition means on the server what it means in the Modeler's preview. As in form-js, a field is
 * hidden only when its expression yields {@code true}; an expression that fails leaves it shown, so
 * a mistake in a condition never hides a required question.
 */
final class FormConditions {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private FormConditions() {
    }

    /** what: "condition", or the limit ("min", "maxLength", ...) the expression gives; false: a problem added */
    static boolean parses(String resource, String key, String what, String expression, List<String> problems) {
        ParseResult parsed = FEEL.parseExpression(expression);
        if (parsed.isFailure()) {
            problems.add(resource + ": the " + what + " of component '" + key + "' is not valid FEEL: "
                    + parsed.failure().message());
            return false;
        }
        return true;
    }

    /**
     * The number a limit's expression yields against the given values, or null (no limit) when it
     * yields anything else or fails, as form-js ignores a limit it cannot evaluate.
     */
    static Double limit(String expression, Map<String, Object> values) {
        EvaluationResult result = FEEL.evaluateExpression(expression, values);
        if (result.isSuccess() && result.result() instanceof Number number) {
            double limit = number.doubleValue();
            return Double.isFinite(limit) ? limit : null;
        }
        return null;
    }

    /** values: the task's variables with the form's values over them, as form-js evaluates a condition */
    static boolean hides(FormField field, Map<String, Object> values) {
        return yieldsTrue(field.hide(), values);
    }

    /** Whether the expression (without its '=') yields true; null, a failure or anything else is false. */
    static boolean yieldsTrue(String expression, Map<String, Object> values) {
        if (expression == null) {
            return false;
        }
        EvaluationResult result = FEEL.evaluateExpression(expression, values);
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }

    /**
     * Whether the person may not change the field now: it is read-only, or read-only by an
     * expression that yields true under the task's variables and the form's values; an expression
     * that fails leaves the field editable, as in form-js.
     */
    static boolean readonly(FormField field, Map<String, Object> values) {
        String readonly = field.editing().readonly();
        return readonly != null && (readonly.equals(FormField.Editing.ALWAYS) || yieldsTrue(readonly, values));
    }
}
