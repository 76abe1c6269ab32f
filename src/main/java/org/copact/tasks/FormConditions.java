package org.copact.tasks;

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

    static void checkParses(String resource, String key, String expression) {
        ParseResult parsed = FEEL.parseExpression(expression);
        if (parsed.isFailure()) {
            throw new InvalidFormDefinitionException(resource + ": the condition of component '" + key
                    + "' is not valid FEEL: " + parsed.failure().message());
        }
    }

    static boolean hides(FormField field, Map<String, Object> values) {
        if (field.hide() == null) {
            return false;
        }
        EvaluationResult result = FEEL.evaluateExpression(field.hide(), values);
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }
}
