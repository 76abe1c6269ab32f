package org.copact.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A datetime field's {@code timeSerializingFormat}, as form-js serialises a time it was given in the
 * person's time zone: {@code utc_offset} keeps the wall-clock time with the zone's offset at that
 * moment ({@code 2026-05-31T14:30+03:00}, {@code 14:30+03:00}), {@code utc_normalized} gives the same
 * moment in UTC ({@code 2026-05-31T11:30Z}, {@code 11:30Z}), {@code no_timezone} (and a field without
 * a format) the wall-clock time alone. A time without a date takes the zone's offset of today, as
 * form-js takes the browser's offset of now. Minutes are the finest unit, as in form-js.
 */
public final class TimeFormats {

    /** the name under which a task's page posts the person's time zone (an IANA id, Europe/Rome) */
    public static final String TIME_ZONE = "time-zone";
    /** the zone of a page whose browser did not say (no script) */
    static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private TimeFormats() {
    }

    /** The zone a page posted, or the default one when it posted none or one that is no zone. */
    static ZoneId zone(String[] posted) {
        if (posted == null || posted.length == 0 || posted[0].isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(posted[0].strip());
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    /**
     * The wall-clock time a page posted (as its date-time or time input gives it), serialised in the
     * field's format; what is no such time stays as posted, for the validator to refuse.
     */
    static String serialise(FormField field, String posted, ZoneId zone) {
        String format = field.entry() == null ? null : field.entry().timeFormat();
        if (format == null || format.equals("no_timezone")) {
            return posted;
        }
        String text = posted.strip();
        try {
            if ("time".equals(field.subtype())) {
                LocalTime time = LocalTime.parse(text).truncatedTo(ChronoUnit.MINUTES);
                ZoneOffset offset = zone.getRules().getOffset(LocalDate.now(zone).atTime(time));
                return format.equals("utc_normalized")
                        ? OffsetTime.of(time, offset).withOffsetSameInstant(ZoneOffset.UTC).format(MINUTES) + "Z"
                        : time.format(MINUTES) + offset(offset);
            }
            LocalDateTime local = LocalDateTime.parse(text).truncatedTo(ChronoUnit.MINUTES);
            OffsetDateTime moment = local.atZone(zone).toOffsetDateTime();
            return format.equals("utc_normalized")
                    ? moment.withOffsetSameInstant(ZoneOffset.UTC).format(DATE_MINUTES) + "Z"
                    : moment.format(DATE_MINUTES) + offset(moment.getOffset());
        } catch (DateTimeException e) {
            return posted;
        }
    }

    /**
     * What a date-time or time input shows of a value kept with an offset: its wall-clock time in the
     * zone given, so that sending the page again keeps the same moment; a value without offset as it is.
     */
    static String local(String subtype, String value, ZoneId zone) {
        try {
            if ("time".equals(subtype)) {
                OffsetTime time = OffsetTime.parse(value);
                ZoneOffset offset = zone.getRules().getOffset(LocalDate.now(zone).atTime(time.toLocalTime()));
                return time.withOffsetSameInstant(offset).format(MINUTES);
            }
            if ("datetime".equals(subtype)) {
                return OffsetDateTime.parse(value).atZoneSameInstant(zone).format(DATE_MINUTES);
            }
        } catch (DateTimeException e) {
            // no offset: the wall-clock time itself
        }
        return value;
    }

    /** As form-js writes an offset: +03:00, -05:30, +00:00 for UTC. */
    private static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return (minutes < 0 ? "-" : "+") + String.format("%02d:%02d", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
    }
}
