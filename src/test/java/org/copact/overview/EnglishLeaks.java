package org.copact.overview;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copact.common.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds, in what a person sees, the texts of the English bundle that the language of the page says
 * otherwise, and keys left unresolved. A value that is the same in both bundles (a name, a number,
 * "Copact", "PDF", "SHA-256") is no leak; a value with arguments is looked for as the pattern it is.
 */
final class EnglishLeaks {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?}");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern RAW_KEY = Pattern.compile("(?<![\\w@/.-])(?:page|form|task|stage|status|history"
            + "|problem|step|round|pact|mail|language|outside)\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)+");
    private static final List<String> ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt");

    private final List<Pattern> english = new ArrayList<>();

    EnglishLeaks(Language language) {
        Properties en = load("messages.properties");
        Properties translated = load("messages_" + language.code() + ".properties");
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key).strip();
            if (value.equals(translated.getProperty(key, value).strip())) {
                continue;
            }
            Matcher arguments = ARGUMENT.matcher(value);
            String literal = arguments.replaceAll("");
            if (literal.codePoints().filter(Character::isLetter).count() < 4) {
                continue;
            }
            StringBuilder regex = new StringBuilder();
            int last = 0;
            arguments.reset();
            while (arguments.find()) {
                regex.append(Pattern.quote(unquote(value.substring(last, arguments.start())))).append(".+");
                last = arguments.end();
            }
            regex.append(Pattern.quote(unquote(value.substring(last))));
            english.add(Pattern.compile(regex.toString()));
        }
    }

    /** what of the page's visible text is English where the page's language has its own words, or a key */
    List<String> in(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, template, noscript").remove();
        Set<String> texts = new LinkedHashSet<>();
        texts.add(page.title().replace(" · Copact", ""));
        for (Element element : page.getAllElements()) {
            if (element.hasAttr("lang") && element != page.selectFirst("html")) {
                continue; // the language switch names each language in itself
            }
            texts.add(element.ownText().strip());
            if (element.children().isEmpty() || element.tagName().matches("p|li|td|th|label|h\\d|legend|button|a")) {
                texts.add(element.text().strip());
            }
            for (String attribute : ATTRIBUTES) {
                texts.add(element.attr(attribute).strip());
            }
            if (element.tagName().equals("input") && element.attr("type").matches("submit|button")) {
                texts.add(element.attr("value").strip());
            }
        }
        texts.remove("");
        List<String> leaks = new ArrayList<>();
        for (String text : texts) {
            if (UNRESOLVED.matcher(text).find() || RAW_KEY.matcher(text).find()) {
                leaks.add("unresolved: " + text);
            } else if (english.stream().anyMatch(p -> p.matcher(text).matches())) {
                leaks.add("English: " + text);
            }
        }
        return leaks;
    }

    /** the same for a text that is not a page: a problem's title, detail or field error */
    List<String> inText(String text) {
        String html = "<p>" + org.jsoup.nodes.Entities.escape(text) + "</p>";
        return in(html).stream().filter(leak -> !leak.endsWith(": ")).toList();
    }

    /** the texts the bundle gives as written; one with arguments is a MessageFormat pattern */
    private static String unquote(String part) {
        return part.replace("''", "'");
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = EnglishLeaks.class.getResourceAsStream("/" + resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
