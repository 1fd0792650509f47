package org.cseriskrecord.riskmodel;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The child's age in whole years on a given date.
 *
 * <p>A birthday counts from the day itself: a child born on 2012-05-10 is 13 on 2025-05-10 and 12 on 2025-05-09.
 * A child born on 29 February turns a year older on 1 March in years without a 29 February (so they are still
 * 12 on 28 February of their 13th year), which is the cautious reading for the under-13 rule: the protection of the
 * rule lasts until the latest possible day.
 */
public final class ChildAge {

    private ChildAge() {
    }

    /**
     * Whole years between the date of birth and the given date.
     *
     * @throws RiskModelException if the date of birth is after the date
     */
    public static int yearsOn(LocalDate dateOfBirth, LocalDate onDate) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(onDate, "onDate");
        if (dateOfBirth.isAfter(onDate)) {
            throw new RiskModelException("The date of birth (" + dateOfBirth + ") is after the assessment date ("
                    + onDate + "); please check both dates.");
        }
        return Period.between(dateOfBirth, onDate).getYears();
    }

    /** True if the child has not yet reached {@code years} on the given date. */
    public static boolean isUnder(int years, LocalDate dateOfBirth, LocalDate onDate) {
        return yearsOn(dateOfBirth, onDate) < years;
    }
}
