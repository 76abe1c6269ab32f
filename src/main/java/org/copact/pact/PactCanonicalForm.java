package org.copact.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copact.common.Sha256;

/**
 * The one way a pact document is written out to be hashed and kept, so that anyone holding a
 * version's JSON can recompute its SHA-256 (docs/pact-canonical-form.md says it for people outside
 * Java). It follows the JSON Canonicalization Scheme (RFC 8785), with these choices:
 * <ul>
 * <li>the top-level object has a member {@code format} whose value is {@value #FORMAT};</li>
 * <li>members are sorted by their names' UTF-16 code units; there is no whitespace between tokens;</li>
 * <li>a member whose value is absent (null) is left out; a list is always written, empty or not;</li>
 * <li>strings are Unicode NFC with Unix line ends; only the quote, the backslash and the control
 * characters are escaped ({@code \b \f \n \r \t}, else {@code \}{@code u00xx} in lower case);</li>
 * <li>decimal values (baselines, targets, milestones) are strings in plain notation without
 * trailing zeros ({@code "12.5"}, {@code "100"}); years are JSON integers; dates are ISO-8601
 * ({@code "2030-12-31"}); participation ids are lower-case UUIDs; themes are their names.</li>
 * </ul>
 * The SHA-256 is taken over the UTF-8 bytes of that text and written in lower-case hex.
 */
public final class PactCanonicalForm {

    public static final String FORMAT = "copact-pact/1";

    private static final ObjectMapper READER = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PactCanonicalForm() {
    }

    public static String write(PactDocument document) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        put(root, "title", document.title());
        put(root, "preamble", document.preamble());
        root.put("objectives", document.objectives());
        root.put("clauses", document.clauses().stream().map(PactCanonicalForm::clause).toList());
        root.put("authorityCommitments", commitments(document.authorityCommitments()));
        root.put("sheets", document.sheets().stream().map(PactCanonicalForm::sheet).toList());
        StringBuilder out = new StringBuilder();
        value(root, out);
        return out.toString();
    }

    public static String sha256(PactDocument document) {
        return Sha256.hex(write(document));
    }

    /** A document back from its canonical form (or from any JSON of the same members). */
    public static PactDocument read(String json) {
        try {
            return READER.readValue(json, PactDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a pact document: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> clause(PactDocument.Clause clause) {
        Map<String, Object> map = new TreeMap<>();
        put(map, "id", clause.id());
        put(map, "heading", clause.heading());
        put(map, "text", clause.text());
        return map;
    }

    private static Map<String, Object> sheet(PactDocument.CommitmentSheet sheet) {
        Map<String, Object> map = new TreeMap<>();
        put(map, "participationId", sheet.participationId() == null ? null : sheet.participationId().toString());
        put(map, "organisation", sheet.organisation());
        map.put("commitments", commitments(sheet.commitments()));
        return map;
    }

    private static List<Object> commitments(List<PactDocument.Commitment> commitments) {
        List<Object> list = new ArrayList<>();
        for (PactDocument.Commitment c : commitments) {
            Map<String, Object> map = new TreeMap<>();
            put(map, "id", c.id());
            put(map, "theme", c.theme() == null ? null : c.theme().name());
            put(map, "description", c.description());
            put(map, "indicator", c.indicator());
            put(map, "unit", c.unit());
            put(map, "baselineValue", decimal(c.baselineValue()));
            put(map, "baselineYear", c.baselineYear());
            put(map, "targetValue", decimal(c.targetValue()));
            put(map, "targetDate", date(c.targetDate()));
            map.put("milestones", c.milestones().stream().map(m -> {
                Map<String, Object> milestone = new TreeMap<>();
                put(milestone, "date", date(m.date()));
                put(milestone, "value", decimal(m.value()));
                put(milestone, "description", m.description());
                return milestone;
            }).toList());
            list.add(map);
        }
        return list;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void value(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string((String) member.getKey(), out);
                out.append(':');
                value(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                value(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else {
            string((String) value, out);
        }
    }

    /** A string as RFC 8785 writes it, after NFC and Unix line ends. */
    private static void string(String raw, StringBuilder out) {
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
