package org.copact.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Copact speaks from the start, by their ISO 639-1 code. */
public enum Language {
    EN("en"), RO("ro"), IT("it"), EL("el"), BG("bg"), MK("mk");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public static Language fromCodeOrNull(String code) {
        return fromCode(code).orElse(null);
    }
}
