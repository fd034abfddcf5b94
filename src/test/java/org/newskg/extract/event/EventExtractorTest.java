package org.newskg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Event;
import org.newskg.extract.Participant;
import org.newskg.extract.Quotation;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.extract.quote.QuoteExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;

/**
 * Event types and date forms on short invented texts published on Thursday 2021-03-11, parsed once by CoreNLP and
 * recorded under {@code events/}. An event is written "type | date | label | place | participants".
 */
class EventExtractorTest {

    @Test
    void eachDateFormIsResolvedAgainstThePublicationDate() {
        assertThat(extract("event-dates")).containsExactly(
                "Arrest | 2021-03-08~ | arrested Marco Ruiz | place/valdoria"
                        + " | agent:organization/police, patient:person/marco-ruiz",
                "Killing | 2021-02~ | killed nine fishermen | place/valdoria | agent:storm, victim:fishermenx9",
                "Launch | 2006-12 | began | - | agent:war",
                "Launch | 2019~ | opened a plant | place/osterby | agent:company, patient:plant",
                "Occurrence | 2021-03-15~ | appear in court | - | agent:person/marco-ruiz",
                "Visit | 2021-04-02~ | visit Osterby | - | agent:minister, patient:Osterby",
                "Publication | 2021-03-11 | published | - | ");
    }

    @Test
    void eachEventTypeOnItsTrigger() {
        assertThat(extract("event-types")).containsExactly(
                "Attack | 2021-03-05~ | attacked the base | - | agent:Rebels, victim:base",
                "Sentencing | 2021-03-09~ | sentenced Ana Costa | - | agent:court, patient:person/ana-costa",
                "Resignation | 2021-03-10~ | resigned | - | agent:person/ana-costa",
                "Appointment | 2021-03-10~ | appointed Li Wei | - | agent:board, patient:person/li-wei",
                "Election | 2021-03-07~ | elected Tomas Berg | - | agent:Voters, patient:person/tomas-berg",
                "Acquisition | 2019 | acquired Nordwerk | - | agent:organization/halden-bank, patient:Nordwerk",
                "Agreement | 2018 | signed an agreement | place/osterby | agent:leadersx2, patient:agreement",
                "Deployment | 2021-03-01~ | deployed troops | - | agent:person/omar-haddad, patient:troops",
                "Protest | 2021-03-06~ | protested in Osterby | place/osterby | agent:Thousands",
                "Death | 2015 | died | - | patient:founder",
                "Meeting | 2021-03-09~ | met union leaders | - | agent:person/eva-lind, patient:union leaders",
                "Post | 2021-03-09~ | tweeted | - | speaker:person/tomas-berg",
                "Interview | 2021-03-10~ | told Radio Nord | -"
                        + " | speaker:person/tomas-berg, patient:organization/radio-nord",
                "Launch | 2012 | launched its phone | - | agent:organization/halden-bank, patient:phone",
                "Publication | 2021-03-11 | published | - | ");
    }

    @Test
    void undatedPerfectNewsAndAClauseOfAnotherClauseEndOfMonthLightVerbsAndVagueTimes() {
        assertThat(extract("event-rules")).containsExactly(
                "Statement | 2021-03-07~ | said | - | speaker:Officials",
                "Resignation | 2021-03-31~ | step down | - | ",
                "Meeting | 2019 | meetings | - | ",
                "Visit | 2021-03-15~ | visit Osterby | - | agent:mayor, patient:Osterby",
                "Publication | 2021-03-11 | published | - | ");
    }

    @Test
    void betweenTwoYearsIsOneRangeAndADatelineCityIsNoParticipant() {
        List<Event> events = events("event-range");
        assertThat(events.stream().map(EventExtractorTest::show)).containsExactly(
                "Sentencing | 2021-03-09~ | fined | - | patient:person/halden-bank",
                "Occurrence | 2017 | stop money laundering | - | patient:money laundering",
                "Publication | 2021-03-11 | published | - | ");
        Event laundering = events.get(1);
        assertThat(laundering.date().orElseThrow().end()).contains("2020");
        assertThat(events.stream().flatMap(e -> e.participants().stream())).noneMatch(p -> p.description()
                .filter(d -> d.contains("OSTERBY")).isPresent() || p.entityKey().filter(k -> k.contains("osterby"))
                .isPresent());
    }

    @Test
    void aQuotationsSpeechActIsTheDatedEventOfItsSentence() {
        List<Event> events = events("event-types");
        Event interview = events.stream().filter(e -> e.type().equals("Interview")).findFirst().orElseThrow();
        assertThat(interview.quotationIndex()).contains(0);
        assertThat(interview.evidence().extractor()).isEqualTo("verb-listed");
        assertThat(events.stream().filter(e -> e.quotationIndex().isPresent())).hasSize(1);
    }

    @Test
    void aWeekIsARangeAndOnlyTheWrittenYearIsNotInferred() {
        Event deployment = events("event-types").stream().filter(e -> e.type().equals("Deployment")).findFirst()
                .orElseThrow();
        assertThat(deployment.date().orElseThrow().end()).contains("2021-03-07");
        Event launch = events("event-dates").stream().filter(e -> e.label().equals("began")).findFirst().orElseThrow();
        assertThat(launch.date().orElseThrow().inferred()).isFalse();
        assertThat(launch.date().orElseThrow().precision()).isEqualTo(org.newskg.extract.EventDate.Precision.MONTH);
    }

    static List<String> extract(String fixture) {
        return events(fixture).stream().map(EventExtractorTest::show).toList();
    }

    static List<Event> events(String fixture) {
        AnnotatedArticle article = AnnotatedArticleJson.read(fixture(fixture));
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        EntityIndex index = EntityIndex.of(entities);
        List<Quotation> quotations = new QuoteExtractor().extract(article, index);
        return new EventExtractor().extract(article, index, quotations);
    }

    static String show(Event e) {
        return String.join(" | ", e.type(), e.date().map(d -> d.value() + (d.inferred() ? "~" : "")).orElse("-"),
                e.label(), e.placeKey().orElse("-"), e.participants().stream().map(EventExtractorTest::show)
                        .collect(Collectors.joining(", ")));
    }

    static String show(Participant p) {
        return p.role().localName() + ":" + p.entityKey().or(p::description).orElse("?")
                + p.count().map(c -> "x" + c).orElse("");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(EventExtractorTest.class.getResource("/events/" + name + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
