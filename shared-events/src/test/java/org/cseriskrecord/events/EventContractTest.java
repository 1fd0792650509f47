package org.cseriskrecord.events;

import org.cseriskrecord.riskmodel.rules.CategoryCounts;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every event of the contract follows, and the classification of every field as personal data or not.
 * A new event or a new field fails here until it is listed: whether a field holds personal data is decided
 * consciously, not by default.
 */
class EventContractTest {

    private static final String PACKAGE = "org.cseriskrecord.events";

    private static final JavaClasses CONTRACT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    /** The published wire names and their current revisions. Changing one is a change of the public contract. */
    private static final Map<String, Integer> PUBLISHED = orderedMap(
            "CaseOpened", 2,
            "ChildDetailsCorrected", 2,
            "CaseDetailsUpdated", 1,
            "AssessmentStarted", 2,
            "IndicatorMarked", 1,
            "IndicatorWithdrawn", 1,
            "EvidenceAdded", 1,
            "AdditionalDetailRecorded", 1,
            "AnalysisRecorded", 1,
            "AssessmentSubmitted", 2,
            "ManagerAuthorised", 2,
            "AssessmentReturned", 1,
            "AssessmentDiscarded", 1,
            "LearningDifficultyConfirmed", 1,
            "AssessingProfessionalRecorded", 1,
            "CaseShared", 1,
            "CaseShareRevoked", 1,
            "LegalHoldPlaced", 1,
            "LegalHoldLifted", 1,
            "CaseErased", 1);

    /**
     * Fields that hold personal data (about the child, a professional or a third party) or free text that may hold
     * it: what per-case encryption will cover. As {@code DeclaringRecord.component}.
     */
    private static final Set<String> PERSONAL = Set.of(
            "ChildDetails.name",
            "ChildDetails.alsoKnownAs",
            "ChildDetails.dateOfBirth",
            "ChildDetails.gender",
            "ChildDetails.genderCode",
            "ChildDetails.sexualOrientation",
            "ChildDetails.ethnicity",
            "ChildDetails.ethnicityCode",
            "ChildDetails.religion",
            "ChildDetails.address",
            "ChildDetails.postcode",
            "ChildDetails.telephone",
            "ChildDetails.firstLanguage",
            "ChildDetails.hasDisability",
            "ChildDetails.disabilityDetails",
            "ChildDetails.disabilityCodes",
            "ChildDetails.communicationLearningNeeds",
            "ChildDetails.learningDifficulty",
            "ChildDetails.legalStatusIfAccommodated",
            "ChildDetails.childProtectionPlan",
            "ChildDetails.missing",
            "ChildDetails.participation",
            "ProfessionalDetails.name",
            "ProfessionalDetails.jobTitle",
            "ProfessionalDetails.telephone",
            "ProfessionalDetails.email",
            "AssessingProfessional.name",
            "AssessingProfessional.jobTitle",
            "AssessingProfessional.agency",
            "AssessingProfessional.telephone",
            "AssessingProfessional.email",
            "PlacementDetails.placementType",
            "PlacementDetails.placementAddressAndDetails",
            "CaseOpened.otherProfessionalsInvolved",
            "CaseDetailsUpdated.otherProfessionalsInvolved",
            "Evidence.text",
            "Evidence.source",
            "IndicatorWithdrawn.reason",
            "AdditionalDetailRecorded.text",
            "AnalysisRecorded.analysis",
            "AnalysisRecorded.locationsOfConcern",
            "AnalysisRecorded.personsOfConcern",
            "AnalysisRecorded.rationale",
            "ManagerAuthorised.comments",
            "ManagerAuthorised.levelRationale",
            "AssessmentReturned.reason",
            "AssessmentSubmitted.learningDifficulty",
            "AssessmentDiscarded.reason",
            "LearningDifficultyConfirmed.learningDifficulty",
            "CaseShared.reason",
            "CaseShareRevoked.reason",
            "LegalHoldPlaced.reason",
            "LegalHoldLifted.reason");

