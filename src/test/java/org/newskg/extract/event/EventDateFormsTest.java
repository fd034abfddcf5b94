package org.newskg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.extract.event.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;

/**
 * The date forms of issue 16 and the rules of {@code events.rules} that tie them to their events, on invented texts
 * published on Thursday 2021-03-11, parsed once by CoreNLP and recorded under {@code events/}. An event is written
 * "type | date (~ when inferred, ..end of a range) | label [rule]".
 */
class EventDateFormsTest {

    @Test
    void relativeDatesRangesDecadesAndTwoDatedEventsInOneSentence() {
        assertThat(extract("event-forms")).containsExactly(
                "Election | 2008 | elected mayor of Osterby [verb-listed]",
                "Resignation | 2021-03-08~ | fired Tomas Berg [verb-listed]",
                "Attack | 2021-03-01~..2021-03-07 | attacked the border post [verb-listed]",
                "Arrest | 2021-03-02~ | arrested Marco Ruiz [verb-listed]",
                "Trial | 2021-03-09~ | charged him [verb-listed]",
                "Occurrence | 1977..1980 | served in parliament [verb-other]",
                "Launch | 1970..1979 | opened its first factory [verb-listed]",
                "Acquisition | 2019~ | acquired Nordwerk [verb-listed]",
                "Protest | 2021-03-01~ | strike [noun-date-attached]",
                "Agreement | 2021-03-01~ | signed a deal [verb-listed]",
                "Arrest | 2015 | arrested [verb-listed]",
                "Trial | 2017 | convicted [verb-listed]",
                "Publication | 2021-03-11 | published [newskg-event-publication]");
    }

    @Test
    void eventNounsDatedByTheirModifiersAndBirthsDeathsAndFoundings() {
        assertThat(extract("event-nominal")).containsExactly(
                "Protest | 2016 | strike [noun-date-modifier]",
                "Vote | 2021-03-09~ | vote [noun-date-possessive]",
                "Election | 2019 | election [noun-date-attached]",
                "Resignation | 2021-03-05~ | resignation [noun-date-attached]",
                "Acquisition | 2012 | merger [noun-date-attached]",
                "Birth | 1950 | born [born-bracketed]",
                "Death | 2021-03-07~ | died [verb-listed]",
                "Founding | 1968 | founded the company [verb-listed]",
                "Founding | 2008 | founded [verb-listed]",
                "Publication | 2021-03-11 | published [newskg-event-publication]");
    }

    /**
     * "that night" and "for decades" date nothing, "said on Monday that the factory had closed" dates the saying
     * only, an undated resignation is not given the publication date, and each of two dates in a sentence dates its
     * own verb.
     */
    @Test
    void vagueTimesDurationsAndADateOfAnotherClauseDateNothingElse() {
        assertThat(extract("event-negatives")).containsExactly(
                "Statement | 2021-03-08~ | said [verb-listed]",
                "Arrest | 2015 | arrested [verb-listed]",
                "Trial | 2021-03-09~ | denied the charges [verb-other]",
                "Publication | 2021-03-11 | published [newskg-event-publication]");
    }

    /**
     * An as-clause shares its verb's date, a light verb hands it to its object, a date on a noun phrase dates the
     * verb it belongs to, "later in the year" dates through its adverb, a negated verb makes no event, a decade is a
     * range even when SUTime calls it a SET, a past passive lands before publication ("was appointed on Saturday"),
     * "a decade earlier" counts from the year before it, and a date inside a title dates nothing.
     */
    @Test
    void simultaneousClausesLightVerbsNounPhrasesDecadesAndTitles() {
        assertThat(extract("event-more")).containsExactly(
                "Statement | 2021-03-07~ | spoke [verb-listed]",
                "Death | 2021-03-07~ | buried their dead [simultaneous-clause]",
                "Meeting | 2021-03-08~ | talks [light-verb-object]",
                "Death | 2003 | died of complications [noun-phrase-verb]",
                "Birth | 1950 | born [born-in]",
                "Visit | 2021~ | visit the plant [verb-adverb-dated]",
                "Birth | 1960..1969 | born [born-in]",
                "Appointment | 2021-03-06~ | appointed director [verb-listed]",
                "Release | 1977 | released its first record [verb-listed]",
                "Launch | 1967~ | started [verb-listed]",
                "Release | 1984 | film [noun-date-modifier]",
                "Publication | 2021-03-11 | published [newskg-event-publication]");
    }

    @Test
    void aRelativeDateInsideAQuotationDatesNothingAWrittenOneDoes() {
        assertThat(extract("event-quoted")).filteredOn(e -> !e.startsWith("Publication")).containsExactly(
                "Statement | 2021-03-09~ | said at a ceremony [verb-listed]",
                "Launch | 2015 | opened our first plant [verb-listed]",
                "Statement | - | say [newskg-event-speech]");
    }

    /** "was made chairman in 2012" is an appointment; "made a fortune in 2010" is no event at all. */
    @Test
    void madeARoleIsAnAppointmentAndALightVerbAloneNoEvent() {
        assertThat(extract("event-made")).filteredOn(e -> !e.startsWith("Publication")).containsExactly(
                "Appointment | 2012 | chairman of Nordwerk [made-role]");
    }

    @Test
    void aWeekLaterAndTheSameDayCountFromTheDateGivenBeforeAndNothingWithoutOne() {
        assertThat(EventDates.of("2021-03-18", "A week later", java.util.Optional.empty(), EventDates.Tense.PAST,
                java.util.Optional.empty())).isEmpty();
        assertThat(EventDates.of("2021-03-11", "the same day", java.util.Optional.empty(), EventDates.Tense.PAST,
                java.util.Optional.empty())).isEmpty();
    }

    static List<String> extract(String fixture) {
        return events(fixture).stream().map(EventDateFormsTest::show).toList();
    }

    static String show(Event e) {
        return String.join(" | ", e.type(), e.date().map(d -> d.value() + (d.inferred() ? "~" : "")
                + d.end().map(end -> ".." + end).orElse("")).orElse("-"), e.label())
                + " [" + e.evidence().extractor() + "]";
    }
}
