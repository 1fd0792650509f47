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

import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.pathway.Pathways;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RiskAssessorPropertiesTest {

    private static final LocalDate EARLIEST_ASSESSMENT = LocalDate.of(2017, 2, 1);
    private static final List<String> MARKABLE = codes(null);
    private static final List<String> VULNERABILITIES = codes(Category.VULNERABILITY);

    private final RiskAssessor assessor = new RiskAssessor(Pathways.nottinghamshire());

    @Property
    void marking_one_more_indicator_never_lowers_the_suggested_level(
            @ForAll("facts") AssessmentFacts facts, @ForAll("markableCode") String oneMore) {
        Set<String> more = new HashSet<>(facts.markedCodes());
        more.add(oneMore);

        RiskOutcome before = assessor.assess(facts);
        RiskOutcome after = assessor.assess(withCodes(facts, more));

        assertThat(after.suggestedLevel().isBelow(before.suggestedLevel())).isFalse();
        assertThat(after.levelBeforeFloor().isBelow(before.levelBeforeFloor())).isFalse();
    }

    @Property
    void vulnerabilities_never_change_the_level(
            @ForAll("facts") AssessmentFacts facts, @ForAll("vulnerabilities") Set<String> vulnerabilities) {
        Set<String> without = new HashSet<>(facts.markedCodes());
        without.removeAll(VULNERABILITIES);
        Set<String> with = new HashSet<>(without);
        with.addAll(vulnerabilities);

        RiskOutcome plain = assessor.assess(withCodes(facts, without));
        RiskOutcome withVulnerabilities = assessor.assess(withCodes(facts, with));

        assertThat(withVulnerabilities.suggestedLevel()).isEqualTo(plain.suggestedLevel());
        assertThat(withVulnerabilities.levelBeforeFloor()).isEqualTo(plain.levelBeforeFloor());
        assertThat(withVulnerabilities.ruleFired()).isEqualTo(plain.ruleFired());
        assertThat(withVulnerabilities.counts().vulnerability())
                .isEqualTo(plain.counts().vulnerability() + vulnerabilities.size());
    }

    @Property
    void the_outcome_is_deterministic_whatever_the_order_of_the_marked_codes(
            @ForAll("facts") AssessmentFacts facts, @ForAll long shuffleSeed) {
        List<String> shuffled = new ArrayList<>(facts.markedCodes());
        Collections.shuffle(shuffled, new Random(shuffleSeed));

        RiskOutcome first = assessor.assess(facts);
        RiskOutcome again = assessor.assess(facts);
        RiskOutcome reordered = assessor.assess(withCodes(facts, new LinkedHashSet<>(shuffled)));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Property
    void the_suggested_level_is_never_low_when_floor_conditions_are_present(@ForAll("facts") AssessmentFacts facts) {
        RiskOutcome outcome = assessor.assess(facts);

        if (outcome.floorConditionsPresent()) {
            assertThat(outcome.suggestedLevel()).isNotEqualTo(RiskLevel.LOW);
        }
        assertThat(outcome.floorApplied())
                .isEqualTo(outcome.levelBeforeFloor() == RiskLevel.LOW && outcome.floorConditionsPresent());
    }

    @Provide
    Arbitrary<AssessmentFacts> facts() {
        Arbitrary<Set<String>> codes = Arbitraries.of(MARKABLE).set().ofMaxSize(20);
        Arbitrary<LocalDate> assessed = Arbitraries.integers().between(0, 3650).map(EARLIEST_ASSESSMENT::plusDays);
        Arbitrary<Integer> ageInDays = Arbitraries.integers().between(0, 19 * 366);
        Arbitrary<Boolean> learningDifficulty = Arbitraries.of(true, false);
        Arbitrary<String> area = Arbitraries.of("COUNTY", "CITY");
        return Combinators.combine(codes, assessed, ageInDays, learningDifficulty, area)
                .as((marked, date, days, ld, where) -> new AssessmentFacts(Catalogues.NOTTS_CSE_2017_02, marked,
                        date.minusDays(days), ld, date, where));
    }

    @Provide
    Arbitrary<String> markableCode() {
        return Arbitraries.of(MARKABLE);
    }

    @Provide
    Arbitrary<Set<String>> vulnerabilities() {
        return Arbitraries.of(VULNERABILITIES).set().ofMinSize(1);
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
