package org.cseriskrecord.command.casefile.model;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.cseriskrecord.command.casefile.model.CaseRuleException.Kind;
import org.cseriskrecord.command.casefile.model.Commands.AddEvidence;
import org.cseriskrecord.command.casefile.model.Commands.AuthoriseAssessment;
import org.cseriskrecord.command.casefile.model.Commands.ConfirmLearningDifficulty;
import org.cseriskrecord.command.casefile.model.Commands.CorrectChildDetails;
import org.cseriskrecord.command.casefile.model.Commands.DiscardAssessment;
import org.cseriskrecord.command.casefile.model.Commands.MarkIndicator;
import org.cseriskrecord.command.casefile.model.Commands.OpenCase;
import org.cseriskrecord.command.casefile.model.Commands.RevokeShare;
import org.cseriskrecord.command.casefile.model.Commands.ShareCase;
import org.cseriskrecord.events.CaseShareRevoked;
import org.cseriskrecord.events.CaseShared;
import org.cseriskrecord.support.partnership.Partnership;
import org.cseriskrecord.command.casefile.model.Commands.RecordAdditionalDetail;
import org.cseriskrecord.command.casefile.model.Commands.RecordAnalysis;
import org.cseriskrecord.command.casefile.model.Commands.RecordAssessingProfessional;
import org.cseriskrecord.command.casefile.model.Commands.ReturnAssessment;
import org.cseriskrecord.command.casefile.model.Commands.StartAssessment;
import org.cseriskrecord.command.casefile.model.Commands.SubmitAssessment;
import org.cseriskrecord.command.casefile.model.Commands.UpdateCaseDetails;
import org.cseriskrecord.command.casefile.model.Commands.WithdrawIndicator;
import org.cseriskrecord.events.AdditionalDetailRecorded;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.AssessingProfessional;
import org.cseriskrecord.events.AssessingProfessionalRecorded;
import org.cseriskrecord.events.AssessmentDiscarded;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CarriedForwardIndicator;
import org.cseriskrecord.events.CaseDetailsUpdated;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.IndicatorWithdrawn;
import org.cseriskrecord.events.LearningDifficultyConfirmed;
import org.cseriskrecord.events.LegalHoldLifted;
import org.cseriskrecord.events.LegalHoldPlaced;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.DerivedIndicatorException;
import org.cseriskrecord.riskmodel.UnknownIndicatorException;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

/**
 * The case record's rules, each as a sentence: given these events, when this command, then these events or this
 * refusal. A refusal is asserted by its kind, which decides what an API client gets (400 invalid, 403 not
 * permitted, 409 wrong state, 404 not found), and nothing is recorded.
 */
class CaseRecordTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String CASE = "case-1";
    static final String A1 = "assessment-1";
    static final String A2 = "assessment-2";
    static final String VERSION = Catalogues.current().version();
    static final Pathways PATHWAYS = Pathways.nottinghamshire();

    static final Map<String, String> PRACTITIONER = actor("pat", "PRACTITIONER", "Police");
    static final Map<String, String> OTHER_PRACTITIONER = actor("pip", "PRACTITIONER", "Police");
    static final Map<String, String> MANAGER = actor("max", "MANAGER", "Police");
    static final Map<String, String> OTHER_MANAGER = actor("mo", "MANAGER", "Police");
    static final Map<String, String> HEALTH_MANAGER = actor("hel", "MANAGER", "Health");
    static final Map<String, String> BOARD = actor("bo", "BOARD", null);
    static final Map<String, String> HEALTH_PRACTITIONER = actor("hep", "PRACTITIONER", "Health");
    static final Partnership PARTNERSHIP = new Partnership(PATHWAYS, List.of("Police", "Health", "Education"));

    static final ChildDetails CHILD_OF_15 = child(LocalDate.of(2011, 5, 1), "NO");
    static final ChildDetails CHILD_OF_12 = child(LocalDate.of(2014, 1, 5), "NO");
    static final AssessingProfessional PAT = new AssessingProfessional("pat", null, "Police", null, null);

    FixtureConfiguration<CaseRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseRecord.class);
        fixture.registerInjectableResource(PATHWAYS);
        fixture.registerInjectableResource(new RiskAssessor(PATHWAYS));
        fixture.registerInjectableResource(PARTNERSHIP);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
    }

    // ---- the language of the specifications ----

    static Map<String, String> actor(String user, String role, String agency) {
        var metadata = new java.util.HashMap<String, String>(Map.of("userId", user, "role", role,
                "correlationId", "c-1"));
        if (agency != null) {
            metadata.put("agency", agency);
        }
        return Map.copyOf(metadata);
    }

    static ChildDetails child(LocalDate dateOfBirth, String learningDifficulty) {
        return new ChildDetails("Alex Example", null, dateOfBirth, "Female", "2", null, "White British", "WBRI", null,
                "1 Any Street", "ZZ1 1ZZ", null, "English", false, null, List.of("NONE"), null, learningDifficulty,
                null, "NO", "NOT_MISSING", List.of("CHILD"));
    }

    static ChildDetails withLearningDifficulty(ChildDetails child, String answer) {
        return new ChildDetails(child.name(), child.alsoKnownAs(), child.dateOfBirth(), child.gender(),
                child.genderCode(), child.sexualOrientation(), child.ethnicity(), child.ethnicityCode(),
                child.religion(), child.address(), child.postcode(), child.telephone(), child.firstLanguage(),
                child.hasDisability(), child.disabilityDetails(), child.disabilityCodes(),
                child.communicationLearningNeeds(), answer, child.legalStatusIfAccommodated(),
                child.childProtectionPlan(), child.missing(), child.participation());
    }

    static ChildDetails withDisability(ChildDetails child, boolean hasDisability, String details, List<String> codes) {
        return new ChildDetails(child.name(), child.alsoKnownAs(), child.dateOfBirth(), child.gender(),
                child.genderCode(), child.sexualOrientation(), child.ethnicity(), child.ethnicityCode(),
                child.religion(), child.address(), child.postcode(), child.telephone(), child.firstLanguage(),
                hasDisability, details, codes, child.communicationLearningNeeds(), child.learningDifficulty(),
                child.legalStatusIfAccommodated(), child.childProtectionPlan(), child.missing(), child.participation());
    }

    static Object by(Map<String, String> actor, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(actor);
    }

    static CaseOpened opened(ChildDetails child) {
        return new CaseOpened(CASE, "COUNTY", child, List.of(), null, null);
    }

    static AssessmentStarted started(String id) {
        return new AssessmentStarted(CASE, id, TODAY.minusDays(1), VERSION, null, List.of(), PAT);
    }

    static IndicatorMarked marked(String id, String code, String category, String evidence) {
        return new IndicatorMarked(CASE, id, code, category,
                evidence == null ? null : new Evidence("E1", evidence, null, null));
    }

    static AnalysisRecorded analysis(String id, String level) {
        return analysis(id, level, null);
    }

    static AnalysisRecorded analysis(String id, String level, String rationale) {
        return new AnalysisRecorded(CASE, id, "Analysis text", List.of(), List.of(), level, rationale, false);
    }

    static RecordAnalysis analyse(String id, RiskLevel level, String rationale) {
        return new RecordAnalysis(CASE, id, "Analysis text", List.of(), List.of(), level, rationale);
    }

    static List<String> actions(String area, RiskLevel level, String... presentTags) {
        return PATHWAYS.responseFor(area, level, java.util.Set.of(presentTags)).actions();
    }

    /** A case with one HIGH indicator, evidenced and analysed as HIGH by the practitioner. */
    static List<Object> readyToSubmit() {
        return new ArrayList<>(List.of(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "Seen with adult")),
                by(PRACTITIONER, analysis(A1, "HIGH"))));
    }

    static AssessmentSubmitted submittedHigh(String id) {
        return new AssessmentSubmitted(CASE, id, new CategoryCounts(0, 0, 0, 1), "HIGH",
                "1 HIGH indicator: Meeting unknown adults", false, "HIGH", false, actions("COUNTY", RiskLevel.HIGH),
                "HIGH", false, false, "NO", null, false);
    }

    static ManagerAuthorised authorisedAs(String id, String level) {
        return new ManagerAuthorised(CASE, id, level, "Agreed", level, null, level,
                actions("COUNTY", RiskLevel.valueOf(level)), null, false, false);
    }

    /** Submitted by the police practitioner: ready for a police manager's decision. */
    static List<Object> submitted() {
        var given = readyToSubmit();
        given.add(by(PRACTITIONER, submittedHigh(A1)));
        return given;
    }

    /** A case whose first assessment was authorised at the given level, ready for a reassessment A2. */
    static List<Object> authorisedAt(String level) {
        var given = submitted();
        given.add(by(MANAGER, authorisedAs(A1, level)));
        given.add(by(PRACTITIONER, new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(), PAT)));
        return given;
    }

    /** The command is refused with this kind of refusal. */
    static Matcher<Object> refused(Kind kind) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof CaseRuleException e && e.kind() == kind;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a case rule refusal of kind " + kind);
            }
        };
    }

    /**
     * Refused by the risk model's catalogue — a {@link org.cseriskrecord.riskmodel.RiskModelException}, which the API
     * answers as invalid (400) — naming the code that was refused.
     */
    static Matcher<Object> refusedByTheRiskModel(Class<? extends org.cseriskrecord.riskmodel.RiskModelException> type,
                                                 String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                String named = item instanceof UnknownIndicatorException u ? u.code()
                        : item instanceof DerivedIndicatorException d ? d.code() : null;
                return type.isInstance(item) && code.equals(named)
                        && ((Throwable) item).getMessage() != null && !((Throwable) item).getMessage().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an invalid (400) refusal " + type.getSimpleName() + " naming " + code);
            }
        };
    }

    /** Refused as wrong state, listing (among the unmet requirements) one that contains this text. */
    static Matcher<Object> unmet(String text) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof CaseRuleException e && e.kind() == Kind.WRONG_STATE
                        && e.problems().stream().anyMatch(p -> p.contains(text));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a wrong-state refusal with an unmet requirement containing: " + text);
            }
        };
    }

    /** Fails with (or because of) an exception of this type whose message contains this text. */
    static Matcher<Object> causedBy(Class<? extends Throwable> type, String text) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                for (Throwable t = (Throwable) item; t != null; t = t.getCause()) {
                    if (type.isInstance(t) && t.getMessage() != null && t.getMessage().contains(text)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("caused by a " + type.getSimpleName() + " saying: " + text);
            }
        };
    }

    @Nested
    class OpeningACase {
        @Test
        void given_nothing_when_a_practitioner_opens_a_case_in_a_known_area_then_the_case_is_opened() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "CITY", CHILD_OF_15, List.of(), null, null), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CaseOpened(CASE, "CITY", CHILD_OF_15, List.of(), null, null));
        }

        @Test
        void given_nothing_when_a_case_is_opened_in_an_unknown_area_then_it_is_refused_as_invalid() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "ATLANTIS", CHILD_OF_15, List.of(), null, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("COUNTY"))
                    .expectNoEvents();
        }

        @Test
        void given_nothing_when_a_case_is_opened_with_a_future_date_of_birth_then_it_is_refused_as_invalid() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", child(TODAY.plusDays(1), "NO"), List.of(), null, null),
                            PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage("The child's date of birth cannot be in the future.")
                    .expectNoEvents();
        }

        @Test
        void given_nothing_when_a_board_member_opens_a_case_then_it_is_refused_as_not_permitted() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", CHILD_OF_15, List.of(), null, null), BOARD)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_nothing_when_a_case_is_opened_with_a_not_known_learning_difficulty_and_census_codes_then_both_are_kept() {
            var child = withDisability(withLearningDifficulty(CHILD_OF_15, "NOT_KNOWN"), true,
                    "Dyslexia; uses a reading ruler", List.of("LD", "COMM"));
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", child, List.of(), null, null), PRACTITIONER)
                    .expectEvents(new CaseOpened(CASE, "COUNTY", child, List.of(), null, null));
        }

        @Test
        void given_nothing_when_the_census_disability_code_none_is_given_for_a_child_with_a_disability_then_it_is_refused_as_invalid() {
            var child = withDisability(CHILD_OF_15, true, "Hearing impairment", List.of("NONE"));
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", child, List.of(), null, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot be NONE"))
                    .expectNoEvents();
        }

        @Test
        void given_nothing_when_disability_codes_are_given_for_a_child_without_a_disability_then_it_is_refused_as_invalid() {
            var child = withDisability(CHILD_OF_15, false, null, List.of("HEAR"));
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", child, List.of(), null, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }

        @Test
        void given_nothing_when_none_is_given_with_another_disability_code_then_it_is_refused_as_invalid() {
            var child = withDisability(CHILD_OF_15, true, "Hearing impairment", List.of("NONE", "HEAR"));
            fixture.givenNoPriorActivity()
                    .when(new OpenCase(CASE, "COUNTY", child, List.of(), null, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }
    }

    @Nested
    class CorrectingChildDetails {
        @Test
        void given_a_case_when_the_child_details_are_corrected_then_the_fields_that_changed_are_recorded() {
            var corrected = new ChildDetails("Alex Example", "AJ", CHILD_OF_15.dateOfBirth(), "Female", "2", null,
                    "White British", "WBRI", null, "1 Any Street", "ZZ9 9ZZ", null, "English", false, null,
                    List.of("NONE"), null, "NOT_KNOWN", null, "NO", "NOT_MISSING", List.of("CHILD"));
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new CorrectChildDetails(CASE, corrected), PRACTITIONER)
                    .expectEvents(new ChildDetailsCorrected(CASE, corrected,
                            List.of("alsoKnownAs", "postcode", "learningDifficulty")));
        }

        @Test
        void given_a_case_when_a_correction_changes_nothing_then_nothing_is_recorded() {
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
        void given_a_case_when_its_placement_changes_then_an_update_with_the_field_that_changed_is_recorded() {
            var residential = new PlacementDetails("Residential home", "3 Other Road, ZZ3 3ZZ");
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker), residential, "Youth worker"), PRACTITIONER)
                    .expectEvents(new CaseDetailsUpdated(CASE, List.of(socialWorker), residential, "Youth worker",
                            List.of("placement")));
        }

        @Test
        void given_a_case_when_several_details_change_then_every_field_that_changed_is_recorded_in_the_forms_order() {
            var officer = new ProfessionalDetails("Jo Example", "Police Officer", null, "jo@example.org");
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker, officer), null, "School nurse"), MANAGER)
                    .expectEvents(new CaseDetailsUpdated(CASE, List.of(socialWorker, officer), null, "School nurse",
                            List.of("professionals", "placement", "otherProfessionalsInvolved")));
        }

        @Test
        void given_a_case_when_an_update_changes_nothing_then_nothing_is_recorded() {
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker), fosterCare, "Youth worker"), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void given_an_earlier_update_when_the_same_details_are_sent_then_nothing_is_recorded() {
            var residential = new PlacementDetails("Residential home", "3 Other Road, ZZ3 3ZZ");
            fixture.given(by(PRACTITIONER, openedWithDetails), by(PRACTITIONER, new CaseDetailsUpdated(CASE,
                            List.of(socialWorker), residential, "Youth worker", List.of("placement"))))
                    .when(new UpdateCaseDetails(CASE, List.of(socialWorker), residential, "Youth worker"), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void given_a_case_without_a_placement_when_an_empty_placement_is_sent_then_nothing_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new UpdateCaseDetails(CASE, null, new PlacementDetails(null, " "), null), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void given_a_case_when_a_board_member_updates_it_then_it_is_refused_as_not_permitted() {
            fixture.given(by(PRACTITIONER, openedWithDetails))
                    .when(new UpdateCaseDetails(CASE, List.of(), null, null), BOARD)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }
    }

    @Nested
    class StartingAnAssessment {
        @Test
        void given_a_case_when_a_first_assessment_starts_then_it_uses_the_current_catalogue_and_the_signed_in_user_completes_it() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new StartAssessment(CASE, A1, TODAY, null), PRACTITIONER)
                    .expectEvents(new AssessmentStarted(CASE, A1, TODAY, VERSION, null, List.of(), PAT));
        }

        @Test
        void given_a_case_when_an_assessment_starts_with_the_professional_named_then_that_professional_completes_it() {
            var named = new AssessingProfessional("PC Example", "Police Constable", "Police", "01632 960111",
                    "pc@example.org");
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new StartAssessment(CASE, A1, TODAY.minusMonths(3), named), PRACTITIONER)
                    .expectEvents(new AssessmentStarted(CASE, A1, TODAY.minusMonths(3), VERSION, null, List.of(),
                            named));
        }

        @Test
        void given_a_case_when_an_assessment_is_dated_in_the_future_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new StartAssessment(CASE, A1, TODAY.plusDays(1), null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage("The assessment date cannot be in the future.")
                    .expectNoEvents();
        }

        @Test
        void given_an_assessment_in_progress_when_a_second_starts_then_it_is_refused_as_wrong_state() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new StartAssessment(CASE, A2, TODAY, null), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_an_authorised_assessment_when_a_reassessment_starts_then_its_indicators_are_carried_forward() {
            var given = submitted();
            given.add(by(MANAGER, authorisedAs(A1, "HIGH")));
            fixture.given(given)
                    .when(new StartAssessment(CASE, A2, TODAY, null), PRACTITIONER)
                    .expectEvents(new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(
                            new CarriedForwardIndicator("HIGH_MEETING_UNKNOWN_ADULTS", "HIGH",
                                    List.of(new Evidence("E1", "Seen with adult", null, null)))), PAT));
        }

        @Test
        void given_an_authorised_assessment_when_a_reassessment_is_dated_before_it_then_it_is_refused_as_invalid() {
            var given = submitted();
            given.add(by(MANAGER, authorisedAs(A1, "HIGH")));
            fixture.given(given)
                    .when(new StartAssessment(CASE, A2, TODAY.minusDays(10), null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }

        @Test
        void given_a_discarded_draft_when_a_new_assessment_starts_then_it_is_started() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, new AssessmentDiscarded(CASE, A1, "Started on the wrong case")))
                    .when(new StartAssessment(CASE, A2, TODAY, null), OTHER_PRACTITIONER)
                    .expectEvents(new AssessmentStarted(CASE, A2, TODAY, VERSION, null, List.of(),
                            new AssessingProfessional("pip", null, "Police", null, null)));
        }
    }

    @Nested
    class MarkingIndicators {
        @Test
        void given_a_draft_when_an_indicator_is_marked_with_evidence_then_it_is_recorded_with_its_first_evidence() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "LOW_RETURNING_HOME_LATE", "Home after midnight twice"),
                            PRACTITIONER)
                    .expectEvents(new IndicatorMarked(CASE, A1, "LOW_RETURNING_HOME_LATE", "LOW",
                            new Evidence("E1", "Home after midnight twice", null, null)));
        }

        @Test
        void given_a_draft_when_a_vulnerability_factor_is_marked_without_evidence_then_it_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "VULN_LOOKED_AFTER_CHILD", null), PRACTITIONER)
                    .expectEvents(new IndicatorMarked(CASE, A1, "VULN_LOOKED_AFTER_CHILD", "VULNERABILITY", null));
        }

        @Test
        void given_a_draft_when_an_unknown_code_is_marked_then_it_is_refused_naming_the_code() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "HIGH_NOT_A_CODE", null), PRACTITIONER)
                    .expectException(refusedByTheRiskModel(UnknownIndicatorException.class, "HIGH_NOT_A_CODE"))
                    .expectNoEvents();
        }

        @Test
        void given_a_draft_when_the_derived_under_13_vulnerability_is_marked_by_hand_then_it_is_refused() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new MarkIndicator(CASE, A1, "VULN_UNDER_13", null), PRACTITIONER)
                    .expectException(refusedByTheRiskModel(DerivedIndicatorException.class, "VULN_UNDER_13"))
                    .expectNoEvents();
        }

        @Test
        void given_a_marked_indicator_when_it_is_marked_again_then_it_is_refused_as_wrong_state() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", null)))
                    .when(new MarkIndicator(CASE, A1, "LOW_MOOD_SWINGS", "again"), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_a_carried_forward_indicator_when_it_is_marked_again_then_it_is_confirmed() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)),
                            by(PRACTITIONER, new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(
                                    new CarriedForwardIndicator("LOW_MOOD_SWINGS", "LOW", List.of())), PAT)))
                    .when(new MarkIndicator(CASE, A2, "LOW_MOOD_SWINGS", null), PRACTITIONER)
                    .expectEvents(new IndicatorMarked(CASE, A2, "LOW_MOOD_SWINGS", "LOW", null));
        }

        @Test
        void given_a_marked_indicator_when_it_is_withdrawn_with_a_reason_then_the_withdrawal_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", null)))
                    .when(new WithdrawIndicator(CASE, A1, "LOW_MOOD_SWINGS", "Explained by bereavement"),
                            PRACTITIONER)
                    .expectEvents(new IndicatorWithdrawn(CASE, A1, "LOW_MOOD_SWINGS", "Explained by bereavement"));
        }

        @Test
        void given_an_indicator_that_is_not_marked_when_it_is_withdrawn_then_it_is_refused_as_wrong_state() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new WithdrawIndicator(CASE, A1, "LOW_MOOD_SWINGS", "n/a"), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }
    }

    @Nested
    class AddingEvidence {
        @Test
        void given_a_marked_indicator_when_evidence_is_added_then_it_gets_the_next_evidence_id() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "first")))
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "School saw the meeting",
                            "School", TODAY.minusDays(2)), PRACTITIONER)
                    .expectEvents(new EvidenceAdded(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS",
                            new Evidence("E2", "School saw the meeting", "School", TODAY.minusDays(2))));
        }

        @Test
        void given_an_indicator_that_is_not_marked_when_evidence_is_added_then_it_is_refused_as_wrong_state() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "text", null, null), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_a_marked_indicator_when_evidence_observed_in_the_future_is_added_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", null)))
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "text", null, TODAY.plusDays(1)),
                            PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }

        @Test
        void given_a_draft_when_the_additional_detail_box_of_a_section_is_written_then_it_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new RecordAdditionalDetail(CASE, A1, Category.VULNERABILITY, "Lives with grandparent"),
                            PRACTITIONER)
                    .expectEvents(new AdditionalDetailRecorded(CASE, A1, "VULNERABILITY", "Lives with grandparent"));
        }
    }

    @Nested
    class RecordingTheAnalysis {
        @Test
        void given_a_high_indicator_when_high_is_assessed_then_the_analysis_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(new RecordAnalysis(CASE, A1, "Clear risk", List.of("Bus station"), List.of("'Tall Tom'"),
                            RiskLevel.HIGH, null), PRACTITIONER)
                    .expectEvents(new AnalysisRecorded(CASE, A1, "Clear risk", List.of("Bus station"),
                            List.of("'Tall Tom'"), "HIGH", null, false));
        }

        @Test
        void given_a_high_indicator_when_medium_is_assessed_with_a_rationale_then_a_downgrade_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(analyse(A1, RiskLevel.MEDIUM, "The adult is a vetted family friend"), PRACTITIONER)
                    .expectEvents(new AnalysisRecorded(CASE, A1, "Analysis text", List.of(), List.of(),
                            "MEDIUM", "The adult is a vetted family friend", true));
        }

        @Test
        void given_a_high_indicator_when_low_is_assessed_without_a_rationale_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(analyse(A1, RiskLevel.LOW, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }

        @Test
        void given_a_child_under_13_when_low_is_assessed_even_with_a_rationale_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(child(TODAY.minusYears(12), "NO"))), by(PRACTITIONER, started(A1)))
                    .when(analyse(A1, RiskLevel.LOW, "because"), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }

        @Test
        void given_a_child_with_learning_difficulties_when_low_is_assessed_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(child(LocalDate.of(2010, 1, 1), "YES"))),
                            by(PRACTITIONER, started(A1)))
                    .when(analyse(A1, RiskLevel.LOW, "because"), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }

        @Test
        void given_a_child_whose_learning_difficulty_is_not_known_when_low_is_assessed_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(child(LocalDate.of(2010, 1, 1), "NOT_KNOWN"))),
                            by(PRACTITIONER, started(A1)))
                    .when(analyse(A1, RiskLevel.LOW, "because"), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("is not known"))
                    .expectNoEvents();
        }

        @Test
        void given_a_twelve_year_old_with_indicators_below_the_thresholds_when_no_risk_is_assessed_without_a_rationale_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_12)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "MEDIUM_SEXUAL_ACTIVITY_UNDER_13", "MEDIUM", "disclosed")))
                    .when(analyse(A1, RiskLevel.NONE, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                            "assessing no risk (NONE) needs a written professional rationale"))
                    .expectNoEvents();
        }

        @Test
        void given_a_twelve_year_old_with_indicators_below_the_thresholds_when_no_risk_is_assessed_with_a_rationale_then_it_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_12)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "MEDIUM_SEXUAL_ACTIVITY_UNDER_13", "MEDIUM", "disclosed")))
                    .when(analyse(A1, RiskLevel.NONE, "Peer of the same age; no adult or exchange"), PRACTITIONER)
                    .expectEvents(new AnalysisRecorded(CASE, A1, "Analysis text", List.of(), List.of(), "NONE",
                            "Peer of the same age; no adult or exchange", false));
        }

        @Test
        void given_a_child_last_authorised_high_when_a_reassessment_assesses_low_without_a_rationale_then_the_step_down_is_refused_as_invalid() {
            fixture.given(authorisedAt("HIGH"))
                    .when(analyse(A2, RiskLevel.NONE, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                            "below the child's last authorised level (HIGH): stepping down needs a written rationale"))
                    .expectNoEvents();
        }

        @Test
        void given_a_child_last_authorised_high_when_a_reassessment_assesses_low_with_a_rationale_then_it_is_recorded() {
            fixture.given(authorisedAt("HIGH"))
                    .when(analyse(A2, RiskLevel.LOW, "Disruption worked: no contact with the adults for 3 months"),
                            PRACTITIONER)
                    .expectEvents(new AnalysisRecorded(CASE, A2, "Analysis text", List.of(), List.of(), "LOW",
                            "Disruption worked: no contact with the adults for 3 months", false));
        }
    }

    @Nested
    class ConfirmingTheLearningDifficulty {
        List<Object> socialOrLearningDifficultiesTicked(ChildDetails child) {
            return new ArrayList<>(List.of(by(PRACTITIONER, opened(child)), by(PRACTITIONER, started(A1)),
                    by(PRACTITIONER, marked(A1, "VULN_SOCIAL_OR_LEARNING_DIFFICULTIES", "VULNERABILITY", null)),
                    by(PRACTITIONER, analysis(A1, "NONE"))));
        }

        @Test
        void given_social_or_learning_difficulties_ticked_while_the_answer_is_no_when_submitted_then_confirming_the_answer_is_unmet() {
            fixture.given(socialOrLearningDifficultiesTicked(CHILD_OF_15))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(unmet("“Social or learning difficulties” is marked while the child's learning "
                            + "difficulty is recorded as NO"))
                    .expectNoEvents();
        }

        @Test
        void given_social_or_learning_difficulties_ticked_when_the_practitioner_confirms_the_answer_then_the_confirmation_is_recorded() {
            fixture.given(socialOrLearningDifficultiesTicked(CHILD_OF_15))
                    .when(new ConfirmLearningDifficulty(CASE, A1, Answer.NO), PRACTITIONER)
                    .expectEvents(new LearningDifficultyConfirmed(CASE, A1, "NO"));
        }

        @Test
        void given_a_confirmed_answer_when_submitted_then_the_assessment_is_submitted() {
            var given = socialOrLearningDifficultiesTicked(CHILD_OF_15);
            given.add(by(PRACTITIONER, new LearningDifficultyConfirmed(CASE, A1, "NO")));
            fixture.given(given)
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(AssessmentSubmitted.class)),
                            andNoMore()));
        }

        @Test
        void given_the_childs_details_say_no_when_not_known_is_confirmed_then_it_is_refused_as_wrong_state() {
            fixture.given(socialOrLearningDifficultiesTicked(CHILD_OF_15))
                    .when(new ConfirmLearningDifficulty(CASE, A1, Answer.NOT_KNOWN), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_a_confirmed_no_when_the_answer_is_corrected_to_not_known_then_submission_needs_a_new_confirmation() {
            var given = socialOrLearningDifficultiesTicked(CHILD_OF_15);
            given.add(by(PRACTITIONER, new LearningDifficultyConfirmed(CASE, A1, "NO")));
            given.add(by(PRACTITIONER, new ChildDetailsCorrected(CASE, withLearningDifficulty(CHILD_OF_15,
                    "NOT_KNOWN"), List.of("learningDifficulty"))));
            fixture.given(given)
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(unmet("is recorded as NOT_KNOWN"))
                    .expectNoEvents();
        }

        @Test
        void given_social_or_learning_difficulties_ticked_while_the_answer_is_yes_when_submitted_then_no_confirmation_is_needed() {
            var given = socialOrLearningDifficultiesTicked(withLearningDifficulty(CHILD_OF_15, "YES"));
            fixture.given(given)
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(AssessmentSubmitted.class)),
                            andNoMore()));
        }
    }

    @Nested
    class Submitting {
        @Test
        void given_an_evidenced_high_indicator_assessed_high_when_submitted_then_the_tools_outcome_is_recorded() {
            fixture.given(readyToSubmit())
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectEvents(submittedHigh(A1));
        }

        @Test
        void given_a_none_suggestion_assessed_high_when_submitted_then_the_required_response_is_that_of_high() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", "Very low mood")),
                            by(PRACTITIONER, analysis(A1, "HIGH")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectEvents(new AssessmentSubmitted(CASE, A1, new CategoryCounts(0, 1, 0, 0), "NONE",
                            "No identified risk related to CSE — this does not mean there is no exploitation", false,
                            "HIGH", false, actions("COUNTY", RiskLevel.HIGH), "HIGH", false, false, "NO", null,
                            false));
        }

        @Test
        void given_a_twelve_year_old_assessed_no_risk_with_a_rationale_when_submitted_then_it_is_flagged_below_the_floor_with_the_floor_response() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_12)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "MEDIUM_SEXUAL_ACTIVITY_UNDER_13", "MEDIUM", "disclosed")),
                            by(PRACTITIONER, analysis(A1, "NONE", "Peer of the same age; no adult or exchange")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectEvents(new AssessmentSubmitted(CASE, A1, new CategoryCounts(1, 0, 1, 0), "NONE",
                            "No threshold is met, but the child cannot be categorised as low risk (No child under 13 "
                                    + "or with learning difficulties can be categorised as low risk) and indicators "
                                    + "are present: professional judgement is required", false, "NONE", false,
                            PATHWAYS.floorResponse("COUNTY", java.util.Set.of()).actions(), "NONE", true, true, "NO",
                            null, false));
        }

        @Test
        void given_a_reassessment_stepping_down_with_a_rationale_when_submitted_then_the_step_down_is_flagged() {
            var given = authorisedAt("HIGH");
            given.add(by(PRACTITIONER, marked(A2, "LOW_MOOD_SWINGS", "LOW", "Low mood at times")));
            given.add(by(PRACTITIONER, analysis(A2, "LOW", "Disruption worked: no contact for 3 months")));
            fixture.given(given)
                    .when(new SubmitAssessment(CASE, A2), PRACTITIONER)
                    .expectEvents(new AssessmentSubmitted(CASE, A2, new CategoryCounts(0, 1, 0, 0), "NONE",
                            "No identified risk related to CSE — this does not mean there is no exploitation", false,
                            "LOW", false, actions("COUNTY", RiskLevel.LOW), "LOW", false, false, "NO", "HIGH", true));
        }

        @Test
        void given_an_indicator_without_evidence_when_submitted_then_the_missing_evidence_is_unmet() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", null)),
                            by(PRACTITIONER, analysis(A1, "HIGH")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(unmet("Evidence the HIGH indicator “Meeting unknown adults”"))
                    .expectNoEvents();
        }

        @Test
        void given_only_a_vulnerability_without_evidence_when_submitted_then_the_assessment_is_submitted() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "VULN_LOOKED_AFTER_CHILD", "VULNERABILITY", null)),
                            by(PRACTITIONER, analysis(A1, "NONE")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(AssessmentSubmitted.class)),
                            andNoMore()));
        }

        @Test
        void given_no_analysis_when_submitted_then_the_analysis_is_unmet() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(unmet("Record the professional's analysis"))
                    .expectNoEvents();
        }

        @Test
        void given_an_unconfirmed_carried_forward_indicator_when_submitted_then_confirming_it_is_unmet() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)),
                            by(PRACTITIONER, new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(
                                    new CarriedForwardIndicator("LOW_MOOD_SWINGS", "LOW",
                                            List.of(new Evidence("E1", "x", null, null)))), PAT)),
                            by(PRACTITIONER, analysis(A2, "NONE")))
                    .when(new SubmitAssessment(CASE, A2), PRACTITIONER)
                    .expectException(unmet("Confirm or withdraw the indicator carried forward"))
                    .expectNoEvents();
        }

        @Test
        void given_three_things_to_put_right_when_submitted_then_every_unmet_requirement_is_listed() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", null)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", null)))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(org.hamcrest.Matchers.<Object>allOf(refused(Kind.WRONG_STATE),
                            org.hamcrest.Matchers.hasProperty("message",
                                    org.hamcrest.Matchers.containsString("3 requirements"))))
                    .expectNoEvents();
        }

        @Test
        void given_an_analysis_that_became_a_downgrade_without_a_rationale_when_submitted_then_the_rationale_is_unmet() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, analysis(A1, "NONE")),
                            by(PRACTITIONER, marked(A1, "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH", "seen")))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(unmet("below the suggested level (HIGH)"))
                    .expectNoEvents();
        }

        @Test
        void given_a_submitted_assessment_when_an_indicator_is_marked_then_it_is_refused_as_wrong_state() {
            fixture.given(submitted())
                    .when(new MarkIndicator(CASE, A1, "LOW_MOOD_SWINGS", null), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }
    }

    @Nested
    class ManagersDecision {
        @Test
        void given_a_submitted_assessment_when_a_manager_of_the_practitioners_agency_authorises_it_then_the_assessed_level_is_authorised() {
            fixture.given(submitted())
                    .when(new AuthoriseAssessment(CASE, A1, "Agreed; strategy meeting booked"), MANAGER)
                    .expectEvents(new ManagerAuthorised(CASE, A1, "HIGH", "Agreed; strategy meeting booked", "HIGH",
                            null, "HIGH", actions("COUNTY", RiskLevel.HIGH), null, false, false));
        }

        @Test
        void given_a_submitted_assessment_when_a_manager_of_another_agency_authorises_it_then_it_is_refused_as_not_permitted() {
            fixture.given(submitted())
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), HEALTH_MANAGER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("(Police)"))
                    .expectNoEvents();
        }

        @Test
        void given_a_submitted_assessment_when_a_manager_of_another_agency_returns_it_then_it_is_refused_as_not_permitted() {
            fixture.given(submitted())
                    .when(new ReturnAssessment(CASE, A1, "More evidence"), HEALTH_MANAGER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_a_submitted_assessment_when_a_practitioner_authorises_it_then_it_is_refused_as_not_permitted() {
            fixture.given(submitted())
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), OTHER_PRACTITIONER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_a_manager_who_contributed_when_they_authorise_then_it_is_refused_as_not_permitted_by_the_four_eyes_rule() {
            var given = readyToSubmit();
            given.add(by(MANAGER, new EvidenceAdded(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS",
                    new Evidence("E2", "manager's note", null, null))));
            given.add(by(PRACTITIONER, submittedHigh(A1)));
            fixture.given(given)
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), MANAGER)
                    .expectException(org.hamcrest.Matchers.<Object>allOf(refused(Kind.NOT_PERMITTED),
                            org.hamcrest.Matchers.hasProperty("message",
                                    org.hamcrest.Matchers.containsString("four-eyes"))))
                    .expectNoEvents();
        }

        @Test
        void given_a_manager_who_contributed_when_they_return_it_then_it_is_refused_as_not_permitted() {
            var given = readyToSubmit();
            given.add(by(MANAGER, new AdditionalDetailRecorded(CASE, A1, "HIGH", "manager's words")));
            given.add(by(PRACTITIONER, submittedHigh(A1)));
            fixture.given(given)
                    .when(new ReturnAssessment(CASE, A1, "Please check"), MANAGER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_a_draft_when_a_manager_authorises_it_then_it_is_refused_as_wrong_state() {
            fixture.given(readyToSubmit())
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), MANAGER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_a_low_assessment_submitted_when_the_child_is_found_to_have_a_learning_difficulty_then_authorisation_is_refused_with_what_no_longer_holds() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", "e1")),
                            by(PRACTITIONER, marked(A1, "LOW_RETURNING_HOME_LATE", "LOW", "e2")),
                            by(PRACTITIONER, marked(A1, "LOW_SECRETIVE_BEHAVIOUR", "LOW", "e3")),
                            by(PRACTITIONER, marked(A1, "LOW_CHANGES_IN_APPEARANCE", "LOW", "e4")),
                            by(PRACTITIONER, analysis(A1, "LOW")),
                            by(PRACTITIONER, new AssessmentSubmitted(CASE, A1, new CategoryCounts(0, 4, 0, 0), "LOW",
                                    "4 LOW indicators", false, "LOW", false, actions("COUNTY", RiskLevel.LOW), "LOW",
                                    false, false, "NO", null, false)),
                            by(OTHER_PRACTITIONER, new ChildDetailsCorrected(CASE,
                                    withLearningDifficulty(CHILD_OF_15, "YES"), List.of("learningDifficulty"))))
                    .when(new AuthoriseAssessment(CASE, A1, "ok"), MANAGER)
                    .expectException(unmet("A child under 13 or with learning difficulties cannot be assessed as LOW"))
                    .expectNoEvents();
        }

        @Test
        void given_a_submitted_assessment_when_the_manager_authorises_a_higher_level_with_a_reason_then_that_level_and_its_response_are_authorised() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, marked(A1, "MEDIUM_UNKNOWN_VEHICLES", "MEDIUM", "e1")),
                            by(PRACTITIONER, marked(A1, "MEDIUM_POOR_SELF_IMAGE", "MEDIUM", "e2")),
                            by(PRACTITIONER, analysis(A1, "MEDIUM")),
                            by(PRACTITIONER, new AssessmentSubmitted(CASE, A1, new CategoryCounts(0, 0, 2, 0),
                                    "MEDIUM", "2 MEDIUM indicators", false, "MEDIUM", false,
                                    actions("COUNTY", RiskLevel.MEDIUM), "MEDIUM", false, false, "NO", null, false)))
                    .when(new AuthoriseAssessment(CASE, A1, "Strategy meeting today", RiskLevel.HIGH,
                            "Police intelligence links the vehicle to a known perpetrator"), MANAGER)
                    .expectEvents(new ManagerAuthorised(CASE, A1, "MEDIUM", "Strategy meeting today", "HIGH",
                            "Police intelligence links the vehicle to a known perpetrator", "HIGH",
                            actions("COUNTY", RiskLevel.HIGH), null, false, false));
        }

        @Test
        void given_a_submitted_assessment_when_the_manager_authorises_a_different_level_without_a_reason_then_it_is_refused_as_invalid() {
            fixture.given(submitted())
                    .when(new AuthoriseAssessment(CASE, A1, "ok", RiskLevel.MEDIUM, " "), MANAGER)
                    .expectException(refused(Kind.INVALID))
                    .expectNoEvents();
        }

        @Test
        void given_a_child_under_13_when_the_manager_authorises_low_with_a_reason_then_it_is_refused_by_the_floor() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_12)), by(PRACTITIONER, started(A1)),
                            by(PRACTITIONER, analysis(A1, "MEDIUM")),
                            by(PRACTITIONER, new AssessmentSubmitted(CASE, A1, new CategoryCounts(1, 0, 0, 0), "NONE",
                                    "No identified risk", false, "MEDIUM", false, actions("COUNTY", RiskLevel.MEDIUM),
                                    "MEDIUM", false, false, "NO", null, false)))
                    .when(new AuthoriseAssessment(CASE, A1, "ok", RiskLevel.LOW, "I think it is low"), MANAGER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot be assessed as LOW"))
                    .expectNoEvents();
        }

        @Test
        void given_the_manager_authorised_high_above_a_medium_assessment_when_the_reassessment_assesses_medium_without_a_rationale_then_the_step_down_is_refused() {
            var given = submitted();
            given.add(by(MANAGER, new ManagerAuthorised(CASE, A1, "MEDIUM", null, "HIGH", "Intelligence", "HIGH",
                    actions("COUNTY", RiskLevel.HIGH), null, false, false)));
            given.add(by(PRACTITIONER, new AssessmentStarted(CASE, A2, TODAY, VERSION, A1, List.of(), PAT)));
            fixture.given(given)
                    .when(analyse(A2, RiskLevel.MEDIUM, null), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("last authorised level (HIGH)"))
                    .expectNoEvents();
        }

        @Test
        void given_a_step_down_submitted_when_authorised_then_the_authorisation_records_the_step_down() {
            var given = authorisedAt("HIGH");
            given.add(by(PRACTITIONER, analysis(A2, "MEDIUM", "Adults identified and disrupted")));
            given.add(by(PRACTITIONER, new AssessmentSubmitted(CASE, A2, new CategoryCounts(0, 0, 0, 0), "NONE",
                    "No identified risk", false, "MEDIUM", false, actions("COUNTY", RiskLevel.MEDIUM), "MEDIUM",
                    false, false, "NO", "HIGH", true)));
            fixture.given(given)
                    .when(new AuthoriseAssessment(CASE, A2, "Agreed"), OTHER_MANAGER)
                    .expectEvents(new ManagerAuthorised(CASE, A2, "MEDIUM", "Agreed", "MEDIUM", null, "MEDIUM",
                            actions("COUNTY", RiskLevel.MEDIUM), "HIGH", true, false));
        }

        @Test
        void given_a_submitted_assessment_when_a_manager_of_the_practitioners_agency_returns_it_with_a_reason_then_the_return_is_recorded() {
            fixture.given(submitted())
                    .when(new ReturnAssessment(CASE, A1, "Evidence for the HIGH indicator is second-hand"), MANAGER)
                    .expectEvents(new AssessmentReturned(CASE, A1, "Evidence for the HIGH indicator is second-hand"));
        }

        @Test
        void given_a_returned_assessment_when_evidence_is_added_then_it_is_recorded() {
            var given = submitted();
            given.add(by(MANAGER, new AssessmentReturned(CASE, A1, "More evidence please")));
            fixture.given(given)
                    .when(new AddEvidence(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS", "Police report", "Police", null),
                            PRACTITIONER)
                    .expectEvents(new EvidenceAdded(CASE, A1, "HIGH_MEETING_UNKNOWN_ADULTS",
                            new Evidence("E2", "Police report", "Police", null)));
        }

        @Test
        void given_an_authorised_assessment_when_its_analysis_is_rewritten_then_it_is_refused_as_wrong_state() {
            var given = submitted();
            given.add(by(MANAGER, authorisedAs(A1, "HIGH")));
            fixture.given(given)
                    .when(analyse(A1, RiskLevel.HIGH, null), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_a_case_when_a_command_names_an_assessment_it_does_not_have_then_it_is_refused_as_not_found() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new SubmitAssessment(CASE, "nope"), PRACTITIONER)
                    .expectException(refused(Kind.NOT_FOUND))
                    .expectNoEvents();
        }
    }

    @Nested
    class DiscardingADraft {
        List<Object> draft() {
            return new ArrayList<>(List.of(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                    by(PRACTITIONER, marked(A1, "LOW_MOOD_SWINGS", "LOW", "Low mood"))));
        }

        @Test
        void given_a_draft_when_its_author_discards_it_then_the_discard_is_recorded_with_the_reason() {
            fixture.given(draft())
                    .when(new DiscardAssessment(CASE, A1, "Started on the wrong child's case"), PRACTITIONER)
                    .expectEvents(new AssessmentDiscarded(CASE, A1, "Started on the wrong child's case"));
        }

        @Test
        void given_a_stale_draft_when_a_manager_of_the_authors_agency_discards_it_then_the_discard_is_recorded() {
            fixture.given(draft())
                    .when(new DiscardAssessment(CASE, A1, "Author left; stale for 4 months"), MANAGER)
                    .expectEvents(new AssessmentDiscarded(CASE, A1, "Author left; stale for 4 months"));
        }

        @Test
        void given_a_draft_when_a_manager_of_another_agency_discards_it_then_it_is_refused_as_not_permitted() {
            fixture.given(draft())
                    .when(new DiscardAssessment(CASE, A1, "Blocks our assessment"), HEALTH_MANAGER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_a_draft_when_another_practitioner_discards_it_then_it_is_refused_as_not_permitted() {
            fixture.given(draft())
                    .when(new DiscardAssessment(CASE, A1, "Not mine"), OTHER_PRACTITIONER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_a_submitted_assessment_when_its_author_discards_it_then_it_is_refused_as_wrong_state() {
            fixture.given(submitted())
                    .when(new DiscardAssessment(CASE, A1, "Changed my mind"), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_a_returned_assessment_when_its_author_discards_it_then_the_discard_is_recorded() {
            var given = submitted();
            given.add(by(MANAGER, new AssessmentReturned(CASE, A1, "Wrong child")));
            fixture.given(given)
                    .when(new DiscardAssessment(CASE, A1, "Wrong child, as the manager says"), PRACTITIONER)
                    .expectEvents(new AssessmentDiscarded(CASE, A1, "Wrong child, as the manager says"));
        }

        @Test
        void given_a_discarded_draft_when_it_is_changed_then_it_is_refused_as_wrong_state() {
            var given = draft();
            given.add(by(PRACTITIONER, new AssessmentDiscarded(CASE, A1, "Wrong case")));
            fixture.given(given)
                    .when(new MarkIndicator(CASE, A1, "LOW_RETURNING_HOME_LATE", "late"), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("discarded"))
                    .expectNoEvents();
        }
    }

    @Nested
    class WhoCompletesTheAssessment {
        @Test
        void given_a_draft_when_the_professional_completing_it_is_changed_then_the_new_details_are_recorded() {
            var named = new AssessingProfessional("DC Example", "Detective Constable", "Police", "01632 960222",
                    "dc@example.org");
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new RecordAssessingProfessional(CASE, A1, named), PRACTITIONER)
                    .expectEvents(new AssessingProfessionalRecorded(CASE, A1, named));
        }

        @Test
        void given_a_draft_when_the_same_professional_is_sent_again_then_nothing_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)))
                    .when(new RecordAssessingProfessional(CASE, A1, PAT), PRACTITIONER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void given_a_submitted_assessment_when_the_professional_is_changed_then_it_is_refused_as_wrong_state() {
            fixture.given(submitted())
                    .when(new RecordAssessingProfessional(CASE, A1, PAT), PRACTITIONER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }
    }

    @Nested
    class KeepingTheFourEyesRule {
        @Test
        void given_an_assessment_event_without_a_user_when_the_case_is_loaded_then_it_fails_loudly() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, started(A1)),
                            marked(A1, "LOW_MOOD_SWINGS", "LOW", "no user in its metadata"))
                    .when(new SubmitAssessment(CASE, A1), PRACTITIONER)
                    .expectException(causedBy(IllegalStateException.class, "four-eyes rule cannot be kept"));
        }
    }

    @Nested
    class SharingTheCase {
        static final String WHY = "The school nurse is working with the child (synthetic)";

        @Test
        void given_a_police_case_when_a_police_practitioner_shares_it_with_health_then_the_share_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new ShareCase(CASE, "Health", WHY), PRACTITIONER)
                    .expectEvents(new CaseShared(CASE, "Health", WHY));
        }

        @Test
        void given_a_case_shared_with_health_when_a_health_practitioner_shares_it_with_education_then_it_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, new CaseShared(CASE, "Health", WHY)))
                    .when(new ShareCase(CASE, "Education", WHY), HEALTH_PRACTITIONER)
                    .expectEvents(new CaseShared(CASE, "Education", WHY));
        }

        @Test
        void given_a_police_case_when_an_agency_not_involved_shares_it_then_the_case_is_not_found() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new ShareCase(CASE, "Education", WHY), HEALTH_PRACTITIONER)
                    .expectException(refused(Kind.NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void given_a_case_when_it_is_shared_with_an_agency_outside_the_partnership_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new ShareCase(CASE, "Youth Justice", WHY), PRACTITIONER)
                    .expectException(refused(Kind.INVALID))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("Police, Health, Education"))
                    .expectNoEvents();
        }

        @Test
        void given_a_case_shared_with_health_when_it_is_shared_with_health_again_then_it_is_refused_as_wrong_state() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, new CaseShared(CASE, "Health", WHY)))
                    .when(new ShareCase(CASE, "Health", WHY), MANAGER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
        }

        @Test
        void given_a_case_when_a_board_member_shares_it_then_it_is_refused_as_not_permitted() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new ShareCase(CASE, "Health", WHY), BOARD)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_a_shared_case_when_a_manager_of_the_opening_agency_revokes_the_share_then_it_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, new CaseShared(CASE, "Health", WHY)))
                    .when(new RevokeShare(CASE, "Health", "The nurse's work has ended"), MANAGER)
                    .expectEvents(new CaseShareRevoked(CASE, "Health", "The nurse's work has ended"));
        }

        @Test
        void given_a_shared_case_when_a_practitioner_of_the_opening_agency_revokes_the_share_then_it_is_not_permitted() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, new CaseShared(CASE, "Health", WHY)))
                    .when(new RevokeShare(CASE, "Health", "Ended"), PRACTITIONER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectNoEvents();
        }

        @Test
        void given_a_shared_case_when_a_manager_of_the_shared_agency_revokes_a_share_then_it_is_not_permitted() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, new CaseShared(CASE, "Health", WHY)))
                    .when(new RevokeShare(CASE, "Health", "Ended"), HEALTH_MANAGER)
                    .expectException(refused(Kind.NOT_PERMITTED))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("(Police)"))
                    .expectNoEvents();
        }

        @Test
        void given_a_case_when_a_share_that_does_not_exist_or_the_opening_agency_is_revoked_then_it_is_wrong_state() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new RevokeShare(CASE, "Police", "Ended"), MANAGER)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("the agency that opened it"))
                    .expectNoEvents();
        }

        @Test
        void given_a_revoked_share_when_the_formerly_shared_agency_shares_the_case_then_the_case_is_not_found() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(PRACTITIONER, new CaseShared(CASE, "Health", WHY)),
                            by(MANAGER, new CaseShareRevoked(CASE, "Health", "Ended")))
                    .when(new ShareCase(CASE, "Education", WHY), HEALTH_PRACTITIONER)
                    .expectException(refused(Kind.NOT_FOUND))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordsManagement {
        static final Map<String, String> ADMIN = actor("ada", "ADMIN", null);
        final List<String> destroyed = new java.util.ArrayList<>();

        @BeforeEach
        void keyStore() {
            fixture.registerInjectableResource((KeyShredder) destroyed::add);
        }

        @Test
        void given_a_case_when_the_admin_places_a_legal_hold_then_it_is_recorded() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new Commands.PlaceLegalHold(CASE, "Proceedings"), ADMIN)
                    .expectEvents(new LegalHoldPlaced(CASE, "Proceedings"));
        }

        @Test
        void given_a_case_when_a_manager_places_a_legal_hold_or_erases_then_it_is_refused_as_not_permitted() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new Commands.PlaceLegalHold(CASE, "Proceedings"), MANAGER)
                    .expectException(refused(Kind.NOT_PERMITTED));
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new Commands.EraseCase(CASE, "Retention ended"), MANAGER)
                    .expectException(refused(Kind.NOT_PERMITTED));
            assertThat(destroyed).isEmpty();
        }

        @Test
        void given_a_case_under_legal_hold_when_the_admin_erases_it_then_it_is_refused_and_the_key_is_kept() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(ADMIN, new LegalHoldPlaced(CASE, "Proceedings")))
                    .when(new Commands.EraseCase(CASE, "Retention ended"), ADMIN)
                    .expectException(refused(Kind.WRONG_STATE))
                    .expectNoEvents();
            assertThat(destroyed).isEmpty();
        }

        @Test
        void given_a_lifted_hold_when_the_admin_erases_the_case_then_it_is_erased_and_its_key_destroyed() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(ADMIN, new LegalHoldPlaced(CASE, "Proceedings")),
                            by(ADMIN, new LegalHoldLifted(CASE, "Concluded")))
                    .when(new Commands.EraseCase(CASE, "Retention ended"), ADMIN)
                    .expectEvents(new CaseErased(CASE, "Retention ended"));
            assertThat(destroyed).containsExactly(CASE);
        }

        @Test
        void given_no_hold_when_the_admin_lifts_one_then_it_is_refused_as_wrong_state() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new Commands.LiftLegalHold(CASE, "Concluded"), ADMIN)
                    .expectException(refused(Kind.WRONG_STATE));
        }

        @Test
        void given_an_erasure_without_a_reason_then_it_is_refused_as_invalid() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)))
                    .when(new Commands.EraseCase(CASE, " "), ADMIN)
                    .expectException(refused(Kind.INVALID));
            assertThat(destroyed).isEmpty();
        }

        @Test
        void given_an_erased_case_when_anything_is_asked_of_it_then_it_is_refused_as_gone() {
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(ADMIN, new CaseErased(CASE, "Retention ended")))
                    .when(new StartAssessment(CASE, A1, TODAY, null), PRACTITIONER)
                    .expectException(refused(Kind.GONE))
                    .expectNoEvents();
            fixture.given(by(PRACTITIONER, opened(CHILD_OF_15)), by(ADMIN, new CaseErased(CASE, "Retention ended")))
                    .when(new Commands.EraseCase(CASE, "Again"), ADMIN)
                    .expectException(refused(Kind.GONE));
        }
    }
}
