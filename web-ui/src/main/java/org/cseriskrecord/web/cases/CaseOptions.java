package org.cseriskrecord.web.cases;

import org.cseriskrecord.events.census.CensusCode;
import org.cseriskrecord.events.census.CensusDisability;
import org.cseriskrecord.events.census.CensusEthnicity;
import org.cseriskrecord.events.census.CensusGender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The choices the case pages offer: risk levels, statuses, the partnership's areas (configuration, as the risk
 * model's pathways are), tri-state answers and the census code lists (from shared-events, where the events define
 * them). Labels of levels, statuses and answers are in messages.properties.
 */
@Component
public class CaseOptions {

    private final List<String> areas;

    CaseOptions(@Value("${cse.web.areas:COUNTY,CITY}") List<String> areas) {
        this.areas = List.copyOf(areas);
    }

    public List<String> areas() {
        return areas;
    }

    public List<String> riskLevels() {
        return List.of("HIGH", "MEDIUM", "LOW", "NONE");
    }

    public List<String> statuses() {
        return List.of("DRAFT", "SUBMITTED", "RETURNED", "AUTHORISED", "DISCARDED");
    }

    public List<String> answers() {
        return List.of("YES", "NO", "NOT_KNOWN");
    }

    public List<String> missing() {
        return List.of("NOT_MISSING", "CURRENTLY_MISSING", "REGULARLY_GOES_MISSING");
    }

    public List<String> participants() {
        return List.of("CHILD", "PARENT", "CARER");
    }

    public List<Option> genderCodes() {
        return options(CensusGender.class);
    }

    public List<Option> ethnicityCodes() {
        return options(CensusEthnicity.class);
    }

    public List<Option> disabilityCodes() {
        return options(CensusDisability.class);
    }

    private static <T extends Enum<T> & CensusCode> List<Option> options(Class<T> list) {
        return Arrays.stream(list.getEnumConstants()).map(c -> new Option(c.code(), c.label())).toList();
    }

    /** A census code and its description. */
    public record Option(String code, String label) {
    }
}
