package org.cseriskrecord.web.dashboards;

import org.springframework.stereotype.Component;

import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Months as GOV.UK writes them ("January 2025"), for templates as {@code @months}; accepts query-service's YYYY-MM. */
@Component("months")
public class Months {

    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public String name(Object month) {
        if (month == null) {
            return null;
        }
        try {
            return LONG.format(YearMonth.parse(month.toString()));
        } catch (DateTimeParseException e) {
            return month.toString();
        }
    }

    /** A configured review interval (ISO 8601 period, e.g. P3M) as words: "3 months", "1 month", "6 weeks". */
    public String period(Object iso) {
        if (iso == null) {
            return null;
        }
        try {
            Period period = Period.parse(iso.toString());
            List<String> parts = new ArrayList<>();
            int months = (int) period.toTotalMonths();
            if (months > 0) {
                parts.add(months + (months == 1 ? " month" : " months"));
            }
            int days = period.getDays();
            if (days > 0 && days % 7 == 0) {
                parts.add(days / 7 + (days == 7 ? " week" : " weeks"));
            } else if (days > 0) {
                parts.add(days + (days == 1 ? " day" : " days"));
            }
            return parts.isEmpty() ? iso.toString() : String.join(" and ", parts);
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }
}
