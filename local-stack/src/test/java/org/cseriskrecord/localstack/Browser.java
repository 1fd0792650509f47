package org.cseriskrecord.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Headless Chromium from Debian ({@code chromium} and {@code chromium-driver}; .ci/run installs them), driven by
 * Selenium without Selenium Manager (both binaries are given, nothing is downloaded). Checks pages with axe-core
 * (vendored {@code axe.min.js}, npm package axe-core 4.x) and saves screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CSE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CSE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> SERIOUS = List.of("serious", "critical");
    private static final Duration ARRIVAL = Duration.ofSeconds(10);

    final WebDriver driver;
    private final boolean javaScript;
    private final String axe;
    private final List<String> checkedPages = new ArrayList<>();

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(boolean javaScript) {
        this.javaScript = javaScript;
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,900", "--lang=en-GB");
        if (!javaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean javaScript() {
        return javaScript;
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * The element, waiting up to {@link #ARRIVAL} for it: on a loaded machine the page a click asked for may still be
     * arriving ({@link #all} does not wait: it is how the journeys check that something is absent).
     */
    WebElement find(String css) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, ARRIVAL)
                .until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        // Just after a click that submits a form, the element found may belong to the page being replaced (seen on a
        // loaded machine): read it again from the page that arrived.
        for (int attempt = 1; ; attempt++) {
            try {
                return find(css).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    void type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /**
     * Clicks a link or button that loads another page, and waits until the old page has gone: pages share elements
     * (the header, the assessment's summary panel), so reading one before the next page has loaded would read the old.
     */
    void clickAndLoad(String css) {
        WebElement page = find("html");
        find(css).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    /**
     * Runs axe-core on the current page (WCAG 2.0/2.1/2.2 A and AA rules) and returns the serious and critical
     * violations as "rule: description (targets)". Works with the page's own scripts disabled too: the driver
     * evaluates axe outside the page's content security policy.
     */
    List<String> seriousViolations() {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('ERROR ' + e));""");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + json);
        }
        checkedPages.add(driver.getCurrentUrl());
        List<String> found = new ArrayList<>();
        try {
            for (JsonNode v : new ObjectMapper().readTree(json)) {
                if (SERIOUS.contains(v.path("impact").asText())) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    found.add(v.path("id").asText() + ": " + v.path("help").asText() + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    List<String> checkedPages() {
        return List.copyOf(checkedPages);
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve((javaScript ? "" : "nojs-") + name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
