package org.cseriskrecord.riskmodel.rules;

import java.time.LocalDate;
import java.util.Set;

import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.ChildAge;
import org.cseriskrecord.riskmodel.RiskModelException;

/**
 * What the rules need to know about one assessment.
 *
 * @param catalogueVersion   the catalogue version the assessment is made with, e.g. {@code notts-cse-2017-02}
 * @param markedCodes        the codes of the items the practitioner marked (vulnerabilities and indicators); never
 *                           a derived item such as {@code VULN_UNDER_13}
 * @param dateOfBirth        the child's date of birth
 * @param learningDifficulty whether the child has a learning difficulty: YES, NO or NOT_KNOWN (NOT_KNOWN applies the
 *                           floor, as YES does)
 * @param assessmentDate     the date the assessment is made on (the child's age is taken on this date)
 * @param area               the area whose referral pathway applies, e.g. {@code COUNTY} or {@code CITY}
 * @throws RiskModelException if a value is missing, or the date of birth is after the assessment date
 */
public record AssessmentFacts(String catalogueVersion, Set<String> markedCodes, LocalDate dateOfBirth,
                              Answer learningDifficulty, LocalDate assessmentDate, String area) {

    public AssessmentFacts {
        require(catalogueVersion, "the form version (catalogue version)");
        require(markedCodes, "the marked indicators");
        require(dateOfBirth, "the child's date of birth");
        require(learningDifficulty, "an answer on the child's learning difficulty (YES, NO or NOT_KNOWN)");
        require(assessmentDate, "the assessment date");
        require(area, "the area");
        for (String code : markedCodes) {
            if (code == null) {
                throw new RiskModelException("One of the marked indicators is empty; please mark indicators from the form.");
            }
        }
        markedCodes = Set.copyOf(markedCodes);
        ChildAge.yearsOn(dateOfBirth, assessmentDate); // rejects a date of birth after the assessment date
    }

    /** Facts where the learning difficulty is known to be present ({@code true}) or absent ({@code false}). */
    public AssessmentFacts(String catalogueVersion, Set<String> markedCodes, LocalDate dateOfBirth,
                           boolean learningDifficulty, LocalDate assessmentDate, String area) {
        this(catalogueVersion, markedCodes, dateOfBirth, Answer.of(learningDifficulty), assessmentDate, area);
    }

    private static void require(Object value, String what) {
        if (value == null) {
            throw new RiskModelException("The assessment needs " + what + ".");
        }
    }
}
