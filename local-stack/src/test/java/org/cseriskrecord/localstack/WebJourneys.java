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

    final Map<String, List<String>> violations = new LinkedHashMap<>();

    void run(String web, String commands) throws Exception {
        try (Browser browser = new Browser(true)) {
            practitionerJourney(browser, web, commands);
        }
        try (Browser browser = new Browser(false)) {
            openingACaseWithoutJavaScript(browser, web);
        }
        try (Browser browser = new Browser(true)) {
            boardReadsTrends(browser, web, commands);
        }
        managerReviewsAndAuthorises(web, commands);
    }

    void assertAccessible() {
        assertThat(violations).as("pages checked by axe-core").hasSizeGreaterThanOrEqualTo(10);
        violations.forEach((page, found) -> assertThat(found).as("serious or critical axe-core violations on " + page)
                .isEmpty());
    }

    void practitionerJourney(Browser b, String web, String commands) throws Exception {
        b.open(web + "/");
        check(b, "start");
        b.click("#sign-in");
        signIn(b, "practitioner");
        assertThat(b.driver.getCurrentUrl()).isEqualTo(web + "/cases");
        assertThat(b.text("#signed-in-user")).contains("Practitioner").contains("Police");
        check(b, "cases");

        b.click("a[href='/cases/new']");
        b.click("button[type=submit].govuk-button:not(.app-signed-in__button)");
        assertThat(b.text(".govuk-error-summary")).contains("There is a problem");
        check(b, "open-case-errors");

        String name = "Browser Example " + UUID.randomUUID().toString().substring(0, 6);
        fillChild(b, name);
        b.click("button[type=submit].govuk-button:not(.app-signed-in__button)");
        // Read-your-writes: the case page shows the new case at once, never "not found".
        assertThat(b.text("h1")).isEqualTo(name);
        assertThat(b.text(".govuk-notification-banner--success")).contains("The case has been opened.");
        check(b, "case");
        String caseUrl = b.driver.getCurrentUrl();
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);

        b.click("#correct-child");
        check(b, "correct-child");
        b.type("#alsoKnownAs", "Jay");
        b.click("button[type=submit].govuk-button:not(.app-signed-in__button)");
        assertThat(b.text("#child-details + dl")).contains("Name also known as").contains("Jay");

        b.click("#update-details");
        check(b, "case-details");
        b.type("#professionals-0-name", "PC Example");
        b.type("#professionals-0-jobTitle", "Police Constable");
        b.type("#placementType", "Foster care");
        b.click("button[name=action][value=save]");
        assertThat(b.text("#professionals + dl")).contains("Police Constable");

        var started = new ApiClient(commands).send("practitioner", "POST", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", LocalDate.now().toString()));
        assertThat(started.status()).as(started.problem()).isEqualTo(201);
        // Started through the API, not through web-ui: wait here for the read side to show the draft.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        do {
            b.open(caseUrl);
        } while (b.all("#discard-draft").isEmpty() && System.nanoTime() < deadline && pause());
        b.click("#discard-draft");
        check(b, "discard");
        b.type("#reason", "Started to try the service");
        b.click("button.govuk-button--warning");
        assertThat(b.text("#current-assessment + dl")).contains("Discarded").contains("Started to try the service");

        b.open(web + "/cases?search=" + name.replace(' ', '+'));
        assertThat(b.text("#cases")).contains(name);
        b.open(web + "/cases?riskLevel=HIGH&status=AUTHORISED&area=CITY");
        check(b, "cases-filtered");

        b.click(".app-signed-in__button");
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
        b.click("#sign-in");
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
        b.click(".app-signed-in__button");

        b.open(web + "/");
        b.click("#sign-in");
        signIn(b, "manager");
        b.click("#nav-dashboard");
        assertThat(b.text("h1")).isEqualTo("Dashboard");
        String awaitingLink = "#table-awaiting a[href='/cases/" + awaitingCase + "']";
        deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (b.all(awaitingLink).isEmpty() && System.nanoTime() < deadline && pause()) {
            b.open(web + "/dashboard");
        }
        assertThat(b.all(awaitingLink)).as("the waiting assessment's case").hasSize(1);
        assertThat(b.all("a[href='/cases/" + authorisedCase + "']")).as("authorised: no longer waiting").isEmpty();
        check(b, "dashboard");
        b.click(".app-signed-in__button");
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
        b.click("#sign-in");
        signIn(b, "practitioner");
        b.click("a[href='/cases/new']");
        String name = "No Script " + UUID.randomUUID().toString().substring(0, 6);
        fillChild(b, name);
        b.type("#dateOfBirth-day", "31");
        b.type("#dateOfBirth-month", "2");
        b.click("button[type=submit].govuk-button:not(.app-signed-in__button)");
        assertThat(b.text(".govuk-error-summary")).contains("Date of birth must be a real date");
        b.screenshot("open-case-errors");
        b.type("#dateOfBirth-day", "14");
        b.type("#dateOfBirth-month", "3");
        b.click("button[type=submit].govuk-button:not(.app-signed-in__button)");
        assertThat(b.text("h1")).isEqualTo(name);
        b.screenshot("case");
    }

    /**
     * Journey 5 with 6, 7 and 8 around it: a child's reassessment steps down from HIGH to MEDIUM (one indicator
     * withdrawn with a reason, one added with evidence), submitted through the API until the practitioner's pages
     * exist. The practitioner opens the review and is told only a manager can decide; the manager finds it in the
     * queue, sees what changed, authorises it with a comment and sees the child's new level; then the timeline, the
     * print view, and sharing the case with Health and revoking the share.
     */
    void managerReviewsAndAuthorises(String web, String commands) throws Exception {
        var api = new ApiClient(commands);
        String name = "Review Example " + UUID.randomUUID().toString().substring(0, 6);
        String caseId = created(api.send("practitioner", "POST", "/api/cases", Map.of("area", "COUNTY",
                "child", Map.of("name", name, "dateOfBirth", "2011-03-14", "learningDifficulty", "NO",
                        "missing", "REGULARLY_GOES_MISSING", "participation", List.of("CHILD")))), "caseId");
        LocalDate today = LocalDate.now();
        String first = created(api.send("practitioner", "POST", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", today.minusDays(90).toString())), "assessmentId");
        ok(api.send("practitioner", "POST", "/api/assessments/" + first + "/indicators", Map.of(
                "code", "HIGH_MEETING_UNKNOWN_ADULTS", "evidence", "Seen getting into a car with two unknown adults.")));
        ok(api.send("practitioner", "POST", "/api/assessments/" + first + "/indicators", Map.of(
                "code", "MEDIUM_MISSING_FROM_HOME_OR_CARE", "evidence", "Missing from the foster home three times.")));
        ok(api.send("practitioner", "PUT", "/api/assessments/" + first + "/analysis", Map.of(
                "analysis", "The child is being exploited by adults who meet her after school.",
                "locationsOfConcern", List.of("Bus station"), "personsOfConcern", List.of("Adult known as Kez"),
                "assessedLevel", "HIGH")));
        ok(api.send("practitioner", "POST", "/api/assessments/" + first + "/submission", null));
        ok(api.send("manager", "POST", "/api/assessments/" + first + "/authorisation",
                Map.of("comments", "Agreed. Strategy meeting arranged.")));
        String second = created(api.send("practitioner", "POST", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", today.toString())), "assessmentId");
        ok(api.send("practitioner", "POST", "/api/assessments/" + second
                + "/indicators/HIGH_MEETING_UNKNOWN_ADULTS/withdrawal", Map.of(
                "reason", "No sightings with unknown adults since the safety plan began.")));
        ok(api.send("practitioner", "POST", "/api/assessments/" + second + "/indicators", Map.of(
                "code", "MEDIUM_MISSING_FROM_HOME_OR_CARE")));
        ok(api.send("practitioner", "POST", "/api/assessments/" + second + "/indicators", Map.of(
                "code", "MEDIUM_CALLS_TEXTS_FROM_UNKNOWN_PERSONS",
                "evidence", "Foster carer reports calls from withheld numbers late at night.")));
        ok(api.send("practitioner", "PUT", "/api/assessments/" + second + "/analysis", Map.of(
                "analysis", "The adults still contact the child, but she has not been seen with them.",
                "locationsOfConcern", List.of("Bus station"), "personsOfConcern", List.of("Adult known as Kez"),
                "assessedLevel", "MEDIUM",
                "rationale", "No sightings since the safety plan; the contact continues, so the risk stays medium.")));
        ok(api.send("practitioner", "POST", "/api/assessments/" + second + "/submission", null));
        String caseUrl = web + "/cases/" + caseId;

        try (Browser b = new Browser(true)) {
            b.open(web + "/");
            b.click("#sign-in");
            signIn(b, "practitioner");
            // Submitted through the API, not through web-ui: wait here for the read side to show the submission.
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            do {
                b.open(caseUrl);
            } while (b.all("#review-assessment").isEmpty() && System.nanoTime() < deadline && pause());
            b.click("#review-assessment");
            assertThat(b.text("#cannot-decide")).startsWith("Only a manager can authorise or return an assessment.");
            assertThat(b.all("#authorise")).isEmpty();
            check(b, "review-practitioner");
        }

        try (Browser b = new Browser(true)) {
            b.open(web + "/");
            b.click("#sign-in");
            signIn(b, "manager");
            b.click("#nav-review");
            assertThat(b.text("#mine")).contains(name);
            check(b, "review-queue");
            b.find("#mine").findElement(org.openqa.selenium.By.linkText(name)).click();
            assertThat(b.text("#withdrawn-list")).contains("Meeting unknown adults")
                    .contains("No sightings with unknown adults since the safety plan began.");
            assertThat(b.text("#added-list")).contains("Receiving calls/texts from unknown persons");
            assertThat(b.text("#evidence-list")).contains("Foster carer reports calls from withheld numbers");
            assertThat(b.text("#level-changes")).contains("High").contains("Medium");
            assertThat(b.text("#step-down")).contains("step-down");
            check(b, "review");
            b.type("#comments", "Agreed: the safety plan is working; keep the strategy meeting's actions.");
            b.click("#authorise");
            // Read-your-writes: the case page shows the authorised level at once.
            assertThat(b.text(".govuk-notification-banner--success")).contains("The assessment has been authorised.");
            assertThat(b.text("main")).contains("Risk level: Medium");

            b.click("#timeline-link");
            assertThat(b.all("#level-chart circle")).hasSize(2);
            assertThat(b.text("#history")).contains("Assessment authorised").contains("Agreed: the safety plan");
            check(b, "timeline");
            b.open(caseUrl + "/print");
            assertThat(b.text("#section-MEDIUM")).contains("Receiving calls/texts from unknown persons");
            assertThat(b.text("#signatures")).contains("manager").contains("Agreed: the safety plan");
            check(b, "print");

            b.open(caseUrl);
            b.click("#shares-link");
            check(b, "shares");
            b.click("label[for=agency]");
            b.type("#reason", "The school nurse is supporting the child.");
            b.click("#share");
            assertThat(b.text(".govuk-notification-banner--success")).contains("The case has been shared with");
            assertThat(b.text("#involved")).contains("The school nurse is supporting the child.");
            b.click("[id^=revoke-]");
            check(b, "revoke-share");
            b.type("#reason", "The nurse's support has ended.");
            b.click("#revoke");
            assertThat(b.text(".govuk-notification-banner--success")).contains("has been revoked");
            assertThat(b.text("#no-shares")).contains("not shared");
        }
    }

    private static String created(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.problem()).isEqualTo(201);
        return response.body().path(field).asText();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.problem()).isEqualTo(204);
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
        b.click("form button[type=submit]");
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
        violations.put(page, b.seriousViolations());
    }

}
