package org.cseriskrecord.command.casefile.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cseriskrecord.events.AssessingProfessional;
import org.cseriskrecord.events.ChildDetails.Missing;
import org.cseriskrecord.events.ChildDetails.Participant;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.events.census.CensusDisability;
import org.cseriskrecord.events.census.CensusEthnicity;
import org.cseriskrecord.events.census.CensusGender;
import org.cseriskrecord.riskmodel.Answer;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON bodies of the case endpoints. Shape is checked here, so every field error is reported at once: what is
 * required, how long text may be, the values a field may take (answers, statuses, census codes). The case's own
 * rules (dates against today, areas, fields that depend on each other) are checked by the case.
 */
final class CaseRequests {
    static final int SHORT = 200;
    static final int LONG = 20_000;
    /** Text that, when given, holds more than white space. */
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String NOT_BLANK_MESSAGE = "must not be blank when given";
    /** Entries a list may hold (professionals, places, people): far more than any real case has. */
    static final int ENTRIES = 50;

    private CaseRequests() {
    }

    record OpenCase(
            @NotBlank(message = "is required (COUNTY or CITY)") @Size(max = SHORT) String area,
            @NotNull(message = "is required") @Valid Child child,
            @Size(max = ENTRIES)
            List<@NotNull(message = "must not contain empty entries") @Valid Professional> professionals,
            @Valid Placement placement,
            @Size(max = LONG) String otherProfessionalsInvolved) {
    }

    /** The case's details other than the child's, as they now are (the whole of each, not only the changes). */
    record CaseDetails(
            @Size(max = ENTRIES)
            List<@NotNull(message = "must not contain empty entries") @Valid Professional> professionals,
            @Valid Placement placement,
            @Size(max = LONG) String otherProfessionalsInvolved) {
    }

    /**
     * The seed's "Child details". {@code learningDifficulty} and {@code childProtectionPlan} are YES, NO or NOT_KNOWN
     * (JSON true and false read as YES and NO); the learning difficulty must be answered, since the floor depends on
     * it, and NOT_KNOWN is an answer. An unanswered child protection plan is NOT_KNOWN.
     */
    record Child(
            @NotBlank(message = "is required") @Size(max = SHORT) String name,
            @Size(max = SHORT) String alsoKnownAs,
            @NotNull(message = "is required (YYYY-MM-DD)") LocalDate dateOfBirth,
            @Size(max = SHORT) String gender,
            @Size(max = SHORT) @CensusCodeOf(CensusGender.class) String genderCode,
            @Size(max = SHORT) String sexualOrientation,
            @Size(max = SHORT) String ethnicity,
            @Size(max = SHORT) @CensusCodeOf(CensusEthnicity.class) String ethnicityCode,
            @Size(max = SHORT) String religion,
            @Size(max = 1000) String address,
            @Size(max = 20) String postcode,
            @Size(max = 50) String telephone,
            @Size(max = SHORT) String firstLanguage,
            Boolean hasDisability,
            @Size(max = LONG) String disabilityDetails,
            @Size(max = ENTRIES)
            List<@NotNull @Size(max = SHORT) @CensusCodeOf(CensusDisability.class) String> disabilityCodes,
            @Size(max = LONG) String communicationLearningNeeds,
            @NotNull(message = "is required: YES, NO or NOT_KNOWN (the floor rule depends on it)") Answer learningDifficulty,
            @Size(max = LONG) String legalStatusIfAccommodated,
            Answer childProtectionPlan,
            Missing missing,
            @Size(max = ENTRIES) List<@NotNull Participant> participation) {

        ChildDetails toDetails() {
            return new ChildDetails(name, alsoKnownAs, dateOfBirth, gender, genderCode, sexualOrientation, ethnicity,
                    ethnicityCode, religion, address, postcode, telephone, firstLanguage,
                    Boolean.TRUE.equals(hasDisability), disabilityDetails,
                    disabilityCodes == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(disabilityCodes)),
                    communicationLearningNeeds, learningDifficulty.name(), legalStatusIfAccommodated,
                    (childProtectionPlan == null ? Answer.NOT_KNOWN : childProtectionPlan).name(),
                    missing == null ? null : missing.name(),
                    participation == null ? List.of() : participation.stream().distinct().map(Enum::name).toList());
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

    /** Who completes an assessment. */
    record Assessor(
            @NotBlank(message = "is required") @Size(max = SHORT) String name,
            @Size(max = SHORT) String jobTitle,
            @Size(max = SHORT) String agency,
            @Size(max = 50) String telephone,
            @Size(max = SHORT) String email) {

        AssessingProfessional toDetails() {
            return new AssessingProfessional(name, jobTitle, agency, telephone, email);
        }
    }

    record Placement(@Size(max = SHORT) String placementType, @Size(max = LONG) String placementAddressAndDetails) {
        PlacementDetails toDetails() {
            return new PlacementDetails(placementType, placementAddressAndDetails);
        }
    }

    /** @param completedBy who completes it; left out, the signed-in user */
    record StartAssessment(@NotNull(message = "is required (YYYY-MM-DD)") LocalDate assessmentDate,
                           @Valid Assessor completedBy) {
    }

    /** @param agency the agency to share with, as the partnership names it (e.g. {@code Health}) */
    record Share(@NotBlank(message = "is required: the agency to share the case with") @Size(max = SHORT) String agency,
                 @NotBlank(message = "is required: say why the agency needs the case") @Size(max = LONG) String reason) {
    }

    record Revocation(@NotBlank(message = "is required: say why the share ends") @Size(max = LONG) String reason) {
    }
}