    /**
     * Fields that are not personal data: ids, codes from the catalogue, levels and counts, configuration text.
     * They stay readable after a case's key is destroyed.
     */
    private static final Set<String> NOT_PERSONAL = Set.of(
            "CaseOpened.caseId",
            "CaseOpened.area",
            "ChildDetailsCorrected.caseId",
            "ChildDetailsCorrected.changedFields",
            "CaseDetailsUpdated.caseId",
            "CaseDetailsUpdated.changedFields",
            "AssessmentStarted.caseId",
            "AssessmentStarted.assessmentId",
            "AssessmentStarted.assessmentDate",
            "AssessmentStarted.catalogueVersion",
            "AssessmentStarted.previousAssessmentId",
            "CarriedForwardIndicator.code",
            "CarriedForwardIndicator.category",
            "Evidence.evidenceId",
            "Evidence.observedOn",
            "IndicatorMarked.caseId",
            "IndicatorMarked.assessmentId",
            "IndicatorMarked.code",
            "IndicatorMarked.category",
            "IndicatorWithdrawn.caseId",
            "IndicatorWithdrawn.assessmentId",
            "IndicatorWithdrawn.code",
            "EvidenceAdded.caseId",
            "EvidenceAdded.assessmentId",
            "EvidenceAdded.indicatorCode",
            "AdditionalDetailRecorded.caseId",
            "AdditionalDetailRecorded.assessmentId",
            "AdditionalDetailRecorded.section",
            "AnalysisRecorded.caseId",
            "AnalysisRecorded.assessmentId",
            "AnalysisRecorded.assessedLevel",
            "AnalysisRecorded.downgrade",
            "AssessmentSubmitted.caseId",
            "AssessmentSubmitted.assessmentId",
            "AssessmentSubmitted.suggestedLevel",
            "AssessmentSubmitted.ruleFired",
            "AssessmentSubmitted.floorApplied",
            "AssessmentSubmitted.assessedLevel",
            "AssessmentSubmitted.downgrade",
            "AssessmentSubmitted.recommendedActions",
            "AssessmentSubmitted.responseLevel",
            "AssessmentSubmitted.floorWithIndicators",
            "AssessmentSubmitted.belowFloorWithIndicators",
            "AssessmentSubmitted.lastAuthorisedLevel",
            "AssessmentSubmitted.stepDown",
            "CategoryCounts.vulnerability",
            "CategoryCounts.low",
            "CategoryCounts.medium",
            "CategoryCounts.high",
            "ManagerAuthorised.caseId",
            "ManagerAuthorised.assessmentId",
            "ManagerAuthorised.assessedLevel",
            "ManagerAuthorised.authorisedLevel",
            "ManagerAuthorised.responseLevel",
            "ManagerAuthorised.recommendedActions",
            "ManagerAuthorised.lastAuthorisedLevel",
            "ManagerAuthorised.stepDown",
            "ManagerAuthorised.belowFloorWithIndicators",
            "AssessmentReturned.caseId",
            "AssessmentReturned.assessmentId",
            "AssessmentDiscarded.caseId",
            "AssessmentDiscarded.assessmentId",
            "LearningDifficultyConfirmed.caseId",
            "LearningDifficultyConfirmed.assessmentId",
            "AssessingProfessionalRecorded.caseId",
            "AssessingProfessionalRecorded.assessmentId",
            "CaseShared.caseId",
            "CaseShared.agency",
            "CaseShareRevoked.caseId",
            "CaseShareRevoked.agency",
            "LegalHoldPlaced.caseId",
            "LegalHoldLifted.caseId",
            "CaseErased.caseId",
            "CaseErased.reason");

    /**
     * Free text that stays clear on purpose. {@code CaseErased.reason} is the record of an erasure decision: it must
     * outlive the case's key, so it cannot be encrypted with it; the API asks that it name no one (ADR 050).
     */
    private static final Set<String> CLEAR_ON_PURPOSE = Set.of("CaseErased.reason");

    /** Names of fields that hold free text about people or places; such a field must be personal data. */
    private static final Pattern FREE_TEXT_NAME = Pattern.compile("(?i).*(text|analysis|reason|comment|rationale|name"
            + "|knownas|alias|address|postcode|phone|email|details|note|description|summary|narrative|source"
            + "|concern|person|location|involved).*");

