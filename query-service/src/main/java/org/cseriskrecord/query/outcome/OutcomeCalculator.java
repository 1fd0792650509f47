package org.cseriskrecord.query.outcome;

import org.cseriskrecord.riskmodel.RiskModelException;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The risk model as the projections use it: the suggested level and its explanation for the active indicators of an
 * assessment, the child's date of birth and learning difficulty, the assessment date and the area.
 */
@Component
public class OutcomeCalculator {

    private final RiskAssessor assessor;
    private final Pathways pathways;

    public OutcomeCalculator(Pathways pathways) {
        this.pathways = pathways;
        this.assessor = new RiskAssessor(pathways);
    }

    /**
     * The outcome; never throws for facts the model rejects (those give an outcome whose {@code problem} says why,
     * in the model's words), because a projection must record every event.
     *
     * @param activeCodes marked and carried-forward codes; derived codes among them are ignored (the model works
     *                    them out itself)
     */
    public OutcomeView assess(String catalogueVersion, Set<String> activeCodes, LocalDate dateOfBirth,
                              boolean learningDifficulty, LocalDate assessmentDate, String area) {
        try {
            Set<String> marked = new LinkedHashSet<>();
            Optional<Catalogue> catalogue = catalogue(catalogueVersion);
            for (String code : activeCodes) {
                boolean derived = catalogue.flatMap(c -> c.item(code)).map(CatalogueItem::derived).orElse(false);
                if (!derived) {
                    marked.add(code);
                }
            }
            return OutcomeView.of(assessor.assess(new AssessmentFacts(catalogueVersion, marked, dateOfBirth,
                    learningDifficulty, assessmentDate, area)));
        } catch (RiskModelException e) {
            return OutcomeView.unavailable(e.getMessage());
        }
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
