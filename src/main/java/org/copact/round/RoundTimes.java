package org.copact.round;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A time of a round as a person reads it in a mail: in the round's time zone (the one its deadlines
 * were given in), in the date and time format of the reader's language, with the zone named, so
 * that {@code 17:00+02:00} reads {@code 1 martie 2027, 17:00 (UTC+02:00)} and never as 15:00 in
 * another zone.
 */
public final class RoundTimes {

    /** Copact's readers of English are in Europe: its English is written with a 24-hour clock. */
    private static final Locale EUROPEAN_ENGLISH = Locale.forLanguageTag("en-150");

    private RoundTimes() {
    }

    public static String format(Instant at, ZoneId zone, Locale reader) {
        Locale locale = european(reader);
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zone));
        return time + " (" + zoneName(zone, at, locale) + ")";
    }

    /**
     * A moment of a list (a line of a round's history, a document's arrival) in the round's time zone,
     * as the reader's language writes it ({@code 8 mar 2027, 17:00}); the page names the zone once
     * ({@link #zoneId}) if it must.
     */
    public static String formatInList(Instant at, ZoneId zone, Locale reader) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(european(reader)).format(at.atZone(zone));
    }

    /** the day of a moment in the round's time zone ({@code 8 mar 2027}): a task's due date */
    public static String formatDay(Instant at, ZoneId zone, Locale reader) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(european(reader)).format(at.atZone(zone));
    }

    private static Locale european(Locale reader) {
        return reader.getLanguage().equals("en") && reader.getCountry().isEmpty() ? EUROPEAN_ENGLISH : reader;
    }

    /**
     * A zone by the id people know: {@code UTC} for the zero offset (which Java writes {@code Z}),
     * {@code Europe/Rome} for a region, {@code UTC+02:00} for another offset.
     */
    public static String zoneId(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }

    /** An offset as UTC±hh:mm, understood in every language; a named zone by its name, and its offset then. */
    private static String zoneName(ZoneId zone, Instant at, Locale locale) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        String utc = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        return zone instanceof ZoneOffset ? utc : zone.getDisplayName(TextStyle.FULL, locale) + ", " + utc;
    }
}