    /** Types a field of the contract may have: plain JSON values, ISO dates, lists and the contract's own records. */
    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, boolean.class, int.class, long.class,
            LocalDate.class);

    static Stream<Class<? extends CaseEvent>> eventTypes() {
        return CaseEventTypes.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_type_is_a_record_implementing_case_event(Class<? extends CaseEvent> type) {
        assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isTrue();
        assertThat(CaseEvent.class).isAssignableFrom(type);
        assertThat(type.getPackageName()).isEqualTo(PACKAGE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_type_has_a_non_blank_wire_name_and_a_positive_revision(Class<? extends CaseEvent> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        assertThat(annotation).as("@EventType on %s", type.getSimpleName()).isNotNull();
        assertThat(annotation.name()).isNotBlank().matches("[A-Z][A-Za-z0-9]*");
        assertThat(annotation.revision()).isPositive();
        assertThat(CaseEventTypes.byWireName(annotation.name())).contains(type);
    }

    @Test
    void wire_names_are_unique_across_event_types() {
        List<String> names = CaseEventTypes.all().stream().map(CaseEventTypes::wireName).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void the_wire_names_and_revisions_are_the_published_ones() {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (var type : CaseEventTypes.all()) {
            actual.put(CaseEventTypes.wireName(type), CaseEventTypes.revision(type));
        }
        assertThat(actual)
                .as("the published contract: a wire name never changes; a new event or revision is added here, in "
                        + "EVENTS.md and as a fixture (a new revision also needs an upcaster)")
                .containsExactlyEntriesOf(PUBLISHED);
    }

    @Test
    void every_event_class_of_the_package_is_listed_in_case_event_types() {
        Set<String> concreteEvents = CONTRACT.stream()
                .filter(c -> c.isAssignableTo(CaseEvent.class) && !c.isInterface())
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> annotated = CONTRACT.stream()
                .filter(c -> c.isAnnotatedWith(EventType.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = CaseEventTypes.all().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(concreteEvents).as("classes implementing CaseEvent").isEqualTo(listed);
        assertThat(annotated).as("classes annotated @EventType").isEqualTo(listed);
    }

    @Test
    void the_sealed_hierarchy_permits_exactly_the_listed_events() {
        assertThat(CaseEvent.class.isSealed()).isTrue();
        Set<Class<?>> leaves = new HashSet<>();
        collectPermittedLeaves(CaseEvent.class, leaves);
        assertThat(leaves).containsExactlyInAnyOrderElementsOf(CaseEventTypes.all());
    }

    @Test
    void assessment_events_are_the_events_that_carry_an_assessment_id() {
        for (var type : CaseEventTypes.all()) {
            boolean hasAssessmentId = Stream.of(type.getRecordComponents())
                    .anyMatch(c -> c.getName().equals("assessmentId"));
            assertThat(AssessmentEvent.class.isAssignableFrom(type)).as(type.getSimpleName())
                    .isEqualTo(hasAssessmentId);
        }
    }

    @Test
    void every_field_has_a_json_friendly_type() {
        List<String> problems = new ArrayList<>();
        for (Field field : fields()) {
            if (!VALUE_TYPES.contains(field.type())) {
                problems.add(field.path() + " : " + field.type().getName());
            }
        }
        assertThat(problems).as("fields of types the contract does not use").isEmpty();
    }

    @Test
    void every_field_is_classified_as_personal_data_or_not() {
        Set<String> found = fields().stream().map(Field::declaredAs).collect(Collectors.toCollection(TreeSet::new));

        Set<String> unclassified = new TreeSet<>(found);
        unclassified.removeAll(PERSONAL);
        unclassified.removeAll(NOT_PERSONAL);
        Set<String> classifiedTwice = new TreeSet<>(PERSONAL);
        classifiedTwice.retainAll(NOT_PERSONAL);
        Set<String> gone = new TreeSet<>(PERSONAL);
        gone.addAll(NOT_PERSONAL);
        gone.removeAll(found);

        assertThat(unclassified).as("new fields: add each to PERSONAL (and mark it @PersonalData) or NOT_PERSONAL")
                .isEmpty();
        assertThat(classifiedTwice).as("fields listed both as personal and not").isEmpty();
        assertThat(gone).as("listed fields that no longer exist").isEmpty();
    }

    @Test
    void fields_listed_as_personal_are_marked_personal_data_and_the_others_are_not() {
        Map<String, Set<Boolean>> marking = new TreeMap<>();
        for (Field field : fields()) {
            marking.computeIfAbsent(field.declaredAs(), k -> new HashSet<>()).add(field.personal());
        }
        List<String> wrong = new ArrayList<>();
        marking.forEach((field, marks) -> {
            if (marks.size() > 1) {
                wrong.add(field + " is personal data in one event and not in another");
            } else if (PERSONAL.contains(field) && !marks.contains(true)) {
                wrong.add(field + " is listed as personal but not marked @PersonalData (nor inside a marked type)");
            } else if (NOT_PERSONAL.contains(field) && marks.contains(true)) {
                wrong.add(field + " is marked @PersonalData but listed as not personal");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_free_text_field_about_people_or_places_is_personal_data() {
        List<String> unmarked = fields().stream()
                .filter(field -> field.type() == String.class)
                .filter(field -> FREE_TEXT_NAME.matcher(field.name()).matches())
                .filter(field -> !field.personal())
                .map(Field::path)
                .filter(path -> !CLEAR_ON_PURPOSE.contains(path))
                .toList();
        assertThat(unmarked).as("free-text fields about people or places that are not @PersonalData").isEmpty();
    }

    @Test
    void every_personal_data_mark_says_whose_data_it_is() {
        List<String> blank = new ArrayList<>();
        for (JavaClass javaClass : CONTRACT) {
            Class<?> type = javaClass.reflect();
            PersonalData onType = type.getAnnotation(PersonalData.class);
            if (onType != null && onType.value().isBlank()) {
                blank.add(type.getSimpleName());
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    PersonalData mark = component.getAnnotation(PersonalData.class);
                    if (mark != null && mark.value().isBlank()) {
                        blank.add(type.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(blank).isEmpty();
    }

    // ---- the fields of the contract, walked from each event through its nested records ----

    /**
     * One leaf field as it appears in an event's JSON.
     *
     * @param path       where it appears, e.g. {@code CaseOpened.child.name}
     * @param declaredAs the record component it is, e.g. {@code ChildDetails.name}
     * @param type       its Java type (the element type for a list)
     * @param personal   marked {@code @PersonalData}, or inside a record or field so marked
     */
    private record Field(String path, String declaredAs, String name, Class<?> type, boolean personal) {
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (var type : CaseEventTypes.all()) {
            walk(type, type.getSimpleName(), false, fields);
        }
        return fields;
    }

    private static void walk(Class<?> record, String path, boolean insidePersonal, List<Field> fields) {
        boolean recordPersonal = insidePersonal || record.isAnnotationPresent(PersonalData.class);
        for (RecordComponent component : record.getRecordComponents()) {
            boolean personal = recordPersonal || component.isAnnotationPresent(PersonalData.class);
            Class<?> type = component.getType();
            String here = path + "." + component.getName();
            if (type == List.class) {
                type = listElementType(component);
                here = here + "[]";
            }
            if (type.isRecord() && (type.getPackageName().equals(PACKAGE) || type == CategoryCounts.class)) {
                // the counts are the risk model's own record, written as they are (ADR 090)
                walk(type, here, personal, fields);
            } else {
                fields.add(new Field(here, record.getSimpleName() + "." + component.getName(), component.getName(),
                        type, personal));
            }
        }
    }

    private static Class<?> listElementType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new AssertionError(component + " is a list without a concrete element type");
    }

    private static void collectPermittedLeaves(Class<?> type, Set<Class<?>> leaves) {
        if (!type.isSealed()) {
            leaves.add(type);
            return;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            collectPermittedLeaves(permitted, leaves);
        }
    }

    private static Map<String, Integer> orderedMap(Object... entries) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], (Integer) entries[i + 1]);
        }
        return map;
    }
}
