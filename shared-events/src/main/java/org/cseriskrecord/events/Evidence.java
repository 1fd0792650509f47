package org.cseriskrecord.events;

import java.time.LocalDate;

/**
 * Evidence for a marked indicator. The seed asks that each highlighted indicator be evidenced.
 *
 * @param evidenceId unique within the assessment, so a later correction or redaction can refer to it
 * @param source     who or what the evidence comes from (an agency, a record, a disclosure); may be null
 * @param observedOn the domain date the practitioner observed it; may be null when not known
 */
public record Evidence(
        String evidenceId,
        @PersonalData("child and third parties") String text,
        @PersonalData("third parties") String source,
        LocalDate observedOn) {
}
