package org.cseriskrecord.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The seed form's "Child details" section. Every field is personal data about the child.
 *
 * @param gender              the practitioner's words
 * @param genderCode          the Children in Need census gender code ({@code CensusGender}), or null if not coded
 * @param ethnicity           the practitioner's words
 * @param ethnicityCode       the Children in Need census ethnicity code ({@code CensusEthnicity}), or null
 * @param disabilityCodes     the Children in Need census disability codes ({@code CensusDisability}); empty if not
 *                            coded
 * @param learningDifficulty  {@code YES}, {@code NO} or {@code NOT_KNOWN} (the floor rule applies to YES and
 *                            NOT_KNOWN)
 * @param childProtectionPlan {@code YES}, {@code NO} or {@code NOT_KNOWN}
 * @param missing             a {@link Missing} name: {@code NOT_MISSING}, {@code CURRENTLY_MISSING},
 *                            {@code REGULARLY_GOES_MISSING}
 * @param participation       who took part in completing the tool: {@link Participant} names ({@code CHILD},
 *                            {@code PARENT}, {@code CARER})
 */
@PersonalData("child")
public record ChildDetails(
        String name,
        String alsoKnownAs,
        LocalDate dateOfBirth,
        String gender,
        String genderCode,
        String sexualOrientation,
        String ethnicity,
        String ethnicityCode,
        String religion,
        String address,
        String postcode,
        String telephone,
        String firstLanguage,
        boolean hasDisability,
        String disabilityDetails,
        List<String> disabilityCodes,
        String communicationLearningNeeds,
        String learningDifficulty,
        String legalStatusIfAccommodated,
        String childProtectionPlan,
        String missing,
        List<String> participation) {

    /**
     * Whether the child is missing, as the form asks. The values {@code missing} takes, defined once for every module
     * (the event keeps the name, so a reader of an older event never fails on a value).
     */
    public enum Missing { NOT_MISSING, CURRENTLY_MISSING, REGULARLY_GOES_MISSING }

    /** Who took part in completing the tool: the values of {@code participation}, defined once. */
    public enum Participant { CHILD, PARENT, CARER }

    public ChildDetails {
        disabilityCodes = disabilityCodes == null ? List.of() : List.copyOf(disabilityCodes);
        participation = participation == null ? List.of() : List.copyOf(participation);
    }
}
