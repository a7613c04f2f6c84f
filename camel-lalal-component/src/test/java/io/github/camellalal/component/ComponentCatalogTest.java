package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.TonalityReference;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.impl.DefaultRuntimeCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated component JSON (what Camel's catalog, tooling and route validators read) lists exactly the values
 * the Java enums accept, for every option and header with a fixed set of values, and Camel's own catalog accepts
 * every operation in a URI.
 */
class ComponentCatalogTest {

    private static final String JSON = "META-INF/io/github/camellalal/component/lalal.json";

    /** Enums of Camel's own options (consumer and scheduler), not the component's to keep. */
    private static final Set<String> CAMELS_OWN = Set.of("exchangePattern", "runLoggingLevel", "timeUnit");

    private static JsonNode json;
    private static CamelContext context;
    private static DefaultRuntimeCamelCatalog catalog;

    /**
     * An option or header with a fixed set of values, and the values its Java enum accepts as users write them. One
     * row per option or header; the name is looked up as a component option, an endpoint option and a header.
     */
    record FixedSet(String name, List<String> values) {
        @Override
        public String toString() {
            return name;
        }
    }

    static <E extends Enum<E>> FixedSet fixed(String name, E[] constants, Function<E, String> wireValue) {
        return new FixedSet(name, Arrays.stream(constants).map(wireValue).toList());
    }

    static Stream<FixedSet> fixedSets() {
        return Stream.of(
                fixed("operation", LalalOperation.values(), Enum::name),
                fixed(LalalConstants.OPERATION, producerOperations(), Enum::name),
                fixed("apiVersion", LalalApiVersion.values(), Enum::name),
                fixed("stem", Stem.values(), Stem::id),
                fixed(LalalConstants.STEM, Stem.values(), Stem::id),
                fixed("splitter", Splitter.values(), Splitter::id),
                fixed(LalalConstants.SPLITTER, Splitter.values(), Splitter::id),
                fixed("splitType", SplitType.values(), SplitType::id),
                fixed("encoderFormat", LalalEncoderFormat.values(), Enum::name),
                fixed("extractionLevel", LalalExtractionLevel.values(), Enum::name),
                fixed("tonalityReference", TonalityReference.values(), TonalityReference::id),
                fixed("track", LalalTrack.values(), Enum::name),
                fixed(LalalConstants.TRACK, LalalTrack.values(), Enum::name),
                new FixedSet(LalalConstants.TASK_STATE, withExpired()),
                new FixedSet(LalalConstants.PREVIOUS_TASK_STATE, withExpired()),
                new FixedSet("noiseCancellingLevel", List.of("0", "1", "2")),
                new FixedSet(LalalConstants.RESULT_KIND, List.of("split", "player", "preview")));
    }

    /** The operations a producer performs: all but tasks, the consumer. */
    private static LalalOperation[] producerOperations() {
        return Arrays.stream(LalalOperation.values()).filter(op -> op != LalalOperation.tasks)
                .toArray(LalalOperation[]::new);
    }

    /** The task states, and expired, which the tasks consumer reports for a file the service forgot. */
    private static List<String> withExpired() {
        List<String> states = new ArrayList<>(Arrays.stream(TaskState.values()).map(TaskState::id).toList());
        states.add("expired");
        return states;
    }

    @BeforeAll
    static void readJsonAndStartCatalog() throws Exception {
        try (InputStream in = ComponentCatalogTest.class.getClassLoader().getResourceAsStream(JSON)) {
            json = new ObjectMapper().readTree(in);
        }
        context = new DefaultCamelContext();
        context.start();
        catalog = new DefaultRuntimeCamelCatalog();
        catalog.setCamelContext(context);
        catalog.start();
    }

    @AfterAll
    static void stopContext() {
        catalog.stop();
        context.stop();
    }

    /** Every place the JSON describes {@code name}: component option, endpoint option, header. */
    private static List<JsonNode> described(String name) {
        return Stream.of("componentProperties", "properties", "headers").map(section -> json.path(section).get(name))
                .filter(node -> node != null).toList();
    }

    private static List<String> enumOf(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedSets")
    void theJsonListsExactlyTheValuesOfTheJavaEnum(FixedSet set) {
        List<JsonNode> nodes = described(set.name());
        assertThat(nodes).as("%s in the component JSON", set.name()).isNotEmpty();
        for (JsonNode node : nodes) {
            assertThat(enumOf(node)).as("enum of %s", set.name()).containsExactlyInAnyOrderElementsOf(set.values());
        }
    }

    @Test
    void everyOptionAndHeaderWithAFixedSetHasARow() {
        Set<String> enumerated = new TreeSet<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            json.path(section).fields().forEachRemaining(e -> {
                if (e.getValue().has("enum") && !CAMELS_OWN.contains(e.getKey())) {
                    enumerated.add(e.getKey());
                }
            });
        }
        assertThat(enumerated).containsExactlyInAnyOrderElementsOf(fixedSets().map(FixedSet::name).toList());
    }

    @Test
    void theStemsListNamesEveryStem() {
        // stems is a comma-separated list: an enum would make Camel's catalog refuse vocals,drum, so the text says them
        for (JsonNode node : described("stems")) {
            assertThat(node.path("description").asText()).as("description of stems")
                    .contains(Arrays.stream(Stem.values()).map(Stem::id).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "lalal:cancelAll", "lalal:delete", "lalal:voicePacks?apiVersion=v1", "lalal:upload",
            "lalal:split?splitter=orion&stem=drum",
            "lalal:process?splitType=multistem&stems=vocals,drum&encoderFormat=flac&extractionLevel=clear_cut",
            "lalal:download?track=both", "lalal:tasks?delay=1000",
            "lalal:process?apiVersion=v1&splitType=change_voice&voicePack=ALEX_KAYE&accent=0.5"
                    + "&tonalityReference=voice_pack" })
    void camelsCatalogAcceptsWorkingUris(String uri) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri);
        assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "lalal:cancelEverything", "lalal:split?splitter=saturn", "lalal:split?stem=kazoo" })
    void camelsCatalogRefusesUnknownValues(String uri) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri);
        assertThat(result.isSuccess()).as(uri).isFalse();
        assertThat(result.getInvalidEnum()).as(uri).isNotEmpty();
    }
}
