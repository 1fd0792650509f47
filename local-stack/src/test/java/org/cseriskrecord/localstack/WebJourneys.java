package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.demo.ApiClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys the browser tests walk through web-ui's real pages (web-ui at {@code web}, command-service at
 * {@code commands} for what web-ui has no page for yet), collecting axe-core's serious and critical violations per
 * page and saving a screenshot of each.
 */
final class WebJourneys {

    /** The page's own submit button (not the header's "Sign out"). */
    private static final String SUBMIT = "button[type=submit].govuk-button:not(.app-signed-in__button)";

    final Map<String, List<String>> violations = new LinkedHashMap<>();

    void run(String web, String commands) throws Exception {
        String submitted;
        try (Browser browser = new Browser(true)) {
            practitionerJourney(browser, web, commands);
            submitted = practitionerCompletesAndSubmitsAssessment(browser, web);
        }
        try (Browser browser = new Browser(false)) {
            openingACaseWithoutJavaScript(browser, web);
            practitionerCompletesAndSubmitsAssessment(browser, web);
        }
        try (Browser browser = new Browser(true)) {
            boardReadsTrends(browser, web, commands);
        }
        // The practitioner's assessment, submitted through the pages, reviewed and authorised by the manager.
        managerReviewsAndAuthorises(web, submitted);
    }

    void assertAccessible() {
        assertThat(violations).as("pages checked by axe-core").hasSizeGreaterThanOrEqualTo(10);
        violations.forEach((page, found) -> assertThat(found).as("serious or critical axe-core violations on " + page)
                .isEmpty());
    }

    void practitionerJourney(Browser b, String web, String commands) throws Exception {
        b.open(web + "/");
        check(b, "start");
        b.clickAndLoad("#sign-in");
        signIn(b, "practitioner");
        assertThat(b.driver.getCurrentUrl()).isEqualTo(web + "/cases");
        assertThat(b.text("#signed-in-user")).contains("Practitioner").contains("Police");
        check(b, "cases");

        // The case list has a submit button too (its filter): be on the new page before submitting.
        b.clickAndLoad("a[href='/cases/new']");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text(".govuk-error-summary")).contains("There is a problem");
        check(b, "open-case-errors");

