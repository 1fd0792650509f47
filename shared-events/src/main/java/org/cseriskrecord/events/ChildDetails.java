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
 * @param missing             one of {@code NOT_MISSING}, {@code CURRENTLY_MISSING}, {@code REGULARLY_GOES_MISSING}
 * @param participation       who took part in completing the tool: any of {@code CHILD}, {@code PARENT},
 *                            {@code CARER}
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

    public ChildDetails {
        disabilityCodes = disabilityCodes == null ? List.of() : List.copyOf(disabilityCodes);
        participation = participation == null ? List.of() : List.copyOf(participation);
    }
}
