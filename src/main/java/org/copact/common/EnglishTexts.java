package org.copact.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message code of the bundles in English, for where no reader is known: the message of an
 * exception as logs and records keep it. What a person reads is said in their language instead.
 */
final class EnglishTexts {

    private static final ResourceBundle.Control ENGLISH_ONLY = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private EnglishTexts() {
    }

    static String of(String code, Object... arguments) {
        try {
            String text = ResourceBundle.getBundle("messages", Locale.ROOT, ENGLISH_ONLY).getString(code);
            return arguments.length == 0 ? text : new MessageFormat(text, Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }
}
