package org.copact.overview.drafting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.consultation.ConsultationStatus;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.context.MessageSource;

/**
 * Which of the consultation's answers to show: of one category of stakeholder, to one question,
 * with a text in the answer or the organisation's name (whatever its case and accents), answered or
 * not. Each is left out when not given; the query parameters of the page, the JSON and the downloads.
 */
record AnswerFilter(StakeholderCategory category, String question, String text, Boolean answered) {

    static final AnswerFilter NONE = new AnswerFilter(null, null, null, null);
    static final int TEXT_LIMIT = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * The filter named by the query parameters; a value that names no category, question or answer
     * state, or a text over {@link #TEXT_LIMIT} characters, is a field error in the reader's language.
     */
    static AnswerFilter of(String category, String question, String text, String answered,
            Collection<String> questions, MessageSource messages, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        StakeholderCategory chosenCategory = null;
        if (given(category)) {
            chosenCategory = Arrays.stream(StakeholderCategory.values())
                    .filter(c -> c.name().equalsIgnoreCase(category.strip())).findFirst().orElse(null);
            if (chosenCategory == null) {
                errors.add(error("category", "page.drafting.error.category", messages, locale));
            }
        }
        String chosenQuestion = given(question) ? question.strip() : null;
        if (chosenQuestion != null && !questions.contains(chosenQuestion)) {
            errors.add(error("question", "page.drafting.error.question", messages, locale));
        }
        String chosenText = given(text) ? text.strip() : null;
        if (chosenText != null && (chosenText.length() > TEXT_LIMIT || chosenText.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("text", messages.getMessage("page.drafting.error.text",
                    new Object[] {TEXT_LIMIT}, locale)));
        }
        Boolean chosenAnswered = null;
        if (given(answered)) {
            chosenAnswered = switch (answered.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> null;
            };
            if (chosenAnswered == null) {
                errors.add(error("answered", "page.drafting.error.answered", messages, locale));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AnswerFilter(chosenCategory, chosenQuestion, chosenText, chosenAnswered);
    }

    boolean admits(StakeholderCategory of, ConsultationStatus status) {
        return (category == null || category == of)
                && (answered == null || answered == (status == ConsultationStatus.ANSWERED));
    }

    boolean asksFor(String key) {
        return question == null || question.equals(key);
    }

    /** whether the text is found in this one, whatever its case and accents ("energetica" finds "energetică") */
    boolean finds(String in) {
        return text == null || (in != null && folded(in).contains(folded(text)));
    }

    boolean hasText() {
        return text != null;
    }

    static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static FieldError error(String field, String key, MessageSource messages, Locale locale) {
        return new FieldError(field, messages.getMessage(key, null, locale));
    }
}
