package org.copact;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/** The forms of a page that post, with their fields as the page fills them, read from its HTML. */
final class PageForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
            Pattern.DOTALL);

    record Form(String action, Map<String, String> fields) {

        String encoded(Map<String, String> values) {
            return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), UTF_8)).collect(Collectors.joining("&"));
        }
    }

    private PageForms() {
    }

    static List<Form> of(String html, String pagePath) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String attributes = form.group(1);
            if (!attribute(attributes, "method").equalsIgnoreCase("post")) {
                continue;
            }
            String action = HtmlUtils.htmlUnescape(attribute(attributes, "action"));
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                String name = attribute(field.group(2), "name");
                String type = attribute(field.group(2), "type");
                if (name.isEmpty() || type.equals("file")
                        || ((type.equals("checkbox") || type.equals("radio")) && fields.containsKey(name))) {
                    continue;
                }
                fields.put(HtmlUtils.htmlUnescape(name), HtmlUtils.htmlUnescape(attribute(field.group(2), "value")));
            }
            Matcher textarea = TEXTAREA.matcher(form.group(2));
            while (textarea.find()) {
                fields.put(HtmlUtils.htmlUnescape(textarea.group(1)), HtmlUtils.htmlUnescape(textarea.group(2)));
            }
            forms.add(new Form(action.isEmpty() ? pagePath : action, fields));
        }
        return forms;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : "";
    }
}
