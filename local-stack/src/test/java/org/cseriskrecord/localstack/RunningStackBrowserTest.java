package org.cseriskrecord.localstack;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same browser journeys against a stack that is already running (e.g. {@code ./run}, or one on other ports):
 * {@code CSE_BROWSER_WEB_URL=http://localhost:8080 CSE_BROWSER_COMMAND_URL=http://localhost:8081
 * ./mvnw -pl local-stack verify -Dtest=RunningStackBrowserTest}. Skipped, saying so, without those variables.
 */
class RunningStackBrowserTest {

    @Test
    void the_journeys_pass_against_the_running_stack() throws Exception {
        String web = System.getenv("CSE_BROWSER_WEB_URL");
        String commands = System.getenv("CSE_BROWSER_COMMAND_URL");
        assumeTrue(web != null && commands != null,
                "skipped: set CSE_BROWSER_WEB_URL and CSE_BROWSER_COMMAND_URL to run against a running stack");
        assumeTrue(Browser.available(), "skipped: no " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER);
        var journeys = new WebJourneys();
        journeys.run(web, commands);
        journeys.assertAccessible();
    }
}
