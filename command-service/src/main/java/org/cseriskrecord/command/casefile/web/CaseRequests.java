package org.cseriskrecord.command.casefile.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON bodies of the case endpoints. Syntax (present, not too long) is checked here so every field error is
 * reported at once; the case's rules (dates, areas, values) are checked by the aggregate.
 */
final class CaseRequests {
    static final int SHORT = 200;
    static final int LONG = 20_000;

    private CaseRequests() {
    }

    record OpenCase(
            @NotBlank(message = "is required (COUNTY or CITY)") String area,
            @NotNull(message = "is required") @Valid Child child,
            List<@NotNull(message = "must not contain empty entries") @Valid Professional> professionals,
            @Valid Placement placement,
            @Size(max = LONG) String otherProfessionalsInvolved) {
    }

    /** The case's details other than the child's, as they now are (the whole of each, not only the changes). */
    record CaseDetails(
            List<@NotNull(message = "must not contain empty entries") @Valid Professional> professionals,
            @Valid Placement placement,
            @Size(max = LONG) String otherProfessionalsInvolved) {
    }

    record Child(
            @NotBlank(message = "is required") @Size(max = SHORT) String name,
            @Size(max = SHORT) String alsoKnownAs,
            @NotNull(message = "is required (YYYY-MM-DD)") LocalDate dateOfBirth,
            @Size(max = SHORT) String gender,
            @Size(max = SHORT) String sexualOrientation,
            @Size(max = SHORT) String ethnicity,
            @Size(max = SHORT) String religion,
            @Size(max = 1000) String address,
            @Size(max = 20) String postcode,
            @Size(max = 50) String telephone,
            @Size(max = SHORT) String firstLanguage,
            Boolean hasDisability,
            @Size(max = LONG) String disabilityDetails,
            @Size(max = LONG) String communicationLearningNeeds,
            @NotNull(message = "is required: say true or false (the floor rule depends on it)") Boolean learningDifficulty,
            @Size(max = LONG) String legalStatusIfAccommodated,
            Boolean childProtectionPlan,
            @Size(max = 30) String missing,
            List<@NotBlank @Size(max = 10) String> participation) {

        ChildDetails toDetails() {
            return new ChildDetails(name, alsoKnownAs, dateOfBirth, gender, sexualOrientation, ethnicity, religion,
                    address, postcode, telephone, firstLanguage, Boolean.TRUE.equals(hasDisability),
                    disabilityDetails, communicationLearningNeeds, learningDifficulty,
                    legalStatusIfAccommodated, Boolean.TRUE.equals(childProtectionPlan), missing, participation);
        }
    }

    record Professional(
            @NotBlank(message = "is required") @Size(max = SHORT) String name,
            @Size(max = SHORT) String jobTitle,
            @Size(max = 50) String telephone,
            @Size(max = SHORT) String email) {

        ProfessionalDetails toDetails() {
            return new ProfessionalDetails(name, jobTitle, telephone, email);
        }
    }

    record Placement(@Size(max = SHORT) String placementType, @Size(max = LONG) String placementAddressAndDetails) {
        PlacementDetails toDetails() {
            return new PlacementDetails(placementType, placementAddressAndDetails);
        }
    }

    record StartAssessment(@NotNull(message = "is required (YYYY-MM-DD)") LocalDate assessmentDate) {
    }
}
