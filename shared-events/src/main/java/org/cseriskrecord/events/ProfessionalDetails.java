package org.cseriskrecord.events;

/** One entry of the seed form's "Professional(s) details completing the assessment". */
@PersonalData("professional")
public record ProfessionalDetails(String name, String jobTitle, String telephone, String email) {
}
