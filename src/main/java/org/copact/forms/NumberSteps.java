package org.copact.forms;

import java.math.BigDecimal;

/**
 * A number field's {@code decimalDigits} and {@code increment}, checked as form-js's validator
 * checks them: no more decimals than allowed (none: a whole number), and a multiple of the
 * increment, naming the two nearest values that are.
 */
final class NumberSteps {

    private NumberSteps() {
    }

    static FormProblem check(FormField field, Number value) {
        FormField.Entry entry = field.entry();
        if (entry == null) {
            return null;
        }
        BigDecimal number = exact(value);
        if (entry.decimalDigits() != null && decimals(number) > entry.decimalDigits()) {
            return entry.decimalDigits() == 0 ? new FormProblem(field.key(), "form.error.integer")
                    : new FormProblem(field.key(), "form.error.decimal-digits", entry.decimalDigits().toString());
        }
        if (entry.increment() != null) {
            // as Big.js's mod in form-js: the remainder has the sign of the number
            BigDecimal offset = number.remainder(entry.increment());
            if (offset.signum() != 0) {
                BigDecimal previous = number.subtract(offset);
                return new FormProblem(field.key(), "form.error.increment", plain(previous),
                        plain(previous.add(entry.increment())));
            }
        }
        return null;
    }

    /** The step a page's number input takes: the increment, else the smallest allowed decimal, else any. */
    static String step(FormField.Entry entry) {
        if (entry == null) {
            return null;
        }
        if (entry.increment() != null) {
            return plain(entry.increment());
        }
        return entry.decimalDigits() == null ? null : plain(BigDecimal.ONE.movePointLeft(entry.decimalDigits()));
    }

    private static BigDecimal exact(Number value) {
        return value instanceof Long || value instanceof Integer ? BigDecimal.valueOf(value.longValue())
                : value instanceof BigDecimal big ? big : BigDecimal.valueOf(value.doubleValue());
    }

    private static int decimals(BigDecimal number) {
        return Math.max(0, number.stripTrailingZeros().scale());
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
