package org.newskg.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link QuoteFinder} on plain text: which marks open and close a quotation, and where it runs. */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void straightDoubleQuotes() {
        String body = "\"We will win the next one,\" Ruiz said.";
        assertThat(texts(body)).containsExactly("We will win the next one,");
        assertThat(outer(body, 0)).isEqualTo("\"We will win the next one,\"");
    }

    @Test
    void curlyDoubleQuotesKeepANestedSingleQuote() {
        String body = "Wren said: \u201CThey told me \u2018never again\u2019 and I believed them.\u201D";
        assertThat(texts(body)).containsExactly("They told me \u2018never again\u2019 and I believed them.");
    }

    @Test
    void guillemets() {
        String body = "Lambert said: \u00AB We will not accept any cut to our pensions. \u00BB";
        assertThat(texts(body)).containsExactly("We will not accept any cut to our pensions.");
    }

    @Test
    void curlySingleQuotesSkipApostrophesFollowedByALetter() {
        String body = "\u2018We can\u2019t keep working like this,\u2019 said Whitley.";
        assertThat(texts(body)).containsExactly("We can\u2019t keep working like this,");
    }

    @Test
    void straightApostropheIsNoQuoteMark() {
        assertThat(finder.find("St Aldhelm's Hospital and the so-called 'experts' agreed.")).isEmpty();
    }

    @Test
    void quotationLeftOpenContinuesIntoAParagraphThatOpensWithAQuoteMark() {
        String body = "Brandt said: \"The square is a car park.\n\n\"There will be trees.\"\n\nShops fear the change.";
        List<QuoteSpan> quotes = finder.find(body);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text(body)).isEqualTo("The square is a car park.\n\nThere will be trees.");
            assertThat(q.outer().of(body)).startsWith("\"The square").endsWith("trees.\"");
            assertThat(q.standalone()).isFalse();
        });
    }

    @Test
    void quotationLeftOpenEndsWithItsParagraphWhenTheNextDoesNotOpenWithAQuoteMark() {
        String body = "Brandt said: \"The square is a car park.\n\nShops fear the change.";
        assertThat(texts(body)).containsExactly("The square is a car park.");
    }

    @Test
    void quotationOpeningItsParagraphIsStandalone() {
        String body = "Delgado spoke first.\n\n\"We have listened to the scientists.\"";
        assertThat(finder.find(body)).singleElement().satisfies(q -> assertThat(q.standalone()).isTrue());
    }

    @Test
    void splitQuotationIsTwoSpans() {
        String body = "\"The budget is balanced,\" she said, \"and it will stay so.\"";
        assertThat(texts(body)).containsExactly("The budget is balanced,", "and it will stay so.");
    }

    @Test
    void containsOnlyTheQuotedWords() {
        String body = "\"We won,\" Ruiz said.";
        QuoteSpan quote = finder.find(body).get(0);
        assertThat(quote.contains(0)).as("opening mark").isFalse();
        assertThat(quote.contains(1)).as("first quoted letter").isTrue();
        assertThat(quote.contains(body.indexOf("Ruiz"))).isFalse();
    }

    private List<String> texts(String body) {
        return finder.find(body).stream().map(q -> q.text(body)).toList();
    }

    private String outer(String body, int index) {
        return finder.find(body).get(index).outer().of(body);
    }
}
