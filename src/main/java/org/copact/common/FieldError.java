package org.copact.common;

/** One thing wrong with one field of an input, in words the person can act on. */
public record FieldError(String field, String message) {
}
