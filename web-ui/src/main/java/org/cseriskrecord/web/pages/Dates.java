package org.cseriskrecord.web.pages;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as GOV.UK writes them ("3 December 2026", "3 Dec 2026 at 14:05", UK time), for templates as
 * {@code @dates}. Accepts the ISO strings the services send.
 */
@Component("dates")
public class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    public String date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
            return DATE.format(date);
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }

    public String dateTime(Object value) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = value instanceof Instant i ? i : Instant.parse(value.toString());
            return DATE_TIME.format(instant.atZone(UK));
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }
}
