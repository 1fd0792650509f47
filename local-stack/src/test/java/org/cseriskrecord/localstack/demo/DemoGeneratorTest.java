package org.cseriskrecord.localstack.demo;

import org.cseriskrecord.localstack.StackException;
import org.cseriskrecord.localstack.demo.DemoPlan.AssessmentPlan;
import org.cseriskrecord.localstack.demo.DemoPlan.ChildPlan;
import org.cseriskrecord.localstack.demo.DemoPlan.Outcome;
import org.cseriskrecord.localstack.demo.DemoPlan.Step;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.judgement.ProfessionalJudgement;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo history: deterministic from the seed, realistic in shape, synthetic in every personal detail. */
class DemoGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final DemoPlan PLAN = new DemoGenerator().generate(42, 300, AS_OF);

    @Test
    void the_same_seed_gives_the_same_history_and_another_seed_another_one() {
        assertThat(new DemoGenerator().generate(42, 300, AS_OF)).isEqualTo(PLAN);
        assertThat(new DemoGenerator().generate(43, 300, AS_OF)).isNotEqualTo(PLAN);
        // each child has its own stream: a shorter run is the beginning of a longer one
        assertThat(new DemoGenerator().generate(42, 20, AS_OF).children()).isEqualTo(PLAN.children().subList(0, 20));
    }

    @Test
    void several_hundred_children_across_both_areas_and_both_agencies() {
        assertThat(PLAN.children()).hasSize(300);
        Map<String, Long> areas = PLAN.children().stream().collect(Collectors.groupingBy(ChildPlan::area, Collectors.counting()));
        assertThat(areas.keySet()).containsExactlyInAnyOrder("COUNTY", "CITY");
        assertThat(areas.values()).allSatisfy(n -> assertThat(n).isGreaterThan(100));
        Map<DemoPlan.Agency, Long> agencies = PLAN.children().stream()
                .collect(Collectors.groupingBy(ChildPlan::agency, Collectors.counting()));
        assertThat(agencies.values()).allSatisfy(n -> assertThat(n).isGreaterThan(100));
        // and the demo users of each agency do the work: practitioners write, their own managers authorise
        for (ChildPlan c : PLAN.children()) {
            for (Step s : c.steps()) {
                boolean managerStep = s.path().endsWith("/authorisation") || s.path().endsWith("/return");
                assertThat(s.user()).isEqualTo(managerStep ? c.agency().manager : c.agency().practitioner);
            }
        }
    }

    @Test
    void assessments_spread_over_18_months_in_the_past_with_reassessments_escalations_and_returns() {
        List<AssessmentPlan> all = PLAN.children().stream().flatMap(c -> c.assessments().stream()).toList();
        assertThat(all).allSatisfy(a -> assertThat(a.assessmentDate())
                .isBefore(AS_OF).isAfterOrEqualTo(AS_OF.minusDays(DemoGenerator.WINDOW_DAYS)));
        assertThat(all.stream().map(AssessmentPlan::assessmentDate).min(LocalDate::compareTo).orElseThrow())
                .isBefore(AS_OF.minusMonths(15));
        assertThat(PLAN.children().stream().filter(c -> c.assessments().size() > 1).count()).isGreaterThan(100);
        assertThat(PLAN.levelChanges(true)).isGreaterThan(30);
        assertThat(PLAN.levelChanges(false)).isGreaterThan(30);
        assertThat(PLAN.count(Outcome.RETURNED_THEN_AUTHORISED)).isGreaterThan(30);
        assertThat(PLAN.count(Outcome.AUTHORISED)).isGreaterThan(300);
        for (Outcome o : Outcome.values()) {
            assertThat(PLAN.count(o)).as(o.name()).isPositive();
        }
        for (ChildPlan c : PLAN.children()) {
            List<AssessmentPlan> as = c.assessments();
            for (int i = 0; i < as.size(); i++) {
                if (i < as.size() - 1) { // a new assessment starts only after the previous one is authorised
                    assertThat(as.get(i).outcome()).isIn(Outcome.AUTHORISED, Outcome.RETURNED_THEN_AUTHORISED);
                    assertThat(as.get(i + 1).assessmentDate()).isAfter(as.get(i).assessmentDate());
                }
            }
        }
        assertThat(PLAN.describe()).contains("300 children").contains("escalations").contains("de-escalations");
    }

    @Test
    void reassessments_confirm_or_withdraw_every_carried_forward_indicator() {
        long withdrawals = 0;
        for (ChildPlan c : PLAN.children()) {
            List<AssessmentPlan> as = c.assessments();
            List<List<Step>> perAssessment = splitByAssessment(c.steps());
            for (int i = 1; i < as.size(); i++) {
                Set<String> carried = Set.copyOf(as.get(i - 1).markedCodes());
                List<Step> steps = perAssessment.get(i);
                for (String code : carried) {
                    boolean confirmed = steps.stream().anyMatch(s -> s.path().endsWith("/indicators")
                            && code.equals(s.body().get("code")));
                    boolean withdrawn = steps.stream().anyMatch(s -> s.path().endsWith("/indicators/" + code + "/withdrawal"));
                    assertThat(confirmed ^ withdrawn).as(code + " confirmed xor withdrawn").isTrue();
                    if (withdrawn) {
                        withdrawals++;
                    }
                }
            }
        }
        assertThat(withdrawals).isGreaterThan(20);
    }

    @Test
    void every_code_is_a_markable_catalogue_item_and_every_risk_indicator_is_evidenced() {
        Map<String, CatalogueItem> items = Catalogues.current().items().stream()
                .collect(Collectors.toMap(CatalogueItem::code, i -> i));
        for (ChildPlan c : PLAN.children()) {
            for (Step s : c.steps()) {
                if (s.path().endsWith("/indicators")) {
                    CatalogueItem item = items.get((String) s.body().get("code"));
                    assertThat(item).isNotNull();
                    assertThat(item.derived()).isFalse();
                }
            }
            for (AssessmentPlan a : c.assessments()) {
                assertThat(a.markedCodes()).allSatisfy(code -> assertThat(items).containsKey(code));
            }
        }
        for (ChildPlan c : PLAN.children()) {
            List<List<Step>> perAssessment = splitByAssessment(c.steps());
            for (int i = 0; i < c.assessments().size(); i++) {
                List<Step> steps = perAssessment.get(i);
                Set<String> carried = i == 0 ? Set.of() : Set.copyOf(c.assessments().get(i - 1).markedCodes());
                for (Step s : steps) {
                    if (s.path().endsWith("/indicators") && !carried.contains(s.body().get("code"))
                            && !items.get((String) s.body().get("code")).category().name().equals("VULNERABILITY")) {
                        assertThat((String) s.body().get("evidence")).as("evidence of " + s.body().get("code")).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void every_planned_judgement_is_one_the_case_record_accepts_with_the_rationales_and_confirmations_it_asks_for() {
        var assessor = new RiskAssessor(Pathways.nottinghamshire());
        long stepDowns = 0;
        long confirmations = 0;
        long notKnown = 0;
        for (ChildPlan c : PLAN.children()) {
            @SuppressWarnings("unchecked") Map<String, Object> child = (Map<String, Object>) c.steps().get(0).body().get("child");
            var learningDifficulty = Answer.valueOf((String) child.get("learningDifficulty"));
            notKnown += learningDifficulty == Answer.NOT_KNOWN ? 1 : 0;
            assertThat((String) child.get("ethnicityCode")).matches("[A-Z]{4}");
            assertThat((List<?>) child.get("disabilityCodes")).isNotEmpty();
            RiskLevel lastAuthorised = null;
            List<List<Step>> perAssessment = splitByAssessment(c.steps());
            for (int i = 0; i < c.assessments().size(); i++) {
                AssessmentPlan a = c.assessments().get(i);
                List<Step> steps = perAssessment.get(i);
                var outcome = assessor.assess(new AssessmentFacts(Catalogues.current().version(),
                        Set.copyOf(a.markedCodes()), LocalDate.parse((String) child.get("dateOfBirth")),
                        learningDifficulty, a.assessmentDate(), c.area()));
                var analysis = steps.stream().filter(s -> s.path().endsWith("/analysis")).reduce((x, y) -> y)
                        .orElseThrow();
                var check = ProfessionalJudgement.check(outcome, RiskLevel.valueOf(a.assessedLevel()),
                        (String) analysis.body().get("rationale"), lastAuthorised);
                assertThat(check.problems()).as("child #%d assessment %d", c.index(), i).isEmpty();
                stepDowns += check.stepDown() ? 1 : 0;
                boolean confirmed = steps.stream().anyMatch(s -> s.path().endsWith("/learning-difficulty-confirmation"));
                assertThat(confirmed).as("confirmation of the learning difficulty, child #%d", c.index())
                        .isEqualTo(outcome.learningDifficultyToConfirm());
                confirmations += confirmed ? 1 : 0;
                if (a.outcome() == Outcome.DISCARDED) {
                    assertThat(steps.get(steps.size() - 1).path()).endsWith("/discard");
                    assertThat(steps.get(steps.size() - 1).user()).isEqualTo(c.agency().practitioner);
                }
                if (a.outcome() == Outcome.AUTHORISED || a.outcome() == Outcome.RETURNED_THEN_AUTHORISED) {
                    lastAuthorised = RiskLevel.valueOf(a.assessedLevel());
                }
            }
        }
        assertThat(stepDowns).as("step-downs, each with a rationale").isGreaterThan(20);
        assertThat(confirmations).isPositive();
        assertThat(notKnown).as("children whose learning difficulty is not known").isPositive();
    }

    @Test
    void personal_details_are_visibly_synthetic() {
        Set<String> surnames = Set.copyOf(DemoNames.SURNAMES);
        for (ChildPlan c : PLAN.children()) {
            @SuppressWarnings("unchecked") Map<String, Object> child = (Map<String, Object>) c.steps().get(0).body().get("child");
            String name = (String) child.get("name");
            assertThat(surnames).contains(name.substring(name.indexOf(' ') + 1));
            assertThat(DemoNames.FIRST_START).anySatisfy(p -> assertThat(name).startsWith(p));
            assertThat((String) child.get("postcode")).matches("QQ[1-9] [0-9][A-Z]{2}");
            assertThat((String) child.get("telephone")).matches("07700 900\\d{3}");
            assertThat((String) child.get("address")).satisfies(a ->
                    assertThat(DemoNames.TOWNS).anySatisfy(t -> assertThat(a).endsWith(", " + t)));
            LocalDate dob = LocalDate.parse((String) child.get("dateOfBirth"));
            assertThat(dob).isBetween(AS_OF.minusYears(18), AS_OF.minusYears(10));
            assertThat(c.assessments().get(0).assessmentDate()).isAfter(dob);
        }
        String everything = PLAN.children().toString();
        assertThat(everything).doesNotContain("@gmail").doesNotContain("nottscc").doesNotContain("nottinghamcity");
    }

    @Test
    void the_command_line_options_are_parsed() throws StackException {
        List<String> args = new ArrayList<>(List.of("--demo-data", "--seed", "7", "--children", "12", "--as-of", "2026-01-31"));
        Optional<DemoDataCommand> c = DemoDataCommand.parse(args);
        assertThat(args).isEmpty();
        assertThat(c).isPresent();
        assertThat(c.get().seed()).isEqualTo(7);
        assertThat(c.get().children()).isEqualTo(12);
        assertThat(c.get().asOf()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(DemoDataCommand.parse(new ArrayList<>(List.of()))).isEmpty();
        assertThat(DemoDataCommand.parse(new ArrayList<>(List.of("--demo-data"))).orElseThrow().seed())
                .isEqualTo(DemoDataCommand.DEFAULT_SEED);
        assertThatThrownBy(() -> DemoDataCommand.parse(new ArrayList<>(List.of("--seed", "3"))))
                .hasMessageContaining("goes with --demo-data");
        assertThatThrownBy(() -> DemoDataCommand.parse(new ArrayList<>(List.of("--demo-data", "--seed", "x"))))
                .hasMessageContaining("is not valid");
    }

    /** The steps of each assessment (from its start to the next start), the case-opening step left out. */
    static List<List<Step>> splitByAssessment(List<Step> steps) {
        List<List<Step>> out = new ArrayList<>();
        for (Step s : steps) {
            if ("assessmentId".equals(s.capture())) {
                out.add(new ArrayList<>());
            }
            if (!out.isEmpty()) {
                out.get(out.size() - 1).add(s);
            }
        }
        return out;
    }
}
