package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.copact.common.Language;

/**
 * The words of every form in every language. A form definition is written in English, as Camunda
 * Modeler writes it; {@code forms/i18n/forms_<language>.properties} holds, for each other language,
 * every label, description, text, html content, image alt text, date and time label, adorner
 * ({@code appearance.prefixAdorner}) and option, keyed {@code <formId>.<componentId>.<property>} and
 * {@code <formId>.<componentId>.values.<value>}. A missing translation falls back to English here,
 * and fails {@code FormTranslationsTests} before it reaches anyone.
 */
public final class FormTranslations {

    static final String LOCATION = "forms/i18n/forms_%s.properties";
    private static final String[] TEXTS = {"label", "description", "text", "content", "alt", "dateLabel",
            "timeLabel", "appearance.prefixAdorner", "appearance.suffixAdorner"};

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    private FormTranslations() {
    }

    public static FormTranslations fromClasspath() {
        FormTranslations translations = new FormTranslations();
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Properties bundle = new Properties();
            String resource = String.format(LOCATION, language.code());
            try (InputStream in = FormTranslations.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
            translations.bundles.put(language, bundle);
        }
        return translations;
    }

    /** Every text of the form that a person reads, by its translation key, in English. */
    static Map<String, String> keys(FormDefinition form) {
        Map<String, String> keys = new LinkedHashMap<>();
        collect(form.id(), form.schema().path("components"), keys);
        return keys;
    }

    private static void collect(String formId, JsonNode components, Map<String, String> keys) {
        for (JsonNode component : components) {
            String prefix = formId + "." + componentId(component) + ".";
            for (String property : TEXTS) {
                String text = FormEntries.text(component, property);
                if (text != null && !text.isBlank()) {
                    keys.put(prefix + property, text);
                }
            }
            for (JsonNode value : component.path("values")) {
                keys.put(prefix + "values." + value.path("value").asText(), value.path("label").asText());
            }
            collect(formId, component.path("components"), keys);
        }
    }

    /** The form's schema with every text in the given language; English where a translation is missing. */
    public JsonNode translate(FormDefinition form, Language language) {
        JsonNode copy = form.schema().deepCopy();
        Properties bundle = bundles.get(language);
        if (bundle != null) {
             translate(form.id(), copy.path("components"), bundle);
        }
        return copy;
    }

    private static void translate(String formId, JsonNode components, Properties bundle) {
        for (JsonNode component : components) {
            String prefix = formId + "." + componentId(component) + ".";
            for (String property : TEXTS) {
                String text = bundle.getProperty(prefix + property);
                if (text != null && FormEntries.text(component, property) != null) {
                    // "appearance.prefixAdorner" is the prefixAdorner of the component's appearance
                    int dot = property.indexOf('.');
                    ObjectNode owner = dot < 0 ? (ObjectNode) component
                            : (ObjectNode) component.get(property.substring(0, dot));
                    owner.put(property.substring(dot + 1), text);
                }
            }
            for (JsonNode value : component.path("values")) {
                String text = bundle.getProperty(prefix + "values." + value.path("value").asText());
                if (text != null) {
                    ((ObjectNode) value).put("label", text);
                }
            }
             translate(formId, component.path("components"), bundle);
        }
    }

    boolean has(Language language, String key) {
        return language == Language.EN || bundles.get(language).containsKey(key);
    }

    Map<String, String> bundle(Language language) {
        Map<String, String> entries = new LinkedHashMap<>();
        Properties bundle = bundles.getOrDefault(language, new Properties());
        bundle.stringPropertyNames().forEach(k -> entries.put(k, bundle.getProperty(k)));
        return entries;
    }

    /** The modeller's id names a component across edits; a component without one is known by its key. */
    private static String componentId(JsonNode component) {
        return component.hasNonNull("id") ? component.get("id").asText() : component.path("key").asText("");
    }
}
