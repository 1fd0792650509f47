package org.cseriskrecord.events;

/**
 * The professional who completes an assessment (the seed's "Professional(s) details completing the assessment", for
 * this assessment): defaulted from the signed-in user when the assessment starts, editable while it is.
 *
 * @param agency the professional's agency, e.g. {@code Police}
 */
@PersonalData("professional")
public record AssessingProfessional(String name, String jobTitle, String agency, String telephone, String email) {
}
