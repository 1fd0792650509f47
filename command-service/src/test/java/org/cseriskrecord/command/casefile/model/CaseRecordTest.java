package org.cseriskrecord.command.casefile.model;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.cseriskrecord.command.casefile.model.Commands.AddEvidence;
import org.cseriskrecord.command.casefile.model.Commands.AuthoriseAssessment;
import org.cseriskrecord.command.casefile.model.Commands.CorrectChildDetails;
import org.cseriskrecord.command.casefile.model.Commands.MarkIndicator;
import org.cseriskrecord.command.casefile.model.Commands.OpenCase;
import org.cseriskrecord.command.casefile.model.Commands.RecordAdditionalDetail;
import org.cseriskrecord.command.casefile.model.Commands.RecordAnalysis;
import org.cseriskrecord.command.casefile.model.Commands.ReturnAssessment;
import org.cseriskrecord.command.casefile.model.Commands.StartAssessment;
import org.cseriskrecord.command.casefile.model.Commands.SubmitAssessment;
import org.cseriskrecord.command.casefile.model.Commands.UpdateCaseDetails;
import org.cseriskrecord.command.casefile.model.Commands.WithdrawIndicator;
import org.cseriskrecord.events.AdditionalDetailRecorded;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CarriedForwardIndicator;
import org.cseriskrecord.events.CaseDetailsUpdated;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.CategoryCounts;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.IndicatorWithdrawn;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.riskmodel.DerivedIndicatorException;
import org.cseriskrecord.riskmodel.UnknownIndicatorException;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The case record's rules, as given events / when command / then events or refusal. */
class CaseRecordTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String CASE = "case-1";
    static final String A1 = "assessment-1";
    static final String A2 = "assessment-2";
    static final String VERSION = Catalogues.current().version();

    static final Map<String, String> PRACTITIONER = actor("pat", "PRACTITIONER");
    static final Map<String, String> OTHER_PRACTITIONER = actor("pip", "PRACTITIONER");
    static final Map<String, String> MANAGER = actor("max", "MANAGER");
    static final Map<String, String> BOARD = actor("bo", "BOARD");

    static final ChildDetails CHILD_OF_15 = child(LocalDate.of(2011, 5, 1), false);

    FixtureConfiguration<CaseRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseRecord.class);
        var pathways = Pathways.nottinghamshire();
        fixture.registerInjectableResource(pathways);
        fixture.registerInjectableResource(new RiskAssessor(pathways));
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
    }

    static Map<String, String> actor(String user, String role) {
        return Map.of("userId", user, "role", role, "agency", "Police", "correlationId", "c-1");
    }

    static ChildDetails child(LocalDate dateOfBirth, boolean learningDifficulty) {
        return new ChildDetails("Alex Example", null, dateOfBirth, "Female", null, null, null, "1 Any Street",
                "ZZ1 1ZZ", null, "English", false, null, null, learningDifficulty, null, false, "NOT_MISSING",
                List.of("CHILD"));
    }

    static Object by(Map<String, String> actor, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(actor);
    }

    static CaseOpened opened(ChildDetails child) {
        return new CaseOpened(CASE, "COUNTY", child, List.of(), null, null);
    }

    static AssessmentStarted started(String id) {
        return new AssessmentStarted(CASE, id, TODAY.minusDays(1), VERSION, null, List.of());
    }

    static IndicatorMarked marked(String id, String code, String category, String evidence) {
        return new IndicatorMarked(CASE, id, code, category,
                evidence == null ? null : new Evidence("E1", evidence, null, null));
    }

    static AnalysisRecorded analysis(String id, String level) {
        return new AnalysisRecorded(CASE, id, "Analysis text", List.of(), List.of(), level, null, false);
    }

    /** A case with one HIGH indicator, evidenced and analysed as HIGH by the practitioner. */
    static List<Object> readyToSubmit() {
        return List.of(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "Seen with adult")),
                by(PRACTITIONER, analysis(A1, "HIGH")));
    }

    static AssessmentSubmitted submittedHigh(String id) {
        return new AssessmentSubmitted(CASE, id, new CategoryCounts(0, 0, 0, 1), "HIGH",
                "1 HIGH indicator: Meeting unknown adults", false, "HIGH", false,
                new RiskAssessor(Pathways.nottinghamshire()).assess(new org.cseriskrecord.riskmodel.rules.AssessmentFacts(
                        VERSION, java.util.Set.of("HIGH_MEETING_UNKNOWN_ADULTS"), CHILD_OF_15.dateOfBirth(), false,
                        TODAY.minusDays(1), "COUNTY")).recommendedActions());
    }

    @Nested
    class OpeningACase {
        @Test
        void opens_a_case_for_a_child_in_a_known_area() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "CITY", CHILD_OF_15, List.of(), null, null), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CaseOpened(CASE, "CITY", CHILD_OF_15, List.of(), null, null));
        }

        @Test
        void rejects_opening_a_case_in_an_unknown_area() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "ATLANTIS", CHILD_OF_15, List.of(), null, null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("COUNTY"))
                    .expectNoEvents();
        }

        @Test
        void rejects_opening_a_case_when_the_date_of_birth_is_in_the_future() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", child(TODAY.plusDays(1), false), List.of(), null, null),
                            PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectExceptionMessage("The child's date of birth cannot be in the future.")
                    .expectNoEvents();
        }

        @Test
        void rejects_opening_a_case_without_the_childs_name() {
            var nameless = new ChildDetails(" ", null, LocalDate.of(2011, 1, 1), null, null, null, null, null,
                    null, null, null, false, null, null, false, null, false, null, List.of());
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", nameless, List.of(), null, null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_an_unknown_missing_status() {
            var odd = new ChildDetails("Alex Example", null, LocalDate.of(2011, 1, 1), null, null, null, null, null,
                    null, null, null, false, null, null, false, null, false, "SOMETIMES", List.of());
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", odd, List.of(), null, null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_changes_from_a_board_member() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", CHILD_OF_15, List.of(), null, null), BOARD)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class CorrectingChildDetails {
        @Test
        void records_a_correction_with_the_fields_that_changed() {
            var corrected = new ChildDetails("Alex Example", "AJ", CHILD_OF_15.dateOfBirth(), "Female", null, null,
                    null, "1 Any Street", "ZZ9 9ZZ", null, "English", false, null, null, false, null, false,
                    "NOT_MISSING", List.of("CHILD"));
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new CorrectChildDetails(CASE, corrected), PRACTITIONER)
                    .expectEvents(new ChildDetailsCorrected(CASE, corrected, List.of("alsoKnownAs", "postcode")));
        }

        @Test
        void records_nothing_when_a_correction_changes_nothing() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new CorrectChildDetails(CASE, CHILD_OF_15), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class UpdatingCaseDetails {
        final ProfessionalDetails socialWorker = new ProfessionalDetails("Sam Example", "Social Worker",
                "01632 960100", "sam@example.org");
        final PlacementDetails fosterCare = new PlacementDetails("Foster care", "2 Any Road, ZZ2 2ZZ");
        final CaseOpened openedWithDetails = new CaseOpened(CASE, "COUNTY", CHILD_OF_15, List.of(socialWorker),
                fosterCare, "Youth worker");

        @Test
        void records_an_update_with_the_fields_that_changed() {
            var residential = new PlacementDetails("Residential home", "3 Other Road, ZZ3 3ZZ");
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker), residential, "Youth worker"), PRACTITIONER)
                    .expectEvents(new CaseDetailsUpdated(CASE, List.of(socialWorker), residential, "Youth worker",
                            List.of("placement")));
        }

        @Test
        void records_every_field_that_changed_in_the_forms_order() {
            var officer = new ProfessionalDetails("Jo Example", "Police Officer", null, "jo@example.org");
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker, officer), null, "School nurse"), MANAGER)
                    .expectEvents(new CaseDetailsUpdated(CASE, List.of(socialWorker, officer), null, "School nurse",
                            List.of("professionals", "placement", "otherProfessionalsInvolved")));
        }

        @Test
        void records_nothing_when_an_update_changes_nothing() {
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker), fosterCare, "Youth worker"), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void compares_with_the_latest_update_not_with_the_opening() {
            var residential = new PlacementDetails("Residential home", "3 Other Road, ZZ3 3ZZ");
            fixture.given(by(PRACTITIONER, openedWithDetails), by(PRACTITIONER, new CaseDetailsUpdated(CASE,
                            List.of(socialWorker), residential, "Youth worker", List.of("placement"))))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker), residential, "Youth worker"), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_empty_placement_is_no_placement() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new UpdateCaseDetails(CASE, null, new PlacementDetails(null, " "), null), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejects_other_professionals_involved_longer_than_the_limit() {
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker), fosterCare,
                            "x".repeat(CaseRecord.MAX_TEXT + 1)), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_an_update_from_a_board_member() {
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(), null, null), BOARD)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class StartingAnAssessment {
        @Test
        void starts_a_first_assessment_with_the_current_catalogue_and_nothing_carried_forward() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new StartAssessment(CASE, A1, TODAY), PRACTITIONER)
                    .expectEvents(new AssessmentStarted(CASE, A1, TODAY, VERSION, null, List.of()));
        }

        @Test
        void accepts_an_assessment_date_in_the_past() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new StartAssessment(CASE, A1, TODAY.minusMonths(3)), PRACTITIONER)
                    .expectEvents(new AssessmentStarted(CASE, A1, TODAY.minusMonths(3), VERSION, null, List.of()));
        }

        @Test
        void rejects_an_assessment_date_in_the_future() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new StartAssessment(CASE, A1, TODAY.plusDays(1)), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectExceptionMessage("The assessment date cannot be in the future.")
                    .expectNoEvents();
        }

        @Test
        void rejects_a_second_assessment_while_one_is_in_progress() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new StartAssessment(CASE, A2, TODAY), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void carries_forward_the_indicators_of_the_previous_authorised_assessment() {
            var given = new java.util.ArrayList<>(readyToSubmit());
            given.add(by(PRACTITIONER, submittedHigh(A1)));
            given.add(by(MANAGER, new ManagerAuthorised(CASE, A1, "HIGH", "Agreed")));
            fixture.given(given)
                    .when(new StartAssessment(CASE, A2, TODAY), PRACTITIONER)
                    .expectEvents(new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(
                            new CarriedForwardIndicator("HIGH_MEETING_UNKNOWN_ADULTS", "HIGH",
                                    List.of(new Evidence("E1", "Seen with adult", null, null))))));
        }

        @Test
        void rejects_a_reassessment_dated_before_the_previous_authorised_one() {
            var given = new java.util.ArrayList<>(readyToSubmit());
            given.add(by(PRACTITIONER, submittedHigh(A1)));
            given.add(by(MANAGER, new ManagerAuthorised(CASE, A1, "HIGH", "Agreed")));
            fixture.given(given)
                    .when(new StartAssessment(CASE, A2, TODAY.minusDays(10)), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class MarkingIndicators {
        @BeforeEach
        void draft() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)));
        }

        @Test
        void marks_an_indicator_with_its_first_evidence() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "LOW_RETURNING_HOME_LATE", "Home after midnight twice"),
                            PRACTITIONER)
                    .expectEvents(new IndicatorMarked(CASE, A1, "LOW_RETURNING_HOME_LATE", "LOW",
                            new Evidence("E1", "Home after midnight twice", null, null)));
        }

        @Test
        void marks_a_vulnerability_factor_without_evidence() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "VULN_LOOKED_AFTER_CHILD", null), PRACTITIONER)
                    .expectEvents(new IndicatorMarked(CASE, A1, "VULN_LOOKED_AFTER_CHILD", "VULNERABILITY", null));
        }

        @Test
        void rejects_marking_an_unknown_code() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "HIGH_NOT_A_CODE", null), PRACTITIONER)
                    .expectException(UnknownIndicatorException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_marking_the_derived_under_13_vulnerability_by_hand() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "VULN_UNDER_13", null), PRACTITIONER)
                    .expectException(DerivedIndicatorException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_marking_an_indicator_that_is_already_marked() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", null)))
                    .when(new MarkIndicator(CASE, A1, "LOW_MOOD_SWINGS", "again"), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void confirms_a_carried_forward_indicator_when_it_is_marked_again() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)),
                            by(PRACTITIONER, new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(
                                    new CarriedForwardIndicator("LOW_MOOD_SWINGS", "LOW", List.of())))))
                    .when(new MarkIndicator(CASE, A2, "LOW_MOOD_SWINGS", null), PRACTITIONER)
                    .expectEvents(new IndicatorMarked(CASE, A2, "LOW_MOOD_SWINGS", "LOW", null));
        }

        @Test
        void withdraws_a_marked_indicator_with_a_reason() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", null)))
                    .when(new WithdrawIndicator(CASE, A1, "LOW_MOOD_SWINGS", "Explained by bereavement"),
                            PRACTITIONER)
                    .expectEvents(new IndicatorWithdrawn(CASE, A1, "LOW_MOOD_SWINGS", "Explained by bereavement"));
        }

        @Test
        void rejects_a_withdrawal_without_a_reason() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", null)))
                    .when(new WithdrawIndicator(CASE, A1, "LOW_MOOD_SWINGS", " "), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_withdrawing_an_indicator_that_is_not_marked() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new WithdrawIndicator(CASE, A1, "LOW_MOOD_SWINGS", "n/a"), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AddingEvidence {
        @Test
        void adds_evidence_to_a_marked_indicator() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "first")))
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "School saw the meeting",
                            "School", TODAY.minusDays(2)), PRACTITIONER)
                    .expectEvents(new EvidenceAdded(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS",
                            new Evidence("E2", "School saw the meeting", "School", TODAY.minusDays(2))));
        }

        @Test
        void rejects_evidence_for_an_indicator_that_is_not_marked() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "text", null, null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_evidence_observed_in_the_future() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", null)))
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "text", null, TODAY.plusDays(1)),
                            PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void records_the_additional_detail_box_of_a_section() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new RecordAdditionalDetail(CASE, A1, "VULNERABILITY", "Lives with grandparent"),
                            PRACTITIONER)
                    .expectEvents(new AdditionalDetailRecorded(CASE, A1, "VULNERABILITY", "Lives with grandparent"));
        }

        @Test
        void rejects_additional_detail_for_an_unknown_section() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new RecordAdditionalDetail(CASE, A1, "EXTREME", "x"), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordingTheAnalysis {
        @Test
        void records_the_analysis_when_the_level_matches_the_suggestion() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(new RecordAnalysis(CASE, A1, "Clear risk", List.of("Bus station"), List.of("'Tall Tom'"),
                            "HIGH", null), PRACTITIONER)
                    .expectEvents(new AnalysisRecorded(CASE, A1, "Clear risk", List.of("Bus station"),
                            List.of("'Tall Tom'"), "HIGH", null, false));
        }

        @Test
        void flags_a_downgrade_that_has_a_written_rationale() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(new RecordAnalysis(CASE, A1, "Known family friend", List.of(), List.of(), "MEDIUM",
                            "The adult is a vetted family friend"), PRACTITIONER)
                    .expectEvents(new AnalysisRecorded(CASE, A1, "Known family friend", List.of(), List.of(),
                            "MEDIUM", "The adult is a vetted family friend", true));
        }

        @Test
        void rejects_a_downgrade_without_a_rationale() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(new RecordAnalysis(CASE, A1, "x", List.of(), List.of(), "LOW", null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_assessing_a_child_under_13_as_low_risk() {
            var under13 = child(TODAY.minusYears(12), false);
            fixture.given(by(PRACTITIONER, opened(under13)), by(PRACTITIONER, started(A1)))
                    .when(new RecordAnalysis(CASE, A1, "x", List.of(), List.of(), "LOW", "because"), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_assessing_a_child_with_learning_difficulties_as_low_risk() {
            fixture.given(by(PRACTITIONER, opened(child(LocalDate.of(2010, 1, 1), true))),
                            by(PRACTITIONER, started(A1)))
                    .when(new RecordAnalysis(CASE, A1, "x", List.of(), List.of(), "LOW", "because"), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_an_unknown_assessed_level() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new RecordAnalysis(CASE, A1, "x", List.of(), List.of(), "SEVERE", null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Submitting {
        @Test
        void submits_with_the_outcome_the_tool_suggests() {
            fixture.given(readyToSubmit())
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectEvents(submittedHigh(A1));
        }

        @Test
        void rejects_submission_when_an_indicator_has_no_evidence() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", null)),
                            by(PRACTITIONER, analysis(A1, "HIGH")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void vulnerability_factors_need_no_evidence_to_submit() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "VULN_LOOKED_AFTER_CHILD", "VULNERABILITY", null)),
                            by(PRACTITIONER, analysis(A1, "NONE")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                            org.axonframework.test.matchers.Matchers.messageWithPayload(
                                    org.hamcrest.Matchers.instanceOf(AssessmentSubmitted.class)),
                            org.axonframework.test.matchers.Matchers.andNoMore()));
        }

        @Test
        void rejects_submission_without_an_analysis() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_submission_while_a_carried_forward_indicator_is_unconfirmed() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)),
                            by(PRACTITIONER, new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(
                                    new CarriedForwardIndicator("LOW_MOOD_SWINGS", "LOW",
                                            List.of(new Evidence("E1", "x", null, null)))))),
                            by(PRACTITIONER, analysis(A2, "NONE")))
                    .when(new SubmitAssessment(CASE, A2), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_submission_listing_every_unmet_requirement() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", null)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", null)))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(org.hamcrest.Matchers.<Object>allOf(
                            org.hamcrest.Matchers.instanceOf(CaseRuleException.class),
                            org.hamcrest.Matchers.hasProperty("message",
                                    org.hamcrest.Matchers.containsString("3 requirements"))))
                    .expectNoEvents();
        }

        @Test
        void rejects_submission_when_the_assessed_level_is_now_a_downgrade_without_rationale() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, analysis(A1, "NONE")),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_changes_to_a_submitted_assessment() {
            var given = new java.util.ArrayList<>(readyToSubmit());
            given.add(by(PRACTITIONER, submittedHigh(A1)));
            fixture.given(given)
                    .when(new MarkIndicator(CASE, A1, "LOW_MOOD_SWINGS", null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ManagersDecision {
        List<Object> submitted() {
            var given = new java.util.ArrayList<>(readyToSubmit());
            given.add(by(PRACTITIONER, submittedHigh(A1)));
            return given;
        }

        @Test
        void authorises_a_submitted_assessment_by_a_manager_who_did_not_write_it() {
            fixture.given(submitted())
                    .when(new AuthoriseAssessment(CASE, A1, "Agreed; strategy meeting booked"), MANAGER)
                    .expectEvents(new ManagerAuthorised(CASE, A1, "HIGH", "Agreed; strategy meeting booked"));
        }

        @Test
        void rejects_authorisation_by_a_practitioner() {
            fixture.given(submitted())
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), OTHER_PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_authorisation_by_a_manager_who_contributed_to_the_assessment() {
            var given = new java.util.ArrayList<>(readyToSubmit());
            given.add(by(MANAGER, new EvidenceAdded(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS",
                    new Evidence("E2", "manager's note", null, null))));
            given.add(by(PRACTITIONER, submittedHigh(A1)));
            fixture.given(given)
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), MANAGER)
                    .expectException(org.hamcrest.Matchers.<Object>allOf(
                            org.hamcrest.Matchers.instanceOf(CaseRuleException.class),
                            org.hamcrest.Matchers.hasProperty("message",
                                    org.hamcrest.Matchers.containsString("four-eyes"))))
                    .expectNoEvents();
        }

        @Test
        void rejects_authorising_a_draft() {
            fixture.given(readyToSubmit())
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), MANAGER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void returns_a_submitted_assessment_with_a_reason() {
            fixture.given(submitted())
                    .when(new ReturnAssessment(CASE, A1, "Evidence for the HIGH indicator is second-hand"), MANAGER)
                    .expectEvents(new AssessmentReturned(CASE, A1, "Evidence for the HIGH indicator is second-hand"));
        }

        @Test
        void a_returned_assessment_is_editable_again() {
            var given = submitted();
            given.add(by(MANAGER, new AssessmentReturned(CASE, A1, "More evidence please")));
            fixture.given(given)
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "Police report", "Police", null),
                            PRACTITIONER)
                    .expectEvents(new EvidenceAdded(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS",
                            new Evidence("E2", "Police report", "Police", null)));
        }

        @Test
        void rejects_a_return_without_a_reason() {
            fixture.given(submitted())
                    .when(new ReturnAssessment(CASE, A1, ""), MANAGER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_changes_to_an_authorised_assessment() {
            var given = submitted();
            given.add(by(MANAGER, new ManagerAuthorised(CASE, A1, "HIGH", "ok")));
            fixture.given(given)
                    .when(new RecordAnalysis(CASE, A1, "rewrite", List.of(), List.of(), "HIGH", null), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_a_command_for_an_assessment_the_case_does_not_have() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new SubmitAssessment(CASE, "nope"), PRACTITIONER)
                    .expectException(CaseRuleException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void unmet_requirement_kinds_read_as_sentences() {
        var e = new CaseRuleException(CaseRuleException.Kind.WRONG_STATE, "x", List.of("a", "b"));
        assertThat(e.problems()).containsExactly("a", "b");
    }
}
