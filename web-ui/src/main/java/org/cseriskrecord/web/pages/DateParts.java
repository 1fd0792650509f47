package org.cseriskrecord.web.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The three boxes of a GOV.UK date input, as typed. Turning them into a date is the page's job (the services only
 * ever receive real dates); whether the date is allowed (e.g. not in the future) is the service's.
 */
public class DateParts {
    private String day;
    private String month;
    private String year;

    public static DateParts of(Object isoDate) {
        var parts = new DateParts();
        if (isoDate != null) {
            LocalDate date = LocalDate.parse(isoDate.toString());
            parts.day = Integer.toString(date.getDayOfMonth());
            parts.month = Integer.toString(date.getMonthValue());
            parts.year = Integer.toString(date.getYear());
        }
        return parts;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, if the boxes hold a real one (a four-digit year). */
    public Optional<LocalDate> toDate() {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
