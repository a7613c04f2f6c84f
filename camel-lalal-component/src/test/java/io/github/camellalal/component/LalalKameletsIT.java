package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/**
 * YAML routes use the Kamelets of the packaged jar as a low-code user would: found by Camel under
 * {@code kamelets/} on the classpath, over https, with the key and trust set once on the component (options a
 * Kamelet leaves unset fall back to it) and the split options given as Kamelet properties.
 */
class LalalKameletsIT extends LalalTestSupport {

    private static final String ROUTES = """
            - route:
                id: stems-list
                from:
                  uri: direct:list
                  steps:
                    - to:
                        uri: kamelet:lalal-stems-action
                        parameters:
                          stem: drum
                          splitter: orion
                          pollInterval: 100
                    - to: mock:list
            - route:
                id: stems-each
                from:
                  uri: direct:each
                  steps:
                    - kamelet:
                        name: lalal-stems-action
                        parameters:
                          apiVersion: v1
                          splitType: multistem
                          stems: vocals,drum,bass
                          splitTracks: true
                          pollInterval: 100
                        steps:
                          - to: mock:each
            - route:
                id: voice-change
                from:
                  uri: direct:voice
                  steps:
                    - to:
                        uri: kamelet:lalal-voice-change-action
                        parameters:
                          voicePack: OLIA_CHEBO
                          accent: 0.4
                          tonalityReference: voice_pack
                          encoderFormat: wav
                          pollInterval: 100
                    - to: mock:voice
            - route:
                id: split-only
                from:
                  uri: direct:split
                  steps:
                    - to: lalal:upload
                    - to: lalal:split?stem=bass
            - route:
                id: task-events
                from:
                  uri: kamelet:lalal-task-source
                  parameters:
                    delay: 100
                  steps:
                    - to: mock:events
            """;

    @Override
    protected boolean overTls() {
        return true;
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("kamelet-routes.yaml", ROUTES));
    }

    @Test
    void theStemsActionReturnsEveryTrackAsOneListByDefault() throws Exception {
        byte[] wav = TestWav.stereo(1500);

        Exchange done = template.request("direct:list", x -> {
            x.getMessage().setBody(wav);
            x.getMessage().setHeader(Exchange.FILE_NAME, "beat.wav");
        });

        assertThat(done.getException()).isNull();
        List<?> tracks = done.getMessage().getBody(List.class);
        assertThat(tracks).hasSize(2);
        assertThat(tracks).allSatisfy(t -> assertThat(t).isInstanceOf(Message.class));
        Message stem = (Message) tracks.get(0);
        Message back = (Message) tracks.get(1);
        assertThat(stem.getHeader(LalalConstants.TRACK)).isEqualTo("stem");
        assertThat(stem.getHeader(Exchange.FILE_NAME, String.class)).isEqualTo("beat_drum_split_by_lalalai.wav");
        assertThat(back.getHeader(LalalConstants.TRACK)).isEqualTo("back");
        assertThat(stem.getBody(byte[].class)).hasSameSizeAs(wav);
        assertThat(back.getBody(byte[].class)).hasSameSizeAs(wav);
        assertThat(emulator().requestLog().of(Endpoint.SPLIT)).singleElement()
                .satisfies(r -> assertThat(r.form().get("params").get(0)).contains("\"stem\":\"drum\"")
                        .contains("\"splitter\":\"orion\""));
    }

    @Test
    void withSplitTracksTheKameletEipGetsOneMessagePerTrack() throws Exception {
        MockEndpoint each = getMockEndpoint("mock:each");
        each.expectedMessageCount(4);
        byte[] wav = TestWav.stereo(1500);

        Exchange done = template.request("direct:each", x -> {
            x.getMessage().setBody(wav);
            x.getMessage().setHeader(Exchange.FILE_NAME, "band.wav");
        });

        assertThat(done.getException()).isNull();
        each.assertIsSatisfied(10_000);
        List<String> labels = each.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(LalalConstants.TRACK_LABEL, String.class)).toList();
        assertThat(labels).containsExactlyInAnyOrder("vocals", "drum", "bass", "no_multistem");
        assertThat(each.getReceivedExchanges()).allSatisfy(
                e -> assertThat(e.getMessage().getBody(byte[].class)).hasSameSizeAs(wav));
        assertThat(emulator().requestLog().all()).as("the Kamelet's apiVersion reached the endpoint")
                .anySatisfy(r -> assertThat(r.path()).startsWith("/api/v1/"));
    }

    @Test
    void theVoiceChangeActionReturnsTheConvertedMix() throws Exception {
        byte[] wav = TestWav.stereo(1200);

        Exchange done = template.request("direct:voice", x -> {
            x.getMessage().setBody(wav);
            x.getMessage().setHeader(Exchange.FILE_NAME, "speech.wav");
        });

        assertThat(done.getException()).isNull();
        Message m = done.getMessage();
        assertThat(m.getHeader(LalalConstants.TRACK_LABEL)).isEqualTo("converted_mix");
        assertThat(m.getHeader(Exchange.FILE_NAME)).isEqualTo("speech_converted_mix_split_by_lalalai.wav");
        assertThat(m.getBody(byte[].class)).isEqualTo(wav); // the emulator's converted mix is the source itself
        assertThat(emulator().requestLog().of(Endpoint.V1_CHANGE_VOICE)).singleElement().satisfies(r -> {
            assertThat(r.secure()).isTrue();
            assertThat(r.jsonBody()).contains("\"voice_pack_id\":\"OLIA_CHEBO\"", "\"accent\":0.4",
                    "\"tonality_reference\":\"voice_pack\"", "\"encoder_format\":\"wav\"");
        });
    }

    @Test
    void theTaskSourceDeliversTheEndOfATaskThatASplitStarted() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");

        Exchange split = template.request("direct:split", x -> {
            x.getMessage().setBody(TestWav.stereo(800));
            x.getMessage().setHeader(Exchange.FILE_NAME, "groove.wav");
        });

        assertThat(split.getException()).isNull();
        String id = split.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events.getReceivedExchanges())
                .map(Exchange::getMessage)
                .anySatisfy(m -> {
                    assertThat(m.getHeader(LalalConstants.FILE_ID)).isEqualTo(id);
                    assertThat(m.getHeader(LalalConstants.TASK_STATE)).isEqualTo("success");
                    assertThat(m.getHeader(LalalConstants.STEM_TRACK_URL, String.class)).startsWith("https://");
                }));
    }
}
