package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every type of entry the audit record is written with ({@link AuditType}, the only place they are
 * named, which {@link AuditLog#append} takes) has its name and its sentence in each of the six
 * languages, and the sentence uses each detail it is given: no history line keeps its stored English.
 */
class TimelineTextsTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final TimelineTexts texts;

    TimelineTextsTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        texts = new TimelineTexts(messages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ro", "it", "el", "bg", "mk"})
    void shouldNameAndSayEveryTypeOfEntryInEachLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Set<String> missing = new TreeSet<>();
        for (AuditType type : AuditType.values()) {
            List<String> codes = TimelineTexts.WITHOUT.containsKey(type.name())
                    ? List.of("history.event." + type, "history.audit." + type, "history.audit." + type + ".without")
                    : List.of("history.event." + type, "history.audit." + type);
            codes.stream().filter(code -> own(code, locale) == null).forEach(missing::add);
        }
        assertThat(missing).as("texts missing in " + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ro", "it", "el", "bg", "mk"})
    void shouldUseEachDetailItIsGivenAndNoOther(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (AuditType type : AuditType.values()) {
            int given = TimelineTexts.ARGUMENTS.getOrDefault(type.name(), List.of()).size();
            Set<Integer> used = arguments(own("history.audit." + type, locale));
            assertThat(used).as("arguments of history.audit.%s in %s", type, language)
                    .isEqualTo(range(given));
            if (TimelineTexts.WITHOUT.containsKey(type.name())) {
                assertThat(range(given)).as("history.audit.%s.without in %s", type, language)
                        .containsAll(arguments(own("history.audit." + type + ".without", locale)));
            }
        }
    }

    @Test
    void shouldNameOnlyTypesTheRecordIsWrittenWith() {
        Set<String> types = Arrays.stream(AuditType.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(types).containsAll(TimelineTexts.ARGUMENTS.keySet()).containsAll(TimelineTexts.WITHOUT.keySet());
        TimelineTexts.CODED.keySet().stream().filter(key -> key.contains("."))
                .forEach(key -> assertThat(types).contains(key.substring(0, key.indexOf('.'))));
    }

    @Test
    void shouldSayTheCorrectionsOfARoundInTheReadersLanguage() {
        Locale italian = Locale.ITALIAN;

        assertThat(summary("StakeholderAdded", Map.of("participation", "p", "organisation", "Green Hub",
                "launched", "true"), italian)).isEqualTo("Soggetto interessato Green Hub aggiunto (invitato subito)");
        assertThat(summary("RoundRevised", Map.of("topic", "a → b", "title", "c → d"), italian))
                .isEqualTo("Ciclo modificato: titolo, tema");
        assertThat(summary("ContactFixed", Map.of("participation", "p", "organisation", "Green Hub", "email", "",
                "linksRevoked", ""), italian)).isEqualTo("Contatto di Green Hub corretto");
        assertThat(summary("DeadlineExtended", Map.of("stage", "CONSULTATION", "from", "2027-03-01T15:00:00Z",
                "to", "2027-03-08T15:00:00Z", "reason", ""), italian))
                .as("its moments as Italian writes dates, in the round's time zone")
                .isEqualTo("Scadenza della fase Consultazione spostata da 1 marzo 2027, 17:00 (UTC+02:00)"
                        + " a 8 marzo 2027, 17:00 (UTC+02:00)");
        assertThat(summary("SignatureDeadlineDecided", Map.of("extendedTo", "2027-03-08T15:00:00Z"),
                Locale.forLanguageTag("bg"))).isEqualTo("Срокът за подписване е удължен до 8 март 2027 г., 17:00 ч."
                        + " (UTC+02:00)");
        assertThat(summary("StakeholderReminded", Map.of("participation", "p", "task", "Task_SignPact"), italian))
                .isEqualTo("Promemoria di «" + messages.getMessage("history.step.Task_SignPact", null, italian)
                        + "» richiesto");
    }

    /** a mail's kind is a code ("review-request"): the history names the mail in the reader's words */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ro", "it", "el", "bg", "mk"})
    void shouldNameEveryKindOfMailAndChannelInEachLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Set<String> kinds = new TreeSet<>();
        for (String bundle : List.of("mail.properties", "staff.properties")) {
            Properties subjects = new Properties();
            try (InputStream in = TimelineTextsTests.class.getClassLoader().getResourceAsStream(bundle)) {
                subjects.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            subjects.stringPropertyNames().stream().filter(key -> key.startsWith("mail.") && key.endsWith(".subject"))
                    .map(key -> key.substring("mail.".length(), key.length() - ".subject".length()))
                    .forEach(kinds::add);
        }
        assertThat(kinds).as("the mails Copact sends").contains("invitation", "facilitator-digest");
        assertThat(kinds.stream().filter(kind -> own("history.mailKind." + kind, locale) == null))
                .as("mails the history cannot name in " + language).isEmpty();
        assertThat(own("page.drafting.channel.web", locale)).isNotNull();
        assertThat(own("page.drafting.channel.email", locale)).isNotNull();
    }

    @Test
    void shouldSayWhichMailWasSentAndHowAnAnswerCameInTheReadersWords() {
        assertThat(summary("MailSent", Map.of("kind", "review-request", "to", "ana@cj-ilfov.example"),
                Locale.ITALIAN)).isEqualTo("E-mail «richiesta di revisione della bozza» inviata a ana@cj-ilfov.example");
        assertThat(summary("ConsultationAnswered", Map.of("channel", "web"), Locale.forLanguageTag("el")))
                .isEqualTo("Η διαβούλευση απαντήθηκε (" + own("page.drafting.channel.web", Locale.forLanguageTag("el"))
                        + ")");
    }

    @Test
    void shouldKeepTheStoredWordsOfAnEntryRecordedBeforeItsDetailsNamedThem() {
        assertThat(summary("StakeholderAdded", Map.of("participation", "p"), Locale.ITALIAN))
                .isEqualTo("stored summary");
    }

    private String summary(String type, Map<String, String> details, Locale locale) {
        TimelineEntry entry = new TimelineEntry(Instant.now(), null, "audit", null, null, type, null, "facilitator",
                "stored summary", details, 1, "hash", null, null, List.of(), null, null, null, false);
        return texts.said(entry, ZoneOffset.ofHours(2), locale).summary();
    }

    /** the text of this language's own bundle, null if it has none (never the English it would fall back to) */
    private static String own(String code, Locale locale) {
        String file = locale.getLanguage().equals("en") ? "messages.properties"
                : "messages_" + locale.getLanguage() + ".properties";
        Properties bundle = new Properties();
        try (InputStream in = TimelineTextsTests.class.getClassLoader().getResourceAsStream(file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.getProperty(code);
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern == null ? "" : pattern);
        while (matcher.find()) {
            used.add(Integer.parseInt(matcher.group(1)));
        }
        return used;
    }

    private static Set<Integer> range(int size) {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }
}
