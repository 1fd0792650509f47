package org.cseriskrecord.events;

import org.cseriskrecord.riskmodel.rules.CategoryCounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stored JSON fixtures of the contract ({@code src/test/resources/fixtures/<WireName>/v<revision>.json}) and,
 * written out by hand, the event each of them must decode to. The data is invented: no real child, professional,
 * place or telephone number (postcodes in the unused ZZ area, telephone numbers in Ofcom's drama range).
 */
final class ContractFixtures {

    static final String ROOT = "/fixtures";

    private static final String CASE_ID = "00000000-0000-4000-8000-00000000ca5e";
    private static final String PREVIOUS_ASSESSMENT_ID = "00000000-0000-4000-8000-0000000a5501";
    private static final String ASSESSMENT_ID = "00000000-0000-4000-8000-0000000a5502";

    /** The event each fixture decodes to, by {@code <WireName>/v<revision>}. */
    private static final Map<String, CaseEvent> EXPECTED = new LinkedHashMap<>();

    static {
        // Revision 1 as revision 2 reads it: true/false become YES/NO, the census codes were not recorded.
        expect("CaseOpened", 1, caseOpened(child("Fictional Child Example", "1 Nowhere Lane, Testington", "ZZ1 1ZZ",
                "01632 960000", true, "Invented disability details for a test fixture", "YES", "YES",
                "REGULARLY_GOES_MISSING", List.of("CHILD", "CARER"), null, null, List.of())));
        expect("CaseOpened", 2, caseOpened(child("Fictional Child Example", "1 Nowhere Lane, Testington", "ZZ1 1ZZ",
                "01632 960000", true, "Invented disability details for a test fixture", "NOT_KNOWN", "YES",
                "REGULARLY_GOES_MISSING", List.of("CHILD", "CARER"), "2", "WBRI", List.of("LD", "COMM"))));

        expect("ChildDetailsCorrected", 1, new ChildDetailsCorrected(CASE_ID,
                child("Fictional Child Example", "3 Invented Close, Testington", "ZZ2 2ZZ", "01632 960003", false,
                        "No longer applicable (test fixture)", "NO", "NO", "NOT_MISSING", List.of("CHILD", "PARENT"),
                        null, null, List.of()),
                List.of("address", "postcode", "telephone", "hasDisability", "disabilityDetails", "learningDifficulty",
                        "childProtectionPlan", "missing", "participation")));
        expect("ChildDetailsCorrected", 2, new ChildDetailsCorrected(CASE_ID,
                child("Fictional Child Example", "3 Invented Close, Testington", "ZZ2 2ZZ", "01632 960003", false,
                        "No longer applicable (test fixture)", "YES", "NOT_KNOWN", "NOT_MISSING",
                        List.of("CHILD", "PARENT"), "9", "MWBC", List.of("NONE")),
                List.of("genderCode", "ethnicityCode", "address", "postcode", "telephone", "hasDisability",
                        "disabilityDetails", "disabilityCodes", "learningDifficulty", "childProtectionPlan", "missing",
                        "participation")));

        expect("CaseDetailsUpdated", 1, new CaseDetailsUpdated(
                CASE_ID,
                List.of(
                        new ProfessionalDetails("Fictional Practitioner One", "Example Social Worker", "01632 960001",
                                "practitioner.one@example.org"),
                        new ProfessionalDetails("Fictional Practitioner Three", "Example Police Officer",
                                "01632 960004", "practitioner.three@example.org")),
                new PlacementDetails("Example residential placement",
                        "4 Pretend Avenue, Testington, ZZ4 4ZZ (invented children's home)"),
                "Fictional Youth Worker, Example Youth Service",
                List.of("professionals", "placement")));

        expect("AssessmentStarted", 1, assessmentStarted(null));
        expect("AssessmentStarted", 2, assessmentStarted(new AssessingProfessional("Fictional Practitioner One",
                "Example Social Worker", "Example Children's Social Care", "01632 960001",
                "practitioner.one@example.org")));

        expect("IndicatorMarked", 1, new IndicatorMarked(
                CASE_ID,
                ASSESSMENT_ID,
                "HIGH_MEETING_UNKNOWN_ADULTS",
                "HIGH",
                new Evidence("E3", "Invented evidence text: seen meeting an unknown adult (test fixture)",
                        "Example school", LocalDate.of(2026, 1, 20))));

        expect("IndicatorWithdrawn", 1, new IndicatorWithdrawn(
                CASE_ID,
                ASSESSMENT_ID,
                "VULN_CHAOTIC_FAMILY",
                "Invented reason: circumstances changed since the last assessment (test fixture)"));

        expect("EvidenceAdded", 1, new EvidenceAdded(
                CASE_ID,
                ASSESSMENT_ID,
                "HIGH_MEETING_UNKNOWN_ADULTS",
                new Evidence("E4", "Invented evidence text: a second sighting (test fixture)",
                        "Example community warden", LocalDate.of(2026, 1, 25))));

        expect("AdditionalDetailRecorded", 1, new AdditionalDetailRecorded(
                CASE_ID,
                ASSESSMENT_ID,
                "HIGH",
                "Invented additional detail for the HIGH box (test fixture)"));

        expect("AnalysisRecorded", 1, new AnalysisRecorded(
                CASE_ID,
                ASSESSMENT_ID,
                "Invented professional analysis (test fixture)",
                List.of("Example Park, Testington", "ZZ3 3ZZ area"),
                List.of("Fictional Adult A (nickname 'Nobody')", "Fictional Adult B"),
                "MEDIUM",
                "Invented rationale for assessing below the suggested level (test fixture)",
                true));

        String fourLow = "4 LOW indicators: Early experimenting with drugs or alcohol; Absent/truanting from school; "
                + "Lack of interest in education; Frequent problematic behaviour";
        expect("AssessmentSubmitted", 1, new AssessmentSubmitted(CASE_ID, ASSESSMENT_ID, new CategoryCounts(3, 4, 1, 0),
                "MEDIUM", fourLow, true, "MEDIUM", false,
                List.of("Referral to the MASH", "Consideration of a Multi-Agency CSE strategy meeting"),
                "MEDIUM", false, false, null, null, false));
        expect("AssessmentSubmitted", 2, new AssessmentSubmitted(CASE_ID, ASSESSMENT_ID, new CategoryCounts(3, 4, 1, 0),
                "MEDIUM", fourLow, true, "MEDIUM", false,
                List.of("Referral to the MASH", "Consideration of a Multi-Agency CSE strategy meeting",
                        "When the child has been sexually exploited previously, CSE processes have been followed and "
                                + "they remain vulnerable, professional judgement should be exercised in whether or "
                                + "not a further CSE strategy meeting or referral to a specialist services is required"),
                "MEDIUM", false, false, "NOT_KNOWN", "HIGH", true));

        expect("ManagerAuthorised", 1, new ManagerAuthorised(CASE_ID, ASSESSMENT_ID, "MEDIUM",
                "Invented manager comments (test fixture)", "MEDIUM", null, null, List.of(), null, false, false));
        expect("ManagerAuthorised", 2, new ManagerAuthorised(CASE_ID, ASSESSMENT_ID, "MEDIUM",
                "Invented manager comments (test fixture)", "HIGH",
                "Invented manager's reason for a higher level than assessed (test fixture)", "HIGH",
                List.of("Immediate referral to MASH", "A CSE strategy meeting should be held"), "HIGH", false, false));

        expect("AssessmentReturned", 1, new AssessmentReturned(
                CASE_ID,
                ASSESSMENT_ID,
                "Invented return reason: please evidence the MEDIUM indicators (test fixture)"));

        expect("CaseShared", 1, new CaseShared(CASE_ID, "Health",
                "Invented reason: the school nurse is working with the child (test fixture)"));
        expect("CaseShareRevoked", 1, new CaseShareRevoked(CASE_ID, "Health",
                "Invented reason: the nurse's work with the child has ended (test fixture)"));
        expect("AssessmentDiscarded", 1, new AssessmentDiscarded(CASE_ID, ASSESSMENT_ID,
                "Invented reason: started on the wrong child's case by mistake (test fixture)"));

        expect("LearningDifficultyConfirmed", 1, new LearningDifficultyConfirmed(CASE_ID, ASSESSMENT_ID, "NOT_KNOWN"));

        expect("AssessingProfessionalRecorded", 1, new AssessingProfessionalRecorded(CASE_ID, ASSESSMENT_ID,
                new AssessingProfessional("Fictional Practitioner Three", "Example Police Officer",
                        "Example Police Force", "01632 960004", "practitioner.three@example.org")));

        expect("LegalHoldPlaced", 1, new LegalHoldPlaced(CASE_ID,
                "Invented reason: records needed for proceedings (test fixture)"));
        expect("LegalHoldLifted", 1, new LegalHoldLifted(CASE_ID,
                "Invented reason: proceedings concluded (test fixture)"));
        expect("CaseErased", 1, new CaseErased(CASE_ID, "Retention period ended; no legal hold (test fixture)"));
    }

    private ContractFixtures() {
    }


    /** The fixtures' child, with what differs between them as arguments. */
    private static ChildDetails child(String name, String address, String postcode, String telephone,
                                      boolean hasDisability, String disabilityDetails, String learningDifficulty,
                                      String childProtectionPlan, String missing, List<String> participation,
                                      String genderCode, String ethnicityCode, List<String> disabilityCodes) {
        return new ChildDetails(name, "Fixture Kid", LocalDate.of(2012, 3, 4), "Example gender", genderCode,
                "Example orientation", "Example ethnicity", ethnicityCode, "Example religion", address, postcode,
                telephone, "Example language", hasDisability, disabilityDetails, disabilityCodes,
                "Invented communication needs for a test fixture", learningDifficulty,
                "Invented legal status (test fixture)", childProtectionPlan, missing, participation);
    }

    private static CaseOpened caseOpened(ChildDetails child) {
        return new CaseOpened(CASE_ID, "COUNTY", child,
                List.of(
                        new ProfessionalDetails("Fictional Practitioner One", "Example Social Worker", "01632 960001",
                                "practitioner.one@example.org"),
                        new ProfessionalDetails("Fictional Practitioner Two", "Example School Nurse", "01632 960002",
                                "practitioner.two@example.org")),
                new PlacementDetails("Example foster placement",
                        "2 Imaginary Road, Testington, ZZ9 9ZZ (invented carers)"),
                "Fictional Youth Worker, Example Youth Service");
    }

    private static AssessmentStarted assessmentStarted(AssessingProfessional completedBy) {
        return new AssessmentStarted(CASE_ID, ASSESSMENT_ID, LocalDate.of(2026, 2, 1), "notts-cse-2017-02",
                PREVIOUS_ASSESSMENT_ID,
                List.of(
                        new CarriedForwardIndicator("MEDIUM_MISSING_FROM_HOME_OR_CARE", "MEDIUM", List.of(
                                new Evidence("E1", "Invented evidence text: reported missing twice (test fixture)",
                                        "Example Police Force", LocalDate.of(2026, 1, 5)),
                                new Evidence("E2",
                                        "Invented evidence text: returned late with no explanation (test fixture)",
                                        "Example foster carer", LocalDate.of(2026, 1, 9)))),
                        new CarriedForwardIndicator("VULN_CHAOTIC_FAMILY", "VULNERABILITY", List.of())),
                completedBy);
    }

    private static void expect(String wireName, int revision, CaseEvent event) {
        EXPECTED.put(key(wireName, revision), event);
    }

    private static String key(String wireName, int revision) {
        return wireName + "/v" + revision;
    }

    static String resource(String wireName, int revision) {
        return ROOT + "/" + wireName + "/v" + revision + ".json";
    }

    /** The event the fixture of this wire name and revision must decode to. */
    static Optional<CaseEvent> expected(String wireName, int revision) {
        return Optional.ofNullable(EXPECTED.get(key(wireName, revision)));
    }

    static boolean exists(String wireName, int revision) {
        return ContractFixtures.class.getResource(resource(wireName, revision)) != null;
    }

    static ObjectNode read(String wireName, int revision) {
        String resource = resource(wireName, revision);
        try (InputStream in = ContractFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + resource);
            }
            JsonNode node = EventJson.newMapper().readTree(in);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException("Fixture " + resource + " is not a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("Fixture " + resource + " cannot be read", e);
        }
    }

    /** Every fixture file present, as paths relative to the fixtures root, e.g. {@code CaseOpened/v1.json}. */
    static List<String> allFixtureFiles() {
        try {
            Path root = Path.of(ContractFixtures.class.getResource(ROOT).toURI());
            List<String> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .map(path -> root.relativize(path).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(files::add);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
