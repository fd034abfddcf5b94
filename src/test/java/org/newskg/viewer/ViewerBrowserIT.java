package org.newskg.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The viewer page of a small graph, opened from a file in headless chromium and used as a reader would. */
class ViewerBrowserIT {
    static final Path OUT = Path.of("target", "viewer-it");
    private static final String ANA = "http://localhost:3030/newskg/id/person/ana-costa";
    private static final String HOSTILE = "http://localhost:3030/newskg/id/person/a1-hostile";
    private static final Pattern WEB_URL = Pattern.compile("https?://", Pattern.CASE_INSENSITIVE);

    private static HeadlessChromium chromium;
    private static Path page;
    private static String html;

    @BeforeAll
    static void openPage() throws IOException {
        HeadlessChromium.assumeInstalled();
        html = ViewerPage.create().title("Seed <graph> & co").graphJson(fixture()).build().render();
        page = OUT.resolve("graph.html").toAbsolutePath();
        Files.createDirectories(OUT);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        chromium = HeadlessChromium.start(1400, 900);
        chromium.performanceEntries();  // what chromium did before the page was opened
        chromium.driver.get(page.toUri().toString());
        chromium.awaitViewer(Duration.ofSeconds(30));
        chromium.screenshot(OUT.resolve("graph.png"));
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static String fixture() throws IOException {
        try (InputStream in = ViewerBrowserIT.class.getResourceAsStream("graph.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void drawsEveryNodeAndEdge() {
        assertThat(chromium.js("return cy.nodes(':visible').length;")).isEqualTo(8L);
        assertThat(chromium.js("return cy.edges(':visible').length;")).isEqualTo(7L);
        assertThat(chromium.driver.findElement(By.id("graph-status")).getText()).isEqualTo("8 nodes, 7 edges");
        assertThat(chromium.driver.getTitle()).isEqualTo("Seed <graph> & co");
        assertThat(chromium.driver.findElement(By.id("legend")).getText()).contains("Person", "Organization",
                "Place", "Event");
    }

    @Test
    void clickingANodeShowsItsFactsQuotationsAndRelations() {
        click(ANA);
        WebElement panel = chromium.driver.findElement(By.id("panel"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("Ana Costa");
        assertThat(panel.findElement(By.id("panel-facts")).getText()).contains("role", "director of Harbor Trust",
                "nationality", "Peruvian");
        assertThat(panel.getText()).contains("We will not back down.",
                "Sentence: \"We will not back down,\" Costa said on Monday.", "leads →", "Harbor Trust",
                "director, current");
        assertThat(panel.findElements(By.linkText("Resource page"))).as("no page links without --base").isEmpty();
    }

    @Test
    void clickingAnEdgeInThePanelShowsItsEvidence() {
        click(ANA);
        chromium.driver.findElement(By.xpath("//aside[@id='panel']//button[text()='leads →']")).click();
        String panel = chromium.driver.findElement(By.id("panel")).getText();
        assertThat(panel).contains("leads", "Ana Costa → Harbor Trust", "current", "director", "0.9",
                "Harbor Trust director Ana Costa said.");
    }

    @Test
    void aHostileLabelIsShownAsTextAndRunsNothing() {
        click(HOSTILE);
        WebElement panel = chromium.driver.findElement(By.id("panel"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(panel.getText()).contains("<img src=x onerror=alert(2)>", "</script><script>alert(4)</script>",
                "<b>bold</b> &", "<u>visited</u>");
        assertThat(panel.findElements(By.tagName("img"))).isEmpty();
        assertThat(panel.findElements(By.tagName("b"))).isEmpty();
        assertThat(panel.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(chromium.js("return document.scripts.length;")).isEqualTo(7L);
        assertThat(alertShown()).isFalse();
    }

    @Test
    void searchHighlightsTheMatchesAndEnterOpensASingleOne() {
        WebElement search = chromium.driver.findElement(By.id("search"));
        search.clear();
        search.sendKeys("costa");
        new WebDriverWait(chromium.driver, Duration.ofSeconds(5)).until(d -> "2 matches".equals(
                d.findElement(By.id("search-status")).getText()));
        assertThat(chromium.js("return cy.nodes('.match').map(n => n.data('label')).sort();"))
                .isEqualTo(List.of("Ana Costa", "Luis Costa"));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "the trust", Keys.ENTER);
        assertThat(chromium.driver.findElement(By.id("search-status")).getText()).isEqualTo("1 match");
        assertThat(chromium.driver.findElement(By.cssSelector("#panel h2")).getText()).isEqualTo("Harbor Trust");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.ENTER);
        assertThat(chromium.js("return cy.elements('.match, .faded').length;")).isEqualTo(0L);
    }

    @Test
    void filtersHideTypesAndStatuses() {
        WebElement person = chromium.driver.findElement(By.cssSelector("#filter-types input[value='Person']"));
        WebElement alleged = chromium.driver.findElement(By.cssSelector("#filter-status input[value='alleged']"));
        person.click();
        assertThat(chromium.js("return cy.nodes(':visible').length;")).isEqualTo(5L);
        person.click();
        alleged.click();
        assertThat(chromium.js("return cy.edges(':visible').map(e => e.id()).sort();"))
                .isEqualTo(List.of("e1", "e3", "e4", "e5", "e6", "e7"));
        alleged.click();
        assertThat(chromium.js("return cy.elements(':visible').length;")).isEqualTo(15L);
    }

    @Test
    void anAddressEndingInANodeOpensWithItSelected() {
        chromium.driver.get("about:blank");
        chromium.driver.get(page.toUri() + "#node=" + URLEncoder.encode(ANA, StandardCharsets.UTF_8));
        chromium.awaitViewer(Duration.ofSeconds(30));

        assertThat(chromium.driver.findElement(By.cssSelector("#panel h2")).getText()).isEqualTo("Ana Costa");
        assertThat(chromium.js("return cy.$(':selected').map(n => n.id());")).isEqualTo(List.of(ANA));
    }

    @Test
    void withPageLinksANodeLinksToItsResourcePageButNeverToScript() throws IOException {
        Path linked = OUT.resolve("linked.html").toAbsolutePath();
        Files.writeString(linked, ViewerPage.create().graphJson(fixture()).pageLinks(true).build().render());
        chromium.driver.get(linked.toUri().toString());
        chromium.awaitViewer(Duration.ofSeconds(30));

        click(ANA);
        assertThat(chromium.driver.findElement(By.linkText("Resource page")).getAttribute("href")).isEqualTo(ANA);
        click(HOSTILE);
        assertThat(chromium.driver.findElements(By.cssSelector("#panel a"))).extracting(a -> a.getAttribute("href"))
                .containsExactly(HOSTILE);
        chromium.driver.get(page.toUri().toString());
        chromium.awaitViewer(Duration.ofSeconds(30));
    }

    @Test
    void loadsNothingFromTheNetworkAndLogsNoError() {
        assertThat(chromium.js("return performance.getEntriesByType('resource').length;")).isEqualTo(0L);
        List<String> requests = chromium.performanceEntries().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("\"Network.requestWillBeSent\"")).map(ViewerBrowserIT::requestUrl)
                .filter(url -> !url.startsWith("file:") && !url.startsWith("chrome:"))
                .filter(url -> !url.startsWith("chrome-untrusted:") && !url.startsWith("data:")).toList();
        assertThat(requests).isEmpty();
        assertThat(chromium.consoleEntries()).filteredOn(e -> e.getLevel().intValue() >= 900).isEmpty();
        Document own = Jsoup.parse(html);
        own.select("script[data-library], script#newskg-graph").remove();
        assertThat(WEB_URL.matcher(own.outerHtml()).find())
                .as("URLs outside the libraries' license comments and the graph's IRIs").isFalse();
        assertThat(own.select("[src], [href], link")).isEmpty();
        assertThat(html).doesNotContain("src=\"http", "href=\"http", "url(http");
    }

    private static String requestUrl(String message) {
        Matcher url = Pattern.compile("\"url\":\"([^\"]*)\"").matcher(message);
        return url.find() ? url.group(1) : message;
    }

    static void click(String nodeId) {
        click(chromium, nodeId);
    }

    /** A real mouse click at the node's rendered position, once the node is in the middle of the view. */
    static void click(HeadlessChromium chromium, String nodeId) {
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) chromium.js(
                "const node = cy.getElementById(arguments[0]); cy.center(node);"
                        + "const p = node.renderedPosition();"
                        + "return {x: p.x - cy.width() / 2, y: p.y - cy.height() / 2};", nodeId);
        WebElement canvas = chromium.driver.findElement(By.id("cy"));
        new Actions(chromium.driver).moveToElement(canvas, at.get("x").intValue(), at.get("y").intValue()).click()
                .perform();
    }

    private static boolean alertShown() {
        try {
            chromium.driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }
}
