package org.copact.overview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copact.common.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds English in what a person sees that no bundle holds: a literal of a controller, an enum's
 * name, a template's fallback or a word written into a template. {@link EnglishLeaks} knows only the
 * English bundle's values; this looks at the words. On every page not in English: no English
 * function word as a whole word (the list holds none that the translations write, which
 * {@code EnglishLeaksTests} checks against the bundles); on a Greek, Bulgarian or Macedonian page
 * also no word of three Latin letters or more, but the product's names, the codes the translations
 * themselves write, and the data the test created. Left out: what the test created (names,
 * organisations, titles: given), addresses, links, code, hashes, dates and times, and the parts of a
 * page marked as another language (the language switch, a pact in the round's language). And no
 * date or time written as ISO-8601 ({@code 2027-03-01}, {@code 2027-03-01T17:00}), a {@code <time>}'s
 * text included, but the format's example in a date's field error.
 */
final class EnglishWords {

    /** English words Romanian and Italian do not write (not "a", "in", "are", "no", "pact", "link", "email"…) */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "to", "your", "with", "has", "have", "was",
            "is", "this", "that", "not", "open", "task", "tasks", "round", "rounds", "deadline", "sign", "review",
            "you", "for", "from", "by", "been", "will", "be", "were", "which", "who", "what", "when", "here",
            "there", "their", "they", "our", "we", "please", "now", "yet", "after", "before", "until", "about",
            "into", "than", "then", "should", "must", "can", "may", "each", "every", "only", "also", "any", "its",
            "draft", "version", "signed", "sent", "none", "add", "remove", "save", "show", "back", "next",
            "previous", "page", "stage", "history", "answer", "answers", "stakeholders", "consultation",
            "signature", "copy", "days", "hours", "new", "edit", "cancel", "reason", "done", "yes", "on", "how",
            "why", "out", "one", "two", "log", "step", "decline", "declined", "approve", "changes");

    /** the product's names and the abbreviations every language writes */
    static final Set<String> NAMES = Set.of("Copact", "PDF", "SHA", "CSV", "XLSX", "UTC", "JSON", "API", "Camunda",
            "BPMN", "Cockpit", "Tasklist", "OpenAPI", "HTTP", "HTTPS", "URL", "SMTP", "IMAP", "SRL", "ISO",
            "Markdown", "Ed25519", "RFC", "HMAC");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}{3,}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?}");
    /** addresses, links, hashes, ids, dates and times, numbers: data, never words of a language */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w.-]+");
    private static final Pattern NOT_WORDS = Pattern.compile(String.join("|",
            "(?:https?://|/)[\\w./?=&%#~+-]*", "\\b[0-9a-fA-F]{16,}\\b",
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}\\b", "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+Z?)?",
            "\\b[\\w-]*\\d[\\w-]*\\b"));
    /** a date or a moment as ISO-8601 writes it: a person reads dates as their language writes them */
    private static final Pattern RAW_MOMENT = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2})?");
    /** the examples of the format that the error of a mistyped date gives (round.error.dateTime, pact.error.date…) */
    private static final List<String> EXAMPLES = List.of("2026-12-01T17:00:00+02:00", "2030-12-31", "2027-03-01T17:00");
    private static final List<String> ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt");

    private final Language language;
    private final List<String> data;
    private final Set<String> latinAllowed = new HashSet<>();

    /** data: what the test itself created and the page may show (names, organisations, titles, answers) */
    EnglishWords(Language language, Collection<String> data) {
        this.language = language;
        this.data = data.stream().filter(text -> text != null && !text.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        NAMES.forEach(name -> latinAllowed.add(name.toLowerCase(Locale.ROOT)));
        for (String bundle : List.of("messages", "staff", "mail")) {
            Properties translated = EnglishLeaks.load(bundle + "_" + language.code() + ".properties");
            for (String value : translated.stringPropertyNames()) {
                words(ARGUMENT.matcher(translated.getProperty(value)).replaceAll(" "))
                        .forEach(word -> latinAllowed.add(word.toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** the English words and raw moments of the page's visible text, each with the text it stands in */
    List<String> in(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, template, noscript, code, pre, kbd, samp").remove();
        List<String> found = new ArrayList<>();
        for (String text : texts(page)) {
            String shown = withoutData(text);
            if (RAW_MOMENT.matcher(shown).find() && EXAMPLES.stream().noneMatch(shown::contains)) {
                found.add("ISO moment: " + text.strip());
            }
        }
        page.select("time").remove();
        for (String text : texts(page)) {
            String words = NOT_WORDS.matcher(withoutData(text)).replaceAll(" ");
            for (String word : words(words)) {
                if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    found.add("English word \"" + word + "\": " + text.strip());
                } else if (!usesLatin() || !LATIN.matcher(word).find()) {
                    continue;
                } else if (!latinAllowed.contains(word.toLowerCase(Locale.ROOT))) {
                    found.add("Latin word \"" + word + "\": " + text.strip());
                }
            }
        }
        return found;
    }

    private Set<String> texts(Document page) {
        Set<String> texts = new LinkedHashSet<>();
        texts.add(page.title());
        for (Element element : page.body().getAllElements()) {
            if (inAnotherLanguage(element)) {
                continue;
            }
            texts.add(element.ownText());
            for (String attribute : ATTRIBUTES) {
                texts.add(element.attr(attribute));
            }
            if (element.tagName().equals("input") && element.attr("type").matches("submit|button")) {
                texts.add(element.attr("value"));
            }
        }
        texts.remove("");
        return texts;
    }

    /** the same for a text that is not a page: a problem's title, detail or field error */
    List<String> inText(String text) {
        return in("<html><body><p>" + org.jsoup.nodes.Entities.escape(text) + "</p></body></html>");
    }

    private boolean usesLatin() {
        return language == Language.EL || language == Language.BG || language == Language.MK;
    }

    /** marked as written in another language, itself or within: the language switch, a text in the round's language */
    private boolean inAnotherLanguage(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr("lang") && !at.tagName().equals("html")) {
                return !at.attr("lang").equalsIgnoreCase(language.code());
            }
        }
        return false;
    }

    /** the text without addresses (before the names in them) and without the data the test created */
    private String withoutData(String text) {
        String left = ADDRESS.matcher(text).replaceAll(" ");
        for (String given : data) {
            left = left.replace(given, " ");
        }
        return left;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
