package dev.standpoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser: Debian's headless Chromium driven through Selenium, one session for the whole
 * class. Skips when Chromium or its driver is not installed. A failing test leaves a screenshot in
 * {@code target/screenshots}; a few pages are saved there on success too, at desktop and phone widths.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String ARCTIC =
            "How do experts assess Russia's reliability as a partner for Arctic shipping on the Northern Sea Route?";

    private static ChromeDriver driver;
    private static String base;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            shot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "headless Chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver)");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--hide-scrollbars");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        base = Fixture.shared().base;
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    @Order(1)
    void askAndReadTheVerdict() {
        open("#/ask");
        WebElement box = waitFor(By.id("question"));
        assertThat(driver.findElement(By.cssSelector("label[for=question]")).getText()).isNotBlank();
        box.sendKeys(ARCTIC, Keys.ENTER);
        WebElement verdict = waitFor(By.cssSelector(".verdict-label"));
        assertThat(verdict.getText()).isEqualToIgnoringCase("negative");
        String bar = driver.findElement(By.cssSelector(".vbar")).getAttribute("aria-label");
        assertThat(bar).contains("negative").contains("assessment");
        assertThat(driver.findElements(By.cssSelector(".points > li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".sources > li"))).isNotEmpty();
        noHorizontalScroll();
        shot("ask-desktop");
    }

    @Test
    @Order(2)
    void aCitationOpensTheDocumentAtItsHighlightedSentence() {
        open("#/ask?q=" + enc(ARCTIC));
        WebElement cite = waitFor(By.cssSelector(".sources > li a.cite"));
        String quoted = driver.findElement(By.cssSelector(".sources > li p:not(.context) .q-text")).getText();
        cite.click();
        WebElement target = waitFor(By.cssSelector(".doc-body .target"));
        assertThat("“" + target.getText().replaceAll("\\s+", " ") + "”").isEqualTo(quoted);
        assertThat(js("return document.activeElement && document.activeElement.id")).isEqualTo(target.getAttribute("id"));
        WebElement tip = driver.findElement(By.id(target.getAttribute("aria-describedby")));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("Holder");
        shot("document-desktop");
    }

    @Test
    @Order(3)
    void compareShowsGroupsSideBySide() {
        open("#/compare?by=holder&q=" + enc(
                "How do officials assess the prospects of reviving a Black Sea grain deal that includes Russia?"));
        waitFor(By.cssSelector(".group"));
        List<WebElement> groups = driver.findElements(By.cssSelector(".group"));
        assertThat(groups).isNotEmpty();
        for (WebElement g : groups) {
            assertThat(g.findElement(By.tagName("h3")).getText()).isNotBlank();
            assertThat(g.findElement(By.cssSelector(".vbar")).getAttribute("aria-label")).contains("verdict");
        }
        shot("compare-desktop");
    }

    @Test
    @Order(4)
    void resolveAForecast() {
        open("#/forecasts?status=open");
        WebElement first = waitFor(By.cssSelector(".forecast-item"));
        first.findElement(By.cssSelector("input.note")).sendKeys("checked in the test");
        first.findElement(By.cssSelector("button[data-outcome=false]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElement(
                first.findElement(By.cssSelector(".resolution")), "did not come true"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".big-number")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".big-number")).getText()).matches("0\\.\\d{3}|1\\.000");
        shot("forecasts-desktop");
    }

    @Test
    @Order(5)
    void uploadAFileAndSeeItsResult() {
        open("#/ingest");
        WebElement input = waitFor(By.id("files"));
        input.sendKeys(fixture("upload-note.txt").toString());
        driver.findElement(By.cssSelector("form.ingest-form button[type=submit]")).click();
        WebElement row = new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".upload.ok, .upload.failed")));
        assertThat(row.getText()).contains("upload-note.txt").containsAnyOf("added", "already in the index");
        row.findElement(By.tagName("a")).click();
        assertThat(waitFor(By.cssSelector(".doc-head h1")).getText()).isEqualTo("Upload note: Iceland and Norway");
    }

    @Test
    @Order(6)
    void aHostileDocumentNeverRunsScript() {
        open("#/ingest");
        WebElement input = waitFor(By.id("files"));
        input.sendKeys(fixture("hostile-page.html") + "\n" + fixture("hostile-notes.md"));
        driver.findElement(By.cssSelector("form.ingest-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector(".upload.ok, .upload.failed")).size() >= 2);
        for (WebElement link : driver.findElements(By.cssSelector(".upload a"))) {
            assertThat(link.getText()).doesNotContain("pwned-never-shown");
        }
        List<String> docs = driver.findElements(By.cssSelector(".upload a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(docs).hasSize(2);
        for (String href : docs) {
            driver.get(href);
            waitFor(By.cssSelector(".doc-body"));
            assertThat(driver.findElements(By.cssSelector(".doc-body img, .doc-body script, .doc-body svg, .doc-head img"))).isEmpty();
            for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
                assertThat(a.getAttribute("href")).doesNotStartWith("javascript:");
            }
        }
        assertThat(driver.findElement(By.cssSelector(".doc-body")).getText() + driver.findElement(By.cssSelector(".doc-head")).getText())
                .contains("onerror");
        open("#/ask?q=" + enc("How do experts assess Iceland's fishing diplomacy?"));
        waitFor(By.cssSelector(".verdict-label"));
        open("#/documents");
        waitFor(By.cssSelector("table.list"));
        assertThat(js("return window.__pwned === undefined ? 'clean' : String(window.__pwned)")).isEqualTo("clean");
        assertThat(driver.getTitle()).isNotEqualTo("pwned");
        shot("hostile-documents-list");
    }

    @Test
    @Order(7)
    void phoneWidthReadsWithoutSidewaysScrolling() {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("#/ask?q=" + enc(ARCTIC));
        waitFor(By.cssSelector(".verdict-label"));
        noHorizontalScroll();
        shot("ask-phone");
        driver.findElement(By.cssSelector(".sources > li a.cite")).click();
        waitFor(By.cssSelector(".doc-body .target"));
        noHorizontalScroll();
        shot("document-phone");
        open("#/entity/RUS");
        waitFor(By.cssSelector("svg.chart"));
        noHorizontalScroll();
        shot("entity-phone");
    }

    @Test
    @Order(8)
    void entityPageChartsPolarityOverTime() {
        open("#/entity/RUS");
        WebElement chart = waitFor(By.cssSelector("svg.chart"));
        assertThat(chart.getAttribute("aria-label")).contains("Russia");
        assertThat(driver.findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".hits > li"))).isNotEmpty();
        shot("entity-desktop");
    }

    private static void open(String hash) {
        driver.get(base + "/" + hash);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            Object ready = ((JavascriptExecutor) d).executeScript("return document.getElementById('view').dataset.ready");
            return ready != null;
        });
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void noHorizontalScroll() {
        Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("page wider than the window").isLessThanOrEqualTo(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Path fixture(String name) {
        return Path.of("src", "test", "resources", "fixtures", name).toAbsolutePath();
    }

    private static void shot(String name) {
        if (driver == null) {
            return;
        }
        try {
            Files.createDirectories(SHOTS);
            Path png = Optional.ofNullable(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE)).orElseThrow().toPath();
            Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
