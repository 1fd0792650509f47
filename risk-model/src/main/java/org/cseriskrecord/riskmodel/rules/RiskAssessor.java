package org.cseriskrecord.riskmodel.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.ChildAge;
import org.cseriskrecord.riskmodel.DerivedIndicatorException;
import org.cseriskrecord.riskmodel.UnknownAreaException;
import org.cseriskrecord.riskmodel.UnknownCatalogueVersionException;
import org.cseriskrecord.riskmodel.UnknownIndicatorException;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.CatalogueSet;
import org.cseriskrecord.riskmodel.catalogue.CatalogueTags;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.catalogue.Derivation;
import org.cseriskrecord.riskmodel.pathway.Pathways;

/**
 * The rules of the form's "HOW TO USE THE TOOL", as a pure function from {@link AssessmentFacts} to an explained
 * {@link RiskOutcome}:
 * <ul>
 * <li>HIGH if at least {@value #HIGH_THRESHOLD} HIGH indicator is marked; else MEDIUM if at least
 * {@value #MEDIUM_THRESHOLD} MEDIUM indicators; else LOW if at least {@value #LOW_THRESHOLD} LOW indicators; else
 * NONE (no identified risk related to CSE, which does not mean there is no exploitation);</li>
 * <li>floor: "No child under 13 or with learning difficulties can be categorised as low risk": for a child under
 * {@value #FLOOR_UNDER_AGE} on the assessment date, or whose learning difficulty is YES or NOT_KNOWN (not known is
 * never read as no), LOW becomes MEDIUM (NONE, MEDIUM and HIGH are unchanged);</li>
 * <li>floor with indicators: for such a child with LOW, MEDIUM or HIGH indicators below every threshold, the level
 * stays NONE but the outcome says the child cannot be categorised as low risk and that professional judgement is
 * required, and the response is the area's floor response (never "no referral is required");</li>
 * <li>the required response of each level follows the area's pathway, with conditional guidance (e.g. about
 * children exploited previously) only when an item with its catalogue tag is marked;</li>
 * <li>vulnerability factors never count towards the level; they are counted and reported;</li>
 * <li>indicators of a category that did not reach its threshold are reported, never dropped.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class RiskAssessor {

    /** HIGH indicators needed for a HIGH level. */
    public static final int HIGH_THRESHOLD = 1;
    /** MEDIUM indicators needed for a MEDIUM level. */
    public static final int MEDIUM_THRESHOLD = 2;
    /** LOW indicators needed for a LOW level. */
    public static final int LOW_THRESHOLD = 4;
    /** A child younger than this on the assessment date can never be assessed as LOW. */
    public static final int FLOOR_UNDER_AGE = 13;

    static final String NO_IDENTIFIED_RISK =
            "No identified risk related to CSE — this does not mean there is no exploitation";
    static final String FLOOR_RULE = "No child under 13 or with learning difficulties can be categorised as low risk";
    static final String FLOOR_WITH_INDICATORS = "No threshold is met, but the child cannot be categorised as low "
            + "risk (" + FLOOR_RULE + ") and indicators are present: professional judgement is required";
    static final String LEARNING_DIFFICULTY_YES = "the child has a recorded learning difficulty";
    static final String LEARNING_DIFFICULTY_NOT_KNOWN = "whether the child has a learning difficulty is not known "
            + "(the floor applies until it is known)";

    private final Pathways pathways;
    private final CatalogueSet catalogues;

    /** An assessor using the catalogues shipped with this module ({@link Catalogues}). */
    public RiskAssessor(Pathways pathways) {
        this(pathways, Catalogues.set());
    }

    /** An assessor using the given catalogues (e.g. a partnership's own form). */
    public RiskAssessor(Pathways pathways, CatalogueSet catalogues) {
        this.pathways = Objects.requireNonNull(pathways, "pathways");
        this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
    }

    /** The number of indicators of a category needed to reach its level; 0 for vulnerabilities (they never do). */
    public static int threshold(Category category) {
        return switch (category) {
            case VULNERABILITY -> 0;
            case LOW -> LOW_THRESHOLD;
            case MEDIUM -> MEDIUM_THRESHOLD;
            case HIGH -> HIGH_THRESHOLD;
        };
    }

    /**
     * Applies the rules. Pure: the same facts always give an equal outcome.
     *
     * @throws UnknownCatalogueVersionException if the catalogue version is not known
     * @throws UnknownAreaException             if no pathway is configured for the area
     * @throws UnknownIndicatorException        if a marked code is not in the catalogue version
     * @throws DerivedIndicatorException        if a derived item (e.g. {@code VULN_UNDER_13}) was marked by hand
     */
    public RiskOutcome assess(AssessmentFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Catalogue catalogue = catalogues.byVersion(facts.catalogueVersion());
        if (!pathways.hasArea(facts.area())) {
            pathways.responseFor(facts.area(), RiskLevel.NONE); // throws UnknownAreaException with its message
        }
        checkMarkedCodes(catalogue, facts.markedCodes());

        Set<String> present = new HashSet<>(facts.markedCodes());
        List<String> derivedCodes = new ArrayList<>();
        for (Derivation derivation : catalogue.derivations()) {
            if (derivation.appliesTo(facts.dateOfBirth(), facts.assessmentDate())) {
                derivedCodes.add(derivation.code());
                present.add(derivation.code());
            }
        }
        List<CatalogueItem> vulnerabilities = presentItems(catalogue, Category.VULNERABILITY, present);
        List<CatalogueItem> low = presentItems(catalogue, Category.LOW, present);
        List<CatalogueItem> medium = presentItems(catalogue, Category.MEDIUM, present);
        List<CatalogueItem> high = presentItems(catalogue, Category.HIGH, present);
        CategoryCounts counts = new CategoryCounts(vulnerabilities.size(), low.size(), medium.size(), high.size());

        RiskLevel levelBeforeFloor;
        String ruleFired;
        if (high.size() >= HIGH_THRESHOLD) {
            levelBeforeFloor = RiskLevel.HIGH;
            ruleFired = describe(high, Category.HIGH);
        } else if (medium.size() >= MEDIUM_THRESHOLD) {
            levelBeforeFloor = RiskLevel.MEDIUM;
            ruleFired = describe(medium, Category.MEDIUM);
        } else if (low.size() >= LOW_THRESHOLD) {
            levelBeforeFloor = RiskLevel.LOW;
            ruleFired = describe(low, Category.LOW);
        } else {
            levelBeforeFloor = RiskLevel.NONE;
            ruleFired = NO_IDENTIFIED_RISK;
        }

        List<String> floorConditions = new ArrayList<>();
        if (ChildAge.isUnder(FLOOR_UNDER_AGE, facts.dateOfBirth(), facts.assessmentDate())) {
            floorConditions.add("the child is under " + FLOOR_UNDER_AGE + " on the assessment date (born "
                    + facts.dateOfBirth() + ")");
        }
        switch (facts.learningDifficulty()) {
            case YES -> floorConditions.add(LEARNING_DIFFICULTY_YES);
            case NOT_KNOWN -> floorConditions.add(LEARNING_DIFFICULTY_NOT_KNOWN);
            case NO -> {
                // the floor does not apply on this account
            }
        }
        boolean floorApplied = levelBeforeFloor == RiskLevel.LOW && !floorConditions.isEmpty();
        boolean floorWithIndicators = levelBeforeFloor == RiskLevel.NONE && !floorConditions.isEmpty()
                && low.size() + medium.size() + high.size() > 0;
        if (floorWithIndicators) {
            ruleFired = FLOOR_WITH_INDICATORS;
        }
        Set<String> presentTags = catalogue.tagsOf(present);
        boolean learningDifficultyToConfirm = presentTags.contains(CatalogueTags.LEARNING_DIFFICULTY)
                && facts.learningDifficulty() != Answer.YES;
        Map<RiskLevel, List<String>> responses = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            responses.put(level, pathways.responseFor(facts.area(), level, presentTags).actions());
        }
        if (floorWithIndicators) {
            responses.put(RiskLevel.NONE, pathways.floorResponse(facts.area(), presentTags).actions());
        }
        RiskLevel suggestedLevel = floorApplied ? RiskLevel.MEDIUM : levelBeforeFloor;
        String floorExplanation = floorApplied
                ? FLOOR_RULE + ", so the suggested level is MEDIUM instead of LOW: "
                        + String.join(" and ", floorConditions) + "."
                : null;

        List<String> belowThreshold = new ArrayList<>();
        belowThreshold(low, Category.LOW).ifPresent(belowThreshold::add);
        belowThreshold(medium, Category.MEDIUM).ifPresent(belowThreshold::add);
        belowThreshold(high, Category.HIGH).ifPresent(belowThreshold::add);

        return new RiskOutcome(
                catalogue.version(),
                suggestedLevel,
                levelBeforeFloor,
                ruleFired,
                floorApplied,
                floorConditions,
                floorExplanation,
                counts,
                derivedCodes,
                belowThreshold,
                responses.get(suggestedLevel),
                pathways.standingNotes(facts.area()),
                facts.learningDifficulty(),
                floorWithIndicators,
                learningDifficultyToConfirm,
                responses);
    }

    private static void checkMarkedCodes(Catalogue catalogue, Set<String> markedCodes) {
        for (String code : new TreeSet<>(markedCodes)) { // sorted, so the same facts always report the same code
            CatalogueItem item = catalogue.require(code);
            if (item.derived()) {
                throw new DerivedIndicatorException(code, "\"" + item.label() + "\" is worked out from the child's "
                        + "date of birth and the assessment date; it cannot be marked by hand.");
            }
        }
    }

    private static List<CatalogueItem> presentItems(Catalogue catalogue, Category category, Set<String> present) {
        return catalogue.items(category).stream().filter(item -> present.contains(item.code())).toList();
    }

    private static String describe(List<CatalogueItem> items, Category category) {
        return quantity(items.size(), category) + ": " + labels(items);
    }

    private static Optional<String> belowThreshold(List<CatalogueItem> items, Category category) {
        if (items.isEmpty() || items.size() >= threshold(category)) {
            return Optional.empty();
        }
        return Optional.of(quantity(items.size(), category) + " present below the threshold of "
                + threshold(category) + " — apply professional judgement (" + labels(items) + ")");
    }

    private static String quantity(int count, Category category) {
        return count + " " + category.name() + (count == 1 ? " indicator" : " indicators");
    }

    private static String labels(List<CatalogueItem> items) {
        return items.stream().map(CatalogueItem::label).collect(Collectors.joining("; "));
    }
}