        String name = "Browser Example " + UUID.randomUUID().toString().substring(0, 6);
        fillChild(b, name);
        b.clickAndLoad(SUBMIT);
        // Read-your-writes: the case page shows the new case at once, never "not found".
        assertThat(b.text("h1")).isEqualTo(name);
        assertThat(b.text(".govuk-notification-banner--success")).contains("The case has been opened.");
        check(b, "case");
        String caseUrl = b.driver.getCurrentUrl();
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);

        b.clickAndLoad("#correct-child");
        check(b, "correct-child");
        b.type("#alsoKnownAs", "Jay");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("#child-details + dl")).contains("Name also known as").contains("Jay");

        b.clickAndLoad("#update-details");
        check(b, "case-details");
        b.type("#professionals-0-name", "PC Example");
        b.type("#professionals-0-jobTitle", "Police Constable");
        b.type("#placementType", "Foster care");
        b.clickAndLoad("button[name=action][value=save]");
        assertThat(b.text("#professionals + dl")).contains("Police Constable");

        var started = new ApiClient(commands).send("practitioner", "POST", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", LocalDate.now().toString()));
        assertThat(started.status()).as(started.problem()).isEqualTo(201);
        // Started through the API, not through web-ui: wait here for the read side to show the draft.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        do {
            b.open(caseUrl);
        } while (b.all("#discard-draft").isEmpty() && System.nanoTime() < deadline && pause());
        b.clickAndLoad("#discard-draft");
        check(b, "discard");
        b.type("#reason", "Started to try the service");
        b.clickAndLoad("button.govuk-button--warning");
        assertThat(b.text("#current-assessment + dl")).contains("Discarded").contains("Started to try the service");

        b.open(web + "/cases?search=" + name.replace(' ', '+'));
        assertThat(b.text("#cases")).contains(name);
        b.open(web + "/cases?riskLevel=HIGH&status=AUTHORISED&area=CITY");
        check(b, "cases-filtered");

        b.clickAndLoad(".app-signed-in__button");
        assertThat(b.driver.getCurrentUrl()).isEqualTo(web + "/");
        assertThat(b.all("#signed-in-user")).isEmpty();
        b.open(web + "/cases");
        assertThat(b.driver.getCurrentUrl()).as("signed out: back to the start page").isEqualTo(web + "/");
    }

    /**
     * Issue 11's pages: with one assessment authorised and one awaiting authorisation this month (made through the
     * API), a board member lands on the trends (charts and tables, the CSV link answering text/csv), and a manager
     * reads the dashboard listing the waiting assessment with a link to its case.
     */
    void boardReadsTrends(Browser b, String web, String commands) throws Exception {
        var api = new ApiClient(commands);
        String authorised = submittedAssessment(api, "Trends Example");
        var authorisation = api.send("manager", "POST", "/api/assessments/" + authorised + "/authorisation",
                Map.of("comments", "Agreed."));
        assertThat(authorisation.status()).as(authorisation.problem()).isEqualTo(204);
        String authorisedCase = submittedCase;
        submittedAssessment(api, "Dashboard Example");
        String awaitingCase = submittedCase;

        b.open(web + "/");
        b.clickAndLoad("#sign-in");
        signIn(b, "board");
        assertThat(b.driver.getCurrentUrl()).as("a board member lands on the trends").startsWith(web + "/trends");
        assertThat(b.all("#navigation a").stream().map(org.openqa.selenium.WebElement::getText).toList())
                .containsExactly("Dashboard", "Trends");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London")).toString();
        // The assessment was authorised through the API: wait for the read side to count it.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        do {
            b.open(web + "/trends?from=" + month + "&to=" + month);
        } while ("0".equals(b.text("#table-assessments tbody td")) && System.nanoTime() < deadline && pause());
        assertThat(b.text("#table-assessments tbody td")).as("this month's authorised assessments").isNotEqualTo("0");
        assertThat(b.all("figure.app-chart svg[role=img] title")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(b.text("#table-indicators")).contains("Meeting unknown adults");
        check(b, "trends");

        String csvUrl = b.find("#download-csv").getAttribute("href");
        String cookies = String.join("; ", b.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        var csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(csvUrl)).header("Cookie", cookies).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("month,assessmentsAuthorised,").contains(month + ",");
        b.clickAndLoad(".app-signed-in__button");

        b.open(web + "/");
        b.clickAndLoad("#sign-in");
        signIn(b, "manager");
        b.clickAndLoad("#nav-dashboard");
        assertThat(b.text("h1")).isEqualTo("Dashboard");
        String awaitingLink = "#table-awaiting a[href='/cases/" + awaitingCase + "']";
        deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (b.all(awaitingLink).isEmpty() && System.nanoTime() < deadline && pause()) {
            b.open(web + "/dashboard");
        }
        assertThat(b.all(awaitingLink)).as("the waiting assessment's case").hasSize(1);
        assertThat(b.all("a[href='/cases/" + authorisedCase + "']")).as("authorised: no longer waiting").isEmpty();
        check(b, "dashboard");
        b.clickAndLoad(".app-signed-in__button");
    }

    private String submittedCase;

    /** A case with one submitted assessment dated today (HIGH: one HIGH indicator), opened through the API. */
    private String submittedAssessment(ApiClient api, String name) throws Exception {
        var opened = api.send("practitioner", "POST", "/api/cases", Map.of("area", "COUNTY",
                "child", Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                        "dateOfBirth", "2011-03-14", "learningDifficulty", "NO", "missing", "REGULARLY_GOES_MISSING",
                        "participation", List.of("CHILD"))));
        assertThat(opened.status()).as(opened.problem()).isEqualTo(201);
        submittedCase = opened.body().path("caseId").asText();
        var started = api.send("practitioner", "POST", "/api/cases/" + submittedCase + "/assessments",
                Map.of("assessmentDate", LocalDate.now().toString()));
        assertThat(started.status()).as(started.problem()).isEqualTo(201);
        String assessment = started.body().path("assessmentId").asText();
        var marked = api.send("practitioner", "POST", "/api/assessments/" + assessment + "/indicators",
                Map.of("code", "HIGH_MEETING_UNKNOWN_ADULTS", "evidence", "Seen getting into a car with an unknown adult"));
        assertThat(marked.status()).as(marked.problem()).isBetween(200, 204);
        var analysed = api.send("practitioner", "PUT", "/api/assessments/" + assessment + "/analysis",
                Map.of("analysis", "Immediate risk of exploitation", "assessedLevel", "HIGH"));
        assertThat(analysed.status()).as(analysed.problem()).isEqualTo(204);
        var submitted = api.send("practitioner", "POST", "/api/assessments/" + assessment + "/submission", null);
        assertThat(submitted.status()).as(submitted.problem()).isEqualTo(204);
        return assessment;
    }

    void openingACaseWithoutJavaScript(Browser b, String web) {
        b.open(web + "/");
        b.clickAndLoad("#sign-in");
        signIn(b, "practitioner");
        b.clickAndLoad("a[href='/cases/new']");
        String name = "No Script " + UUID.randomUUID().toString().substring(0, 6);
        fillChild(b, name);
        b.type("#dateOfBirth-day", "31");
        b.type("#dateOfBirth-month", "2");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text(".govuk-error-summary")).contains("Date of birth must be a real date");
        b.screenshot("open-case-errors");
        b.type("#dateOfBirth-day", "14");
        b.type("#dateOfBirth-month", "3");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("h1")).isEqualTo(name);
        b.screenshot("case");
    }

    /**
     * Journeys 5 to 8 on the assessment a practitioner completed and submitted through the pages: the practitioner is
     * told only a manager can decide; the manager finds it in the review queue, sees what changed (a first assessment:
     * every indicator and its evidence are new), authorises it with a comment and sees the child's level; then the
     * timeline, the print view laid out like the form, and sharing the case with Health and revoking the share.
     */
    void managerReviewsAndAuthorises(String web, String caseUrl) {
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        try (Browser b = new Browser(true)) {
            b.open(web + "/");
            b.click("#sign-in");
            signIn(b, "practitioner");
            b.open(caseUrl);
            b.clickAndLoad("#review-assessment");
            assertThat(b.text("#cannot-decide")).startsWith("Only a manager can authorise or return an assessment.");
            assertThat(b.all("#authorise")).isEmpty();
            check(b, "review-practitioner");
        }

        try (Browser b = new Browser(true)) {
            b.open(web + "/");
            b.click("#sign-in");
            signIn(b, "manager");
            b.clickAndLoad("#nav-review");
            String inQueue = "#mine a[href^='/cases/" + caseId + "/assessments/']";
            assertThat(b.all(inQueue)).as("the submitted assessment awaits this manager").hasSize(1);
            check(b, "review-queue");
            b.clickAndLoad(inQueue);
            assertThat(b.text("#first-assessment")).startsWith("This is the child's first assessment");
            assertThat(b.text("#added-list")).contains("Meeting unknown adults")
                    .contains("Missing or absent from home or care");
            assertThat(b.text("#evidence-list")).contains("Seen getting into a car with an unknown adult")
                    .contains("Missing overnight twice this month");
            assertThat(b.text("#level-changes")).contains("High");
            assertThat(b.text("#history")).contains("Submitted the assessment for authorisation");
            check(b, "review");
            b.type("#comments", "Agreed: a strategy meeting is arranged for this week.");
            b.clickAndLoad("#authorise");
            // Read-your-writes: the case page shows the authorised level at once.
            assertThat(b.text(".govuk-notification-banner--success")).contains("The assessment has been authorised.");
            assertThat(b.text("main")).contains("Risk level: High");

            b.clickAndLoad("#timeline-link");
            assertThat(b.all("#level-chart circle")).hasSize(1);
            assertThat(b.text("#history")).contains("Assessment authorised").contains("Agreed: a strategy meeting");
            check(b, "timeline");
            b.open(caseUrl + "/print");
            assertThat(b.text("#section-HIGH")).contains("Meeting unknown adults")
                    .contains("Seen getting into a car with an unknown adult");
            assertThat(b.text("#signatures")).contains("manager").contains("Agreed: a strategy meeting");
            check(b, "print");

            b.open(caseUrl);
            b.clickAndLoad("#shares-link");
            check(b, "shares");
            b.click("label[for=agency]");
            b.type("#reason", "The school nurse is supporting the child.");
            b.clickAndLoad("#share");
            assertThat(b.text(".govuk-notification-banner--success")).contains("The case has been shared with");
            assertThat(b.text("#involved")).contains("The school nurse is supporting the child.");
            b.clickAndLoad("[id^=revoke-]");
            check(b, "revoke-share");
            b.type("#reason", "The nurse's support has ended.");
            b.clickAndLoad("#revoke");
            assertThat(b.text(".govuk-notification-banner--success")).contains("has been revoked");
            assertThat(b.text("#no-shares")).contains("not shared");
        }
    }

    /**
     * Journey 4: a practitioner opens a case and completes its assessment through the task list — vulnerability
     * factors, a HIGH indicator with evidence, a MEDIUM one first without, the analysis — submits with that gap (the
     * error summary links to the box that fills it), evidences it and submits. With or without JavaScript: without,
     * every evidence box is simply shown. Returns the case's URL.
     */
    String practitionerCompletesAndSubmitsAssessment(Browser b, String web) {
        b.open(web + "/cases");
        if (!b.driver.getCurrentUrl().equals(web + "/cases")) {
            b.clickAndLoad("#sign-in");
            signIn(b, "practitioner");
        }
        b.clickAndLoad("a[href='/cases/new']");
        String name = "Assessed Example " + UUID.randomUUID().toString().substring(0, 6);
        fillChild(b, name);
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("h1")).isEqualTo(name);
        String caseUrl = b.driver.getCurrentUrl();

        b.clickAndLoad("#start-assessment");
        check(b, "assessment-start");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("h1")).isEqualTo("Complete the assessment");
        assertThat(b.text("#task-section-HIGH-status")).isEqualTo("Not yet started");
        check(b, "assessment-tasks");

        b.clickAndLoad("#task-section-VULNERABILITY");
        b.click("label[for=indicator-VULN_LOOKED_AFTER_CHILD]");
        b.type("#evidence-VULN_LOOKED_AFTER_CHILD", "In foster care since the spring");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("#task-section-VULNERABILITY-status")).isEqualTo("Completed");

        b.clickAndLoad("#task-section-HIGH");
        b.click("label[for=indicator-HIGH_MEETING_UNKNOWN_ADULTS]");
        b.type("#evidence-HIGH_MEETING_UNKNOWN_ADULTS", "Seen getting into a car with an unknown adult");
        check(b, "assessment-section");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("#assessment-suggested")).contains("High");
        assertThat(b.text("#assessment-actions")).containsIgnoringCase("referral");

        b.clickAndLoad("#task-section-MEDIUM");
        b.click("label[for=indicator-MEDIUM_MISSING_FROM_HOME_OR_CARE]");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("#task-section-MEDIUM-status")).isEqualTo("In progress");

        b.clickAndLoad("#task-analysis");
        b.type("#analysis", "The child is being exploited by adults she meets through a car seen near school.");
        b.type("#locationsOfConcern", "Bus station");
        b.type("#personsOfConcern", "Male known as \"Dee\"");
        b.click("label[for=assessedLevel-HIGH]");
        check(b, "assessment-analysis");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("#task-analysis-status")).isEqualTo("Completed");

        b.clickAndLoad("#task-check-answers");
        assertThat(b.text("#check-HIGH + dl")).contains("Meeting unknown adults")
                .contains("Seen getting into a car with an unknown adult");
        check(b, "assessment-check-answers");
        b.clickAndLoad("#submit");
        assertThat(b.text(".govuk-error-summary")).contains("There is a problem")
                .contains("Evidence the MEDIUM indicator");
        check(b, "assessment-submit-errors");
        b.clickAndLoad(".govuk-error-summary a[href*='/sections/MEDIUM#evidence-MEDIUM_MISSING_FROM_HOME_OR_CARE']");
        b.type("#evidence-MEDIUM_MISSING_FROM_HOME_OR_CARE", "Missing overnight twice this month");
        b.clickAndLoad(SUBMIT);
        assertThat(b.text("#task-section-MEDIUM-status")).isEqualTo("Completed");

        b.clickAndLoad("#task-check-answers");
        b.clickAndLoad("#submit");
        assertThat(b.driver.getCurrentUrl()).isEqualTo(caseUrl);
        assertThat(b.text(".govuk-notification-banner--success")).contains("submitted");
        assertThat(b.text("#current-assessment + dl")).contains("Submitted").contains("High");
        return caseUrl;
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void signIn(Browser b, String user) {
        b.type("#username", user);
        b.type("#password", user);
        b.clickAndLoad("form button[type=submit]");
    }

    private static void fillChild(Browser b, String name) {
        b.click("label[for=area]");
        b.type("#name", name);
        b.type("#dateOfBirth-day", "14");
        b.type("#dateOfBirth-month", "3");
        b.type("#dateOfBirth-year", "2011");
        b.click("label[for=learningDifficulty-NO]");
        b.click("label[for=missing-REGULARLY_GOES_MISSING]");
        b.click("label[for=participation]");
    }

    void check(Browser b, String page) {
        b.screenshot(page);
        // axe-core cannot finish where scripts are disabled (its promise never settles); the same pages are checked
        // with JavaScript in the first pass, and without it they only show more (every evidence box expanded).
        if (b.javaScript()) {
            violations.put(page, b.seriousViolations());
        }
    }

}
