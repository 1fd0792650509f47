package org.cseriskrecord.riskmodel.catalogue;

import java.time.LocalDate;
import java.util.Objects;

import org.cseriskrecord.riskmodel.ChildAge;

/**
 * How a derived catalogue item is worked out. The only kind today is "the child is under N years of age on the
 * assessment date", written {@code derived:under-age=N} in a catalogue file.
 *
 * @param code     the derived item's code
 * @param underAge the item applies when the child's age on the assessment date is below this
 */
public record Derivation(String code, int underAge) {

    public Derivation {
        Objects.requireNonNull(code, "code");
        if (underAge < 1) {
            throw new IllegalArgumentException("under-age must be at least 1, was " + underAge);
        }
    }

    /** Whether the item applies to a child born on {@code dateOfBirth}, assessed on {@code assessmentDate}. */
    public boolean appliesTo(LocalDate dateOfBirth, LocalDate assessmentDate) {
        return ChildAge.isUnder(underAge, dateOfBirth, assessmentDate);
    }
}
