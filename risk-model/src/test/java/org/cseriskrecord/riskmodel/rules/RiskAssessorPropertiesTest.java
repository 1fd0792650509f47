package org.cseriskrecord.riskmodel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the rules over many generated assessments. Generation is plain JUnit with a fixed seed, so every
 * run checks the same few hundred cases and a failure names the case (its index) that broke the property.
 */
class RiskAssessorPropertiesTest {

    private static final long SEED = 20170201L;
    private static final int CASES = 400;
    private static final LocalDate EARLIEST_ASSESSMENT = LocalDate.of(2017, 2, 1);
    private static final List<String> MARKABLE = codes(null);
    private static final List<String> VULNERABILITIES = codes(Category.VULNERABILITY);

    private final RiskAssessor assessor = new RiskAssessor(Pathways.nottinghamshire());

    /** One generated case: facts, one more code, a non-empty set of vulnerabilities, a shuffle seed. */
    record Generated(AssessmentFacts facts, String oneMore, Set<String> vulnerabilities, long shuffleSeed) {
    }

    static Stream<Generated> generated() {
        var random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            Set<String> marked = new LinkedHashSet<>(pick(MARKABLE, random.nextInt(21), random));
            var date = EARLIEST_ASSESSMENT.plusDays(random.nextInt(3651));
            var dateOfBirth = date.minusDays(random.nextInt(19 * 366 + 1));
            var facts = new AssessmentFacts(Catalogues.NOTTS_CSE_2017_02, marked, dateOfBirth,
                    Answer.values()[random.nextInt(Answer.values().length)], date,
                    random.nextBoolean() ? "COUNTY" : "CITY");
            var oneMore = MARKABLE.get(random.nextInt(MARKABLE.size()));
            var vulnerabilities = new LinkedHashSet<>(pick(VULNERABILITIES, 1 + random.nextInt(6), random));
            return new Generated(facts, oneMore, vulnerabilities, random.nextLong());
        });
    }

    private static List<String> pick(List<String> from, int howMany, Random random) {
        var copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(howMany, copy.size()));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void marking_one_more_indicator_never_lowers_the_suggested_level(Generated g) {
        var facts = g.facts();
        Set<String> more = new HashSet<>(facts.markedCodes());
        more.add(g.oneMore());

        RiskOutcome before = assessor.assess(facts);
        RiskOutcome after = assessor.assess(withCodes(facts, more));

        assertThat(after.suggestedLevel().isBelow(before.suggestedLevel())).isFalse();
        assertThat(after.levelBeforeFloor().isBelow(before.levelBeforeFloor())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("generated")
    void vulnerabilities_never_change_the_level(Generated g) {
        var facts = g.facts();
        Set<String> without = new HashSet<>(facts.markedCodes());
        without.removeAll(VULNERABILITIES);
        Set<String> with = new HashSet<>(without);
        with.addAll(g.vulnerabilities());

        RiskOutcome plain = assessor.assess(withCodes(facts, without));
        RiskOutcome withVulnerabilities = assessor.assess(withCodes(facts, with));

        assertThat(withVulnerabilities.suggestedLevel()).isEqualTo(plain.suggestedLevel());
        assertThat(withVulnerabilities.levelBeforeFloor()).isEqualTo(plain.levelBeforeFloor());
        assertThat(withVulnerabilities.ruleFired()).isEqualTo(plain.ruleFired());
        assertThat(withVulnerabilities.counts().vulnerability())
                .isEqualTo(plain.counts().vulnerability() + g.vulnerabilities().size());
    }

    @ParameterizedTest
    @MethodSource("generated")
    void the_outcome_is_deterministic_whatever_the_order_of_the_marked_codes(Generated g) {
        var facts = g.facts();
        List<String> shuffled = new ArrayList<>(facts.markedCodes());
        Collections.shuffle(shuffled, new Random(g.shuffleSeed()));

        RiskOutcome first = assessor.assess(facts);
        RiskOutcome again = assessor.assess(facts);
        RiskOutcome reordered = assessor.assess(withCodes(facts, new LinkedHashSet<>(shuffled)));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("generated")
    void the_suggested_level_is_never_low_when_floor_conditions_are_present(Generated g) {
        RiskOutcome outcome = assessor.assess(g.facts());

        if (outcome.floorConditionsPresent()) {
            assertThat(outcome.suggestedLevel()).isNotEqualTo(RiskLevel.LOW);
        }
        assertThat(outcome.floorApplied())
                .isEqualTo(outcome.levelBeforeFloor() == RiskLevel.LOW && outcome.floorConditionsPresent());
    }

    @ParameterizedTest
    @MethodSource("generated")
    void a_child_under_the_floor_with_indicators_is_never_told_that_no_referral_is_required(Generated g) {
        RiskOutcome outcome = assessor.assess(g.facts());
        boolean indicators = outcome.counts().low() + outcome.counts().medium() + outcome.counts().high() > 0;

        assertThat(outcome.floorWithIndicators()).isEqualTo(outcome.floorConditionsPresent() && indicators
                && outcome.levelBeforeFloor() == RiskLevel.NONE);
        if (outcome.floorConditionsPresent() && indicators) {
            for (RiskLevel assessed : RiskLevel.values()) {
                assertThat(outcome.recommendedActionsFor(assessed))
                        .noneMatch(action -> action.startsWith("No CSE-specific referral is required"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("generated")
    void the_required_response_is_never_that_of_a_level_below_the_suggestion_or_the_assessed_level(Generated g) {
        RiskOutcome outcome = assessor.assess(g.facts());

        for (RiskLevel assessed : RiskLevel.values()) {
            RiskLevel responseLevel = outcome.responseLevel(assessed);
            assertThat(responseLevel.isBelow(assessed)).isFalse();
            assertThat(responseLevel.isBelow(outcome.suggestedLevel())).isFalse();
            assertThat(outcome.recommendedActionsFor(assessed)).isEqualTo(outcome.responses().get(responseLevel));
        }
    }

    @ParameterizedTest
    @MethodSource("generated")
    void a_learning_difficulty_that_is_not_known_is_never_treated_more_leniently_than_yes(Generated g) {
        var facts = g.facts();
        RiskOutcome notKnown = assessor.assess(withLearningDifficulty(facts, Answer.NOT_KNOWN));
        RiskOutcome yes = assessor.assess(withLearningDifficulty(facts, Answer.YES));

        assertThat(notKnown.suggestedLevel()).isEqualTo(yes.suggestedLevel());
        assertThat(notKnown.floorConditionsPresent()).isTrue();
        assertThat(notKnown.floorWithIndicators()).isEqualTo(yes.floorWithIndicators());
    }

    private static AssessmentFacts withLearningDifficulty(AssessmentFacts facts, Answer answer) {
        return new AssessmentFacts(facts.catalogueVersion(), facts.markedCodes(), facts.dateOfBirth(), answer,
                facts.assessmentDate(), facts.area());
    }

    private static AssessmentFacts withCodes(AssessmentFacts facts, Set<String> codes) {
        return new AssessmentFacts(facts.catalogueVersion(), codes, facts.dateOfBirth(), facts.learningDifficulty(),
                facts.assessmentDate(), facts.area());
    }

    private static List<String> codes(Category category) {
        return Catalogues.current().markableItems().stream()
                .filter(item -> category == null || item.category() == category)
                .map(CatalogueItem::code)
                .toList();
    }
}
