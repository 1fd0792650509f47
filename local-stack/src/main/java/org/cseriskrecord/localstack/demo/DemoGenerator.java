package org.cseriskrecord.localstack.demo;

import org.cseriskrecord.events.ChildDetails.Missing;
import org.cseriskrecord.events.ChildDetails.Participant;
import org.cseriskrecord.localstack.demo.DemoPlan.Agency;
import org.cseriskrecord.localstack.demo.DemoPlan.AssessmentPlan;
import org.cseriskrecord.localstack.demo.DemoPlan.ChildPlan;
import org.cseriskrecord.localstack.demo.DemoPlan.Outcome;
import org.cseriskrecord.localstack.demo.DemoPlan.Step;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.judgement.ProfessionalJudgement;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates a realistic synthetic history, deterministic from a seed: children in both areas, opened by Police or
 * Health, each with one to four assessments over the 18 months before the "as of" date. Reassessments carry the
 * previous indicators forward and confirm or withdraw each of them; levels escalate and de-escalate; some
 * assessments are returned by the manager and put right before authorisation; the latest assessment of some
 * children is still a draft, awaiting authorisation, returned, or a draft its author discarded. Every judgement
 * follows the rules the case record enforces: never LOW under the floor, a rationale for a step-down or for no risk
 * under the floor with indicators, the learning-difficulty answer confirmed where "Social or learning
 * difficulties" is ticked without a YES, and the practitioner's own agency's manager deciding.
 * <p>
 * Indicator codes come from the current catalogue of {@code risk-model}; the suggested level and the professional
 * judgement check are those of {@code risk-model} too, so every planned analysis is one the command-service accepts.
 * Each child has its own random stream (seeded from the seed and the child's number), so a longer run begins with
 * the same children as a shorter one.
 */
public final class DemoGenerator {

    static final int WINDOW_DAYS = 540; // 18 months

    private final Catalogue catalogue = Catalogues.current();
    private final Map<Category, List<CatalogueItem>> markable = new EnumMap<>(Category.class);
    private final RiskAssessor assessor = new RiskAssessor(Pathways.nottinghamshire());

    public DemoGenerator() {
        for (Category c : Category.values()) {
            markable.put(c, new ArrayList<>());
        }
        for (CatalogueItem item : catalogue.items()) {
            if (!item.derived()) {
                markable.get(item.category()).add(item);
            }
        }
    }

    public DemoPlan generate(long seed, int children, LocalDate asOf) {
        List<ChildPlan> plans = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            plans.add(child(seed, i, asOf));
        }
        return new DemoPlan(seed, asOf, List.copyOf(plans));
    }

    private ChildPlan child(long seed, int index, LocalDate asOf) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 17);
        String area = r.nextBoolean() ? "COUNTY" : "CITY";
        Agency agency = r.nextInt(100) < 55 ? Agency.POLICE : Agency.HEALTH;
        String name = DemoNames.fullName(r);
        int ageNow = 10 + r.nextInt(8); // 10..17
        LocalDate dob = asOf.minusYears(ageNow).minusDays(r.nextInt(365));
        // YES, NO or NOT_KNOWN: not known is an answer in its own right, and applies the floor like YES.
        Answer learningDifficulty = Answer.values()[pickWeightedIndex(r, 12, 82, 6)];
        String town = DemoNames.pick(r, DemoNames.TOWNS);

        List<Step> steps = new ArrayList<>();
        steps.add(new Step(agency.practitioner, "POST", "/api/cases", openCase(r, area, agency, name, dob,
                learningDifficulty, town), "caseId"));
        if (index % 4 == 1) {
            // Need-to-know: some children are worked with by both demo agencies, and the share is a recorded decision.
            steps.add(new Step(agency.practitioner, "POST", "/api/cases/{caseId}/shares", map("agency",
                    agency == Agency.POLICE ? "Health" : "Police", "reason",
                    "Both agencies are working with the child and their family (synthetic)."), null));
        }

        List<LocalDate> dates = assessmentDates(r, asOf);
        RiskLevel target = pickInitialLevel(r);
        Map<Category, List<String>> previous = null; // the last authorised assessment's indicators
        RiskLevel lastAuthorised = null;             // and its level
        List<AssessmentPlan> assessments = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            boolean last = k == dates.size() - 1;
            if (k > 0) {
                target = nextLevel(r, target);
            }
            LocalDate date = dates.get(k);
            Map<Category, List<String>> chosen = chooseIndicators(r, target, previous);
            Outcome outcome = last ? lastOutcome(r) : (r.nextInt(100) < 22 ? Outcome.RETURNED_THEN_AUTHORISED : Outcome.AUTHORISED);
            AssessmentPlan plan = assessment(r, steps, agency, name, dob, learningDifficulty, area, town, date,
                    chosen, previous, lastAuthorised, outcome);
            assessments.add(plan);
            if (outcome == Outcome.AUTHORISED || outcome == Outcome.RETURNED_THEN_AUTHORISED) {
                previous = chosen;
                lastAuthorised = RiskLevel.valueOf(plan.assessedLevel());
            }
        }
        return new ChildPlan(index, name, area, agency, List.copyOf(assessments), List.copyOf(steps));
    }

    // ---- the child --------------------------------------------------------------------------------------------------

    private static Map<String, Object> openCase(Random r, String area, Agency agency, String name, LocalDate dob,
                                                Answer learningDifficulty, String town) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("name", name);
        child.put("alsoKnownAs", r.nextInt(100) < 30 ? DemoNames.pick(r, DemoNames.NICKNAMES) : null);
        child.put("dateOfBirth", dob.toString());
        int gender = pickWeightedIndex(r, 62, 35, 3);
        child.put("gender", List.of("Female", "Male", "Non-binary").get(gender));
        // The census codes beside the practitioner's words: 2 Female, 1 Male, 9 Indeterminate.
        child.put("genderCode", List.of("2", "1", "9").get(gender));
        child.put("sexualOrientation", pickWeighted(r, List.of("Not known", "Heterosexual", "Unsure", "Bisexual"), 50, 35, 10, 5));
        int ethnicity = pickWeightedIndex(r, 55, 10, 12, 10, 8, 5);
        child.put("ethnicity", List.of("White British", "White other", "Mixed heritage", "Asian British",
                "Black British", "Not stated").get(ethnicity));
        child.put("ethnicityCode", List.of("WBRI", "WOTH", "MOTH", "AOTH", "BOTH", "NOBT").get(ethnicity));
        child.put("religion", pickWeighted(r, List.of("None", "Christian", "Muslim", "Sikh", "Hindu", "Not stated"),
                45, 25, 12, 5, 3, 10));
        child.put("address", DemoNames.address(r, town));
        child.put("postcode", DemoNames.postcode(r));
        child.put("telephone", DemoNames.telephone(r));
        child.put("firstLanguage", pickWeighted(r, List.of("English", "Polish", "Urdu", "Punjabi", "Romanian", "Arabic"),
                80, 5, 5, 4, 3, 3));
        boolean disability = r.nextInt(100) < 8;
        child.put("hasDisability", disability);
        int kind = r.nextInt(3);
        child.put("disabilityDetails", disability ? List.of("Hearing impairment (synthetic)",
                "Uses a wheelchair outdoors (synthetic)", "Type 1 diabetes (synthetic)").get(kind) : null);
        child.put("disabilityCodes", disability ? List.of(List.of("HEAR"), List.of("MOB"), List.of("DDA")).get(kind)
                : List.of("NONE"));
        child.put("communicationLearningNeeds", learningDifficulty == Answer.YES ? "Moderate learning difficulty; "
                + "needs information in short, simple steps (synthetic)" : null);
        child.put("learningDifficulty", learningDifficulty.name());
        boolean lookedAfter = r.nextInt(100) < 18;
        child.put("legalStatusIfAccommodated", lookedAfter ? DemoNames.pick(r, List.of("Section 20", "Care order (s31)",
                "Interim care order")) : null);
        child.put("childProtectionPlan", Answer.values()[pickWeightedIndex(r, 20, 75, 5)].name());
        child.put("missing", pickWeighted(r, List.of(Missing.NOT_MISSING.name(), Missing.REGULARLY_GOES_MISSING.name(),
                Missing.CURRENTLY_MISSING.name()), 62, 30, 8));
        List<String> participation = new ArrayList<>();
        if (r.nextInt(100) < 70) participation.add(Participant.CHILD.name());
        if (r.nextInt(100) < 50) participation.add(Participant.PARENT.name());
        if (r.nextInt(100) < 25) participation.add(Participant.CARER.name());
        child.put("participation", participation);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area", area);
        body.put("child", child);
        String professional = DemoNames.fullName(r);
        Map<String, Object> prof = new LinkedHashMap<>();
        prof.put("name", professional);
        prof.put("jobTitle", agency == Agency.POLICE ? DemoNames.pick(r, List.of("Police Constable",
                "Detective Constable", "Missing Persons Coordinator")) : DemoNames.pick(r, List.of("School Nurse",
                "Sexual Health Nurse", "Looked After Children Nurse")));
        prof.put("telephone", DemoNames.telephone(r));
        prof.put("email", DemoNames.email(professional, agency == Agency.POLICE ? "police.example" : "health.example"));
        body.put("professionals", List.of(prof));
        if (lookedAfter) {
            Map<String, Object> placement = new LinkedHashMap<>();
            placement.put("placementType", DemoNames.pick(r, List.of("Foster care", "Residential children's home",
                    "Kinship care")));
            placement.put("placementAddressAndDetails", DemoNames.address(r, DemoNames.pick(r, DemoNames.TOWNS))
                    + " " + DemoNames.postcode(r) + " (synthetic)");
            body.put("placement", placement);
        }
        body.put("otherProfessionalsInvolved", DemoNames.pick(r, List.of("School designated safeguarding lead",
                "Youth Offending Team worker", "Social worker", "CAMHS clinician", "Early Help worker")) + ": "
                + DemoNames.fullName(r));
        return body;
    }

    // ---- dates and levels -------------------------------------------------------------------------------------------

    private static List<LocalDate> assessmentDates(Random r, LocalDate asOf) {
        int n = 1 + pickWeightedIndex(r, 35, 30, 22, 13); // 1..4
        LocalDate first = asOf.minusDays(60 + r.nextInt(WINDOW_DAYS - 60));
        long span = asOf.minusDays(1).toEpochDay() - first.toEpochDay();
        TreeSet<Long> offsets = new TreeSet<>();
        offsets.add(0L);
        for (int i = 1; i < n && span > 30; i++) {
            long candidate = 14 + (long) r.nextInt((int) span - 13);
            if (offsets.stream().allMatch(o -> Math.abs(o - candidate) >= 14)) {
                offsets.add(candidate);
            }
        }
        return offsets.stream().map(o -> first.plusDays(o)).toList();
    }

    private static RiskLevel pickInitialLevel(Random r) {
        return RiskLevel.values()[pickWeightedIndex(r, 10, 30, 35, 25)];
    }

    /** Escalate, stay or de-escalate. */
    private static RiskLevel nextLevel(Random r, RiskLevel current) {
        int move = pickWeightedIndex(r, 40, 25, 35) - 1; // -1, 0, +1
        int next = Math.max(0, Math.min(3, current.ordinal() + move));
        return RiskLevel.values()[next];
    }

    private static Outcome lastOutcome(Random r) {
        return List.of(Outcome.AUTHORISED, Outcome.RETURNED_THEN_AUTHORISED, Outcome.AWAITING_AUTHORISATION,
                Outcome.DRAFT, Outcome.RETURNED, Outcome.DISCARDED).get(pickWeightedIndex(r, 55, 12, 13, 8, 8, 4));
    }

    // ---- indicators -------------------------------------------------------------------------------------------------

    /** How many of each category a target level gets: {min, max} per category. */
    private static int[][] ranges(RiskLevel target) {
        return switch (target) {
            //                 VULN     LOW      MEDIUM   HIGH
            case HIGH -> new int[][]{{1, 4}, {1, 5}, {0, 3}, {1, 2}};
            case MEDIUM -> new int[][]{{1, 4}, {0, 4}, {2, 3}, {0, 0}};
            case LOW -> new int[][]{{1, 3}, {4, 6}, {0, 1}, {0, 0}};
            case NONE -> new int[][]{{0, 3}, {0, 3}, {0, 1}, {0, 0}};
        };
    }

    /** Keeps what still applies of the previous indicators (so reassessments confirm some and withdraw others). */
    private Map<Category, List<String>> chooseIndicators(Random r, RiskLevel target, Map<Category, List<String>> previous) {
        int[][] ranges = ranges(target);
        Map<Category, List<String>> chosen = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            int[] range = ranges[c.ordinal()];
            int want = range[0] + r.nextInt(range[1] - range[0] + 1);
            LinkedHashSet<String> codes = new LinkedHashSet<>();
            List<String> before = previous == null ? List.of() : previous.get(c);
            for (String code : before) {
                // a reassessment keeps most of what still fits, and sometimes drops one that has stopped applying
                if (codes.size() < want && r.nextInt(100) < 80) {
                    codes.add(code);
                }
            }
            List<CatalogueItem> pool = markable.get(c);
            int guard = 0;
            while (codes.size() < want && guard++ < 200) {
                codes.add(DemoNames.pick(r, pool).code());
            }
            chosen.put(c, List.copyOf(codes));
        }
        return chosen;
    }

    // ---- one assessment as API calls --------------------------------------------------------------------------------

    private AssessmentPlan assessment(Random r, List<Step> steps, Agency agency, String name, LocalDate dob,
                                      Answer learningDifficulty, String area, String town, LocalDate date,
                                      Map<Category, List<String>> chosen, Map<Category, List<String>> previous,
                                      RiskLevel lastAuthorised, Outcome outcome) {
        String author = agency.practitioner;
        String manager = agency.manager;
        String first = name.substring(0, name.indexOf(' '));
        steps.add(new Step(author, "POST", "/api/cases/{caseId}/assessments", map("assessmentDate", date.toString()),
                "assessmentId"));

        Set<String> carried = new LinkedHashSet<>();
        if (previous != null) {
            previous.values().forEach(carried::addAll);
        }
        Set<String> marked = new LinkedHashSet<>();
        chosen.values().forEach(marked::addAll);

        for (String code : carried) {
            if (marked.contains(code)) { // confirm by marking it again, sometimes with fresh evidence
                steps.add(new Step(author, "POST", "/api/assessments/{assessmentId}/indicators",
                        map("code", code, "evidence", r.nextBoolean() ? evidence(r, code, first, date) : null), null));
            } else {
                steps.add(new Step(author, "POST", "/api/assessments/{assessmentId}/indicators/" + code + "/withdrawal",
                        map("reason", DemoNames.pick(r, List.of(
                                "No longer observed since the last assessment (synthetic).",
                                "Information from school shows this has stopped (synthetic).",
                                "Checked with the family support worker: no recent concern (synthetic).",
                                "Placement change has removed this risk (synthetic)."))), null));
            }
        }
        for (String code : marked) {
            if (carried.contains(code)) {
                continue;
            }
            CatalogueItem item = catalogue.require(code);
            boolean needsEvidence = item.category() != Category.VULNERABILITY;
            steps.add(new Step(author, "POST", "/api/assessments/{assessmentId}/indicators",
                    map("code", code, "evidence", needsEvidence || r.nextBoolean() ? evidence(r, code, first, date) : null),
                    null));
        }
        List<String> risky = marked.stream().filter(c -> catalogue.require(c).category() != Category.VULNERABILITY).toList();
        if (!risky.isEmpty() && r.nextInt(100) < 35) {
            steps.add(addEvidence(r, author, DemoNames.pick(r, risky), first, date, dob));
        }
        if (r.nextInt(100) < 30) {
            Category section = Category.values()[r.nextInt(4)];
            steps.add(new Step(author, "PUT", "/api/assessments/{assessmentId}/additional-detail/" + section.name(),
                    map("text", "Additional detail regarding " + section.heading().toLowerCase() + " for " + first
                            + ": reported by more than one agency this month (synthetic)."), null));
        }

        RiskOutcome suggestion = assessor.assess(new AssessmentFacts(catalogue.version(), marked, dob,
                learningDifficulty, date, area));
        if (suggestion.learningDifficultyToConfirm()) { // "Social or learning difficulties" ticked without a YES
            steps.add(new Step(author, "POST", "/api/assessments/{assessmentId}/learning-difficulty-confirmation",
                    map("learningDifficulty", learningDifficulty.name()), null));
        }
        RiskLevel suggested = suggestion.suggestedLevel();
        RiskLevel assessed = suggested;
        String rationale = null;
        int judgement = r.nextInt(100);
        if (judgement < 10 && suggested != RiskLevel.HIGH) {
            assessed = RiskLevel.values()[suggested.ordinal() + 1];
            rationale = "Professional judgement: the pattern of going missing and the adults involved suggest a"
                    + " higher risk than the count of indicators (synthetic).";
        } else if (judgement < 17 && suggested.ordinal() >= 2) {
            assessed = RiskLevel.values()[suggested.ordinal() - 1];
            rationale = "Professional judgement: the indicators relate to one incident that has been disrupted and"
                    + " protective factors are now in place (synthetic).";
        }
        if (assessed == RiskLevel.LOW && suggestion.floorConditionsPresent()) {
            assessed = RiskLevel.MEDIUM; // never LOW for a child under 13 or with a learning difficulty (or not known)
            rationale = null;
        }
        var check = ProfessionalJudgement.check(suggestion, assessed, rationale, lastAuthorised);
        if (!check.accepted()) {
            // What a practitioner writes where the rules ask for a reason: a step-down, no risk under the floor.
            rationale = (check.stepDown() ? "Stepping down from " + lastAuthorised + ": the disruption plan has "
                    + "worked and there has been no contact with the adults of concern since (synthetic). " : "")
                    + (check.belowFloorWithIndicators() ? "No risk of CSE identified: the indicators are explained "
                    + "by a bereavement in the family, followed up by the school (synthetic). " : "")
                    + (check.downgrade() ? "Professional judgement: protective factors now in place (synthetic)." : "");
        }
        if (!ProfessionalJudgement.check(suggestion, assessed, rationale, lastAuthorised).accepted()) {
            throw new IllegalStateException("The demo planned a judgement the rules refuse: " + assessed);
        }
        steps.add(analysis(r, author, first, town, marked, assessed, rationale, false));

        switch (outcome) {
            case AUTHORISED -> {
                steps.add(submit(author));
                steps.add(authorise(r, manager, assessed));
            }
            case RETURNED_THEN_AUTHORISED -> {
                steps.add(submit(author));
                steps.add(returnIt(r, manager));
                if (!risky.isEmpty()) {
                    steps.add(addEvidence(r, author, DemoNames.pick(r, risky), first, date, dob));
                }
                steps.add(analysis(r, author, first, town, marked, assessed, rationale, true));
                steps.add(submit(author));
                steps.add(authorise(r, manager, assessed));
            }
            case AWAITING_AUTHORISATION -> steps.add(submit(author));
            case RETURNED -> {
                steps.add(submit(author));
                steps.add(returnIt(r, manager));
            }
            case DRAFT -> {
                // left as the practitioner's draft
            }
            case DISCARDED -> steps.add(new Step(author, "POST", "/api/assessments/{assessmentId}/discard",
                    map("reason", DemoNames.pick(r, List.of(
                            "Started on the wrong child's case (synthetic).",
                            "Duplicate of an assessment another agency is completing (synthetic)."))), null));
        }
        return new AssessmentPlan(date, suggested.name(), assessed.name(), outcome, List.copyOf(marked));
    }

    private Step analysis(Random r, String author, String first, String town, Set<String> marked, RiskLevel assessed,
                          String rationale, boolean revised) {
        List<String> labels = marked.stream().map(catalogue::require)
                .filter(i -> i.category() != Category.VULNERABILITY)
                .map(i -> "“" + i.label().trim() + "”").limit(3).toList();
        String text = (revised ? "Revised after the manager's return: " : "")
                + first + " was seen with the family and by partner agencies. "
                + (labels.isEmpty() ? "No indicator of CSE was identified. "
                : "Of most concern: " + String.join(", ", labels) + ". ")
                + "Overall the professional view is " + assessed + " risk. (Synthetic demo data.)";
        List<String> locations = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        if (assessed.ordinal() >= RiskLevel.MEDIUM.ordinal()) {
            locations.add(String.format(DemoNames.pick(r, DemoNames.LOCATIONS), town));
            persons.add("Adult male known as '" + DemoNames.pick(r, DemoNames.NICKNAMES) + "' (synthetic)");
        }
        if (assessed == RiskLevel.HIGH && r.nextBoolean()) {
            locations.add(String.format(DemoNames.pick(r, DemoNames.LOCATIONS), DemoNames.pick(r, DemoNames.TOWNS)));
            persons.add(DemoNames.fullName(r) + ", aged about 20 (synthetic)");
        }
        return new Step(author, "PUT", "/api/assessments/{assessmentId}/analysis", map(
                "analysis", text,
                "locationsOfConcern", locations,
                "personsOfConcern", persons,
                "assessedLevel", assessed.name(),
                "rationale", rationale), null);
    }

    private String evidence(Random r, String code, String first, LocalDate date) {
        String label = catalogue.require(code).label().trim();
        return DemoNames.pick(r, List.of(
                "%s: reported by the school on %s; %s confirmed it when spoken to (synthetic).",
                "%s: noted by the allocated worker in the week before %s; discussed with %s (synthetic).",
                "%s: information shared by a partner agency on %s about %s (synthetic)."))
                .formatted(label, date.minusDays(1 + r.nextInt(20)), first);
    }

    private Step addEvidence(Random r, String author, String code, String first, LocalDate date, LocalDate dob) {
        LocalDate observed = date.minusDays(r.nextInt(30));
        if (observed.isBefore(dob)) {
            observed = date;
        }
        return new Step(author, "POST", "/api/assessments/{assessmentId}/evidence", map(
                "indicatorCode", code,
                "text", "Further information about " + first + ": " + catalogue.require(code).label().trim()
                        + " (synthetic).",
                "source", DemoNames.pick(r, List.of("School", "Police intelligence", "Sexual health clinic",
                        "Children's home staff", "Parent")),
                "observedOn", observed.toString()), null);
    }

    private static Step submit(String author) {
        return new Step(author, "POST", "/api/assessments/{assessmentId}/submission", null, null);
    }

    private static Step authorise(Random r, String manager, RiskLevel level) {
        return new Step(manager, "POST", "/api/assessments/{assessmentId}/authorisation", map("comments",
                DemoNames.pick(r, List.of("Agree with the assessment.", "Agreed; review in three months.",
                        "Authorised. Please share with the MASH.", "Agree " + level + "; keep the plan under review."))
                        + " (synthetic)"), null);
    }

    private static Step returnIt(Random r, String manager) {
        return new Step(manager, "POST", "/api/assessments/{assessmentId}/return", map("reason",
                DemoNames.pick(r, List.of("Please add the source of the information about the adults involved.",
                        "The analysis should say what the child told you.",
                        "Please evidence the indicators more specifically.")) + " (synthetic)"), null);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static int pickWeightedIndex(Random r, int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    private static String pickWeighted(Random r, List<String> values, int... weights) {
        return values.get(pickWeightedIndex(r, weights));
    }
}
