package org.cseriskrecord.query.trends;

import org.cseriskrecord.query.web.InvalidParameterException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The parameters of the board's trends: months {@code from} to {@code to} inclusive (YYYY-MM), optionally one area
 * and one agency.
 */
public record TrendsQuery(YearMonth from, YearMonth to, String area, String agency) {

    /** Twenty years of months: enough for any board report, small enough to answer quickly. */
    static final int MAX_MONTHS = 240;
    public static final int MAX_AGENCY_LENGTH = 100;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    public static TrendsQuery parse(String from, String to, String area, String agency, Collection<String> areas) {
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (end.isBefore(start)) {
            throw new InvalidParameterException("to", "must be the same month as 'from' or a later one");
        }
        if (ChronoUnit.MONTHS.between(start, end) + 1 > MAX_MONTHS) {
            throw new InvalidParameterException("to", "must be at most " + MAX_MONTHS + " months after 'from'");
        }
        String chosenArea = blank(area) ? null : area.strip();
        if (chosenArea != null && !areas.contains(chosenArea)) {
            throw InvalidParameterException.oneOf("area", areas);
        }
        String chosenAgency = blank(agency) ? null : agency.strip();
        if (chosenAgency != null && chosenAgency.length() > MAX_AGENCY_LENGTH) {
            throw new InvalidParameterException("agency", "must be at most " + MAX_AGENCY_LENGTH + " characters");
        }
        return new TrendsQuery(start, end, chosenArea, chosenAgency);
    }

    public TrendsQuery withAgency(String ownAgency) {
        return new TrendsQuery(from, to, area, ownAgency);
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    static String format(YearMonth month) {
        return month.format(FORMAT);
    }

    private static YearMonth month(String parameter, String value) {
        if (blank(value) || !MONTH.matcher(value.strip()).matches()) {
            throw new InvalidParameterException(parameter, "is required as a month in the form YYYY-MM, e.g. 2025-04");
        }
        try {
            return YearMonth.parse(value.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "must be a real month in the form YYYY-MM, e.g. 2025-04");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
