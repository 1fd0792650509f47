package org.cseriskrecord.query.outcome;

import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.RiskModelException;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.judgement.JudgementCheck;
import org.cseriskrecord.riskmodel.judgement.ProfessionalJudgement;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The risk model as the projections use it: the suggested level and its explanation for the active indicators of an
 * assessment, the child's date of birth and learning difficulty, the assessment date and the area; and how the
 * professional's judgement stands against it (the response that applies, and the flags).
 */
@Component
public class OutcomeCalculator {

    private final RiskAssessor assessor;
    private final Pathways pathways;

    public OutcomeCalculator(Pathways pathways) {
        this.pathways = pathways;
        this.assessor = new RiskAssessor(pathways);
    }

    /** What an assessment needs: its facts and the judgement recorded so far (any of which may be missing). */
    public record Inputs(String catalogueVersion, Set<String> activeCodes, LocalDate dateOfBirth,
                        String learningDifficulty, LocalDate assessmentDate, String area, String assessedLevel,
                        String rationale, String lastAuthorisedLevel) {
    }

    /**
     * How the judgement stands: the level whose response applies (the higher of the suggestion and the assessed
     * level), that response, and the flags a manager and the board see.
     */
    public record Judgement(String responseLevel, List<String> recommendedActions, boolean downgrade,
                            boolean belowFloorWithIndicators, boolean stepDown) {

        static Judgement none() {
            return new Judgement(null, List.of(), false, false, false);
        }
    }

    public record Assessed(OutcomeView outcome, Judgement judgement) {
    }

    /**
     * The outcome and the judgement; never throws for facts the model rejects (those give an outcome whose
     * {@code problem} says why, in the model's words), because a projection must record every event. An unknown or
     * missing learning-difficulty answer is read as NOT_KNOWN, which applies the floor.
     *
     * @param inputs activeCodes are marked and carried-forward codes; derived codes among them are ignored (the
     *               model works them out itself)
     */
    public Assessed assess(Inputs inputs) {
        try {
            Set<String> marked = new LinkedHashSet<>();
            Optional<Catalogue> catalogue = catalogue(inputs.catalogueVersion());
            for (String code : inputs.activeCodes()) {
                boolean derived = catalogue.flatMap(c -> c.item(code)).map(CatalogueItem::derived).orElse(false);
                if (!derived) {
                    marked.add(code);
                }
            }
            RiskOutcome outcome = assessor.assess(new AssessmentFacts(inputs.catalogueVersion(), marked,
                    inputs.dateOfBirth(), answer(inputs.learningDifficulty()), inputs.assessmentDate(), inputs.area()));
            return new Assessed(OutcomeView.of(outcome), judge(outcome, level(inputs.assessedLevel()),
                    inputs.rationale(), level(inputs.lastAuthorisedLevel())));
        } catch (RiskModelException e) {
            return new Assessed(OutcomeView.unavailable(e.getMessage()), Judgement.none());
        }
    }

    private static Judgement judge(RiskOutcome outcome, RiskLevel assessed, String rationale, RiskLevel last) {
        RiskLevel responseLevel = outcome.responseLevel(assessed);
        if (assessed == null) {
            return new Judgement(responseLevel.name(), outcome.recommendedActionsFor(null), false, false, false);
        }
        JudgementCheck check = ProfessionalJudgement.check(outcome, assessed, rationale, last);
        return new Judgement(responseLevel.name(), outcome.recommendedActionsFor(assessed), check.downgrade(),
                check.belowFloorWithIndicators(), check.stepDown());
    }

    /** The stored answer; anything else is not known, which applies the floor. */
    public static Answer answer(String stored) {
        for (Answer answer : Answer.values()) {
            if (answer.name().equals(stored)) {
                return answer;
            }
        }
        return Answer.NOT_KNOWN;
    }

    private static RiskLevel level(String stored) {
        for (RiskLevel level : RiskLevel.values()) {
            if (level.name().equals(stored)) {
                return level;
            }
        }
        return null;
    }

    /** The areas that have a referral pathway. */
    public Set<String> areas() {
        return pathways.areas();
    }

    /** The catalogue of this version, if known. */
    public static Optional<Catalogue> catalogue(String version) {
        try {
            return version == null ? Optional.empty() : Optional.of(Catalogues.byVersion(version));
        } catch (RiskModelException e) {
            return Optional.empty();
        }
    }
}
