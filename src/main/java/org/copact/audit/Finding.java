package org.copact.audit;

import java.util.List;

/**
 * One thing verification found wrong: {@code code} names the case (the page shows it in the reader's
 * language as {@code audit.finding.<code>} with {@code args}), {@code where} the table and row or the
 * file, {@code what} the case in English.
 */
public record Finding(String code, String where, String what, List<String> args) {

    static Finding of(String code, String where, String what, Object... args) {
        return new Finding(code, where, what, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
