package org.newskg.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newskg.export.ExportFixtures;
import org.newskg.serve.SparqlServer;

/** {@code serve}'s /graph in headless chromium: the subgraph around a focus, and a node's neighbourhood link. */
class ServedViewerIT {
    @TempDir
    static Path dir;
    private static Path db;
    private static SparqlServer server;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        db = ExportFixtures.storeDatabase(dir.resolve("db"));
        server = SparqlServer.create().database(db).port(0).build().start();
        chromium = HeadlessChromium.start(1400, 900);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
        }
    }

    @Test
    void showsTheFocusNeighbourhoodAndFollowsANodeToItsOwn() {
        open("?focus=" + URLEncoder.encode("Ovidio Guzmán", StandardCharsets.UTF_8) + "&depth=1");
        assertThat(chromium.driver.getTitle()).isEqualTo("newskg: Ovidio Guzmán (depth 1)");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) chromium.js("return cy.nodes(':visible').map(n => n.data('label'));");
        assertThat(labels).contains("Ovidio Guzmán", "Joaquín Guzmán").doesNotContain("Donald Trump");

        String joaquin = ExportFixtures.JOAQUIN.replace("http://localhost:3030/", "http://localhost:" + server.port()
                + "/");
        ViewerBrowserIT.click(chromium, joaquin);
        assertThat(chromium.driver.findElement(By.cssSelector("#panel h2")).getText()).isEqualTo("Joaquín Guzmán");
        chromium.driver.findElement(By.id("neighbourhood")).click();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("joaquin"));
        chromium.awaitViewer(Duration.ofSeconds(30));
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/graph?focus="
                + URLEncoder.encode(joaquin, StandardCharsets.UTF_8) + "&depth=1");
        assertThat(chromium.driver.getTitle()).isEqualTo("newskg: Joaquín Guzmán (depth 1)");
        assertThat(chromium.js("return cy.getElementById(arguments[0]).length;", joaquin))
                .isEqualTo(1L);
        chromium.screenshot(ViewerBrowserIT.OUT.resolve("served-graph.png"));
        assertThat(chromium.consoleEntries()).filteredOn(e -> e.getLevel().intValue() >= 900).isEmpty();
    }

    private static void open(String query) {
        chromium.driver.get(server.viewerUrl() + query);
        chromium.awaitViewer(Duration.ofSeconds(30));
    }
}
