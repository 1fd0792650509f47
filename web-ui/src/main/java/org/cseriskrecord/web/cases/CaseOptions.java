package org.cseriskrecord.web.cases;

import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.census.CensusCode;
import org.cseriskrecord.events.census.CensusDisability;
import org.cseriskrecord.events.census.CensusEthnicity;
import org.cseriskrecord.events.census.CensusGender;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The choices the case pages offer: risk levels and tri-state answers (the risk model's enums), statuses, missing and
 * participation values and the census code lists (shared-events, where the events define them), and the
 * partnership's areas (configuration, as the risk model's pathways are). Never re-listed here: a value added to an
 * enum appears on the pages. Labels of levels, statuses and answers are in messages.properties.
 */
@Component
public class CaseOptions {

    /** The risk model's levels, lowest first (as charts draw them). */
    public static final List<String> LEVELS = names(RiskLevel.class);
    /** The same levels, highest first (as lists, filters and the manager's choices offer them). */
    public static final List<String> LEVELS_HIGHEST_FIRST = highestFirst();
    /** The assessment statuses, in the order an assessment goes through them. */
    public static final List<String> STATUSES = names(AssessmentStatus.class);
    /** The form's sections in its order: the vulnerability factors, then the LOW, MEDIUM and HIGH indicators. */
    public static final List<String> SECTIONS = names(Category.class);

    private final List<String> areas;

    CaseOptions(@Value("${cse.web.areas:COUNTY,CITY}") List<String> areas) {
        this.areas = List.copyOf(areas);
    }

    public List<String> areas() {
        return areas;
    }

    /** The risk model's levels, highest first (as the case list's filter offers them). */
    public List<String> riskLevels() {
        return LEVELS_HIGHEST_FIRST;
    }

    public List<String> statuses() {
        return STATUSES;
    }

    public List<String> answers() {
        return names(Answer.class);
    }

    public List<String> missing() {
        return names(ChildDetails.Missing.class);
    }

    public List<String> participants() {
        return names(ChildDetails.Participant.class);
    }

    private static List<String> highestFirst() {
        var levels = new ArrayList<>(names(RiskLevel.class));
        Collections.reverse(levels);
        return List.copyOf(levels);
    }

    private static List<String> names(Class<? extends Enum<?>> values) {
        return Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
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
