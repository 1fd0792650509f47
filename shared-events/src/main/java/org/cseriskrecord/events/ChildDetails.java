package org.cseriskrecord.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The seed form's "Child details" section. Every field is personal data about the child.
 *
 * @param missing one of {@code NOT_MISSING}, {@code CURRENTLY_MISSING}, {@code REGULARLY_GOES_MISSING}
 * @param participation who took part in completing the tool: any of {@code CHILD}, {@code PARENT}, {@code CARER}
 */
@PersonalData("child")
public record ChildDetails(
        String name,
        String alsoKnownAs,
        LocalDate dateOfBirth,
        String gender,
        String sexualOrientation,
        String ethnicity,
        String religion,
        String address,
        String postcode,
        String telephone,
        String firstLanguage,
        boolean hasDisability,
        String disabilityDetails,
        String communicationLearningNeeds,
        boolean learningDifficulty,
        String legalStatusIfAccommodated,
        boolean childProtectionPlan,
        String missing,
        List<String> participation) {

    public ChildDetails {
        participation = participation == null ? List.of() : List.copyOf(participation);
    }
}
