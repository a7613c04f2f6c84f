package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.VoicePack;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The voice changer (splitType=change_voice, API v1) through process, split with the tasks consumer and download,
 * and operation voicePacks; {@link LalalVoiceChangeHttpsTest} runs the same over https.
 */
class LalalVoiceChangeTest extends LalalTestSupport {

    private static final String LICENSE = "voice-routes-key-93b1";
    private static final byte[] WAV = TestWav.stereo(600);

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey(LICENSE).apiVersion("v1")
            .taskDuration(Duration.ofMillis(300)).checksPerMinute(600)
            .emulator(e -> e.taskQueueTime(Duration.ofMillis(200))).build();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:voice").to("lalal:process?pollInterval=100&splitType=change_voice&voicePack=STASIA_FAYE"
                + "&accent=0.3&tonalityReference=voice_pack&dereverb=true&encoderFormat=wav");
        routes.from("direct:voiceAll").to("lalal:process?pollInterval=100&splitType=change_voice&voicePack=NIK_ZEL"
                + "&track=all");
        routes.from("direct:split").to("lalal:split?splitType=change_voice&voicePack=VETRANA");
        routes.from("lalal:tasks?delay=100&initialDelay=0").routeId("events").to("mock:events");
    }

    @Test
    void processDeliversTheConvertedMixAndSendsEveryVoiceOption() {
        Exchange e = request("direct:voice", WAV, "talk.wav");

        assertThat(e.getException()).isNull();
        Message m = e.getMessage();
        assertThat(m.getHeader(LalalConstants.TRACK_LABEL)).isEqualTo("converted_mix");
        assertThat(m.getHeader(LalalConstants.TRACK)).isEqualTo("back");
        assertThat(m.getHeader(Exchange.FILE_NAME, String.class)).isEqualTo("talk_converted_mix_split_by_lalalai.wav");
        assertConvertedMix(m.getBody(byte[].class));
        assertThat(emulator().requestLog().of(Endpoint.V1_CHANGE_VOICE)).singleElement().satisfies(r -> {
            assertThat(r.secure()).isEqualTo(overTls());
            assertThat(r.jsonBody()).contains("\"voice_pack_id\":\"STASIA_FAYE\"", "\"accent\":0.3",
                    "\"tonality_reference\":\"voice_pack\"", "\"dereverb_enabled\":true",
                    "\"encoder_format\":\"wav\"").doesNotContain("splitter", "\"stem\"");
        });
        assertThat(emulator().requestLog().of(Endpoint.V1_SPLIT)).isEmpty();
    }

    @Test
    void trackAllGivesTheConvertedMixAsTheOneMessage() {
        Exchange e = request("direct:voiceAll", WAV, "all.wav");

        assertThat(e.getException()).isNull();
        List<?> body = e.getMessage().getBody(List.class);
        assertThat(body).singleElement().isInstanceOfSatisfying(Message.class, m -> {
            assertThat(m.getHeader(LalalConstants.TRACK_LABEL)).isEqualTo("converted_mix");
            assertConvertedMix(m.getBody(byte[].class));
        });
        assertThat(emulator().requestLog().of(Endpoint.V1_CHANGE_VOICE)).singleElement()
                .satisfies(r -> assertThat(r.jsonBody()).contains("\"voice_pack_id\":\"NIK_ZEL\"")
                        .doesNotContain("accent", "tonality_reference", "dereverb_enabled"));
    }

    @Test
    void trackBackGivesTheConvertedMixAsTheBodyAndBothIsRefused() {
        Exchange back = template.request("direct:voiceAll", x -> {
            x.getMessage().setBody(WAV);
            x.getMessage().setHeader(Exchange.FILE_NAME, "back.wav");
            x.getMessage().setHeader(LalalConstants.TRACK, "back");
        });
        assertThat(back.getException()).isNull();
        assertThat(back.getMessage().getHeader(LalalConstants.TRACK_LABEL)).isEqualTo("converted_mix");
        assertConvertedMix(back.getMessage().getBody(byte[].class));

        Exchange both = template.request("direct:voiceAll", x -> {
            x.getMessage().setBody(WAV);
            x.getMessage().setHeader(Exchange.FILE_NAME, "both.wav");
            x.getMessage().setHeader(LalalConstants.TRACK, "both");
        });
        assertThat(both.getException()).hasMessageContaining("'track'").hasMessageContaining("'both'")
                .hasMessageContaining("converted_mix");
        assertThat(emulator().requestLog().of(Endpoint.V1_UPLOAD)).hasSize(1);
    }

    @Test
    void splitIsTrackedByTheTasksConsumerAndItsTaskDownloadsAsTheConvertedMix() {
        String packId = emulator().addVoicePack(LICENSE, "My own voice");
        String source = upload("own.wav", WAV);

        Exchange split = template.request("direct:split", x -> {
            x.getMessage().setHeader(LalalConstants.FILE_ID, source);
            x.getMessage().setHeader(LalalConstants.VOICE_PACK, packId);
        });

        assertThat(split.getException()).isNull();
        String task = split.getMessage().getHeader(LalalConstants.TASK_ID, String.class);
        assertThat(emulator().v1TasksOf(source)).containsExactly(task);
        assertThat(emulator().requestLog().of(Endpoint.V1_CHANGE_VOICE)).singleElement()
                .extracting(RecordedRequest::jsonBody).asString().contains("\"voice_pack_id\":\"" + packId + "\"");
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getReceivedExchanges().stream()
                .anyMatch(x -> "success".equals(x.getMessage().getHeader(LalalConstants.TASK_STATE))));
        Message done = events.getReceivedExchanges().stream().map(Exchange::getMessage)
                .filter(x -> "success".equals(x.getHeader(LalalConstants.TASK_STATE))).findFirst().orElseThrow();
        assertThat(done.getHeader(LalalConstants.TASK_ID)).isEqualTo(task);
        assertThat(done.getHeader(LalalConstants.FILE_ID)).isEqualTo(source);

        Exchange download = template.request("lalal:download", x -> x.getMessage()
                .setHeader(LalalConstants.TASK_ID, task));
        assertThat(download.getException()).isNull();
        assertThat(download.getMessage().getHeader(LalalConstants.TRACK_LABEL)).isEqualTo("converted_mix");
        assertConvertedMix(download.getMessage().getBody(byte[].class));

        // track=back names its one track too (it used to come without a label)
        Exchange back = template.request("lalal:download?track=back", x -> x.getMessage()
                .setHeader(LalalConstants.TASK_ID, task));
        assertThat(back.getException()).isNull();
        assertThat(back.getMessage().getHeader(LalalConstants.TRACK_LABEL)).isEqualTo("converted_mix");
        assertConvertedMix(back.getMessage().getBody(byte[].class));
    }

    @Test
    void voicePacksGivesTheLicensesPacksAsTheBody() {
        String id = emulator().addVoicePack(LICENSE, "Narrator");

        Exchange e = template.request("lalal:voicePacks", x -> { });

        assertThat(e.getException()).isNull();
        List<?> packs = e.getMessage().getBody(List.class);
        assertThat(packs).isNotEmpty().allSatisfy(p -> assertThat(p).isInstanceOf(VoicePack.class));
        assertThat(packs).map(VoicePack.class::cast).filteredOn(p -> p.packId().equals(id)).singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Narrator");
                    assertThat(p.created()).isNotNull();
                });
        Exchange byHeader = template.request("lalal:limits", x -> x.getMessage()
                .setHeader(LalalConstants.OPERATION, "voicePacks"));
        assertThat(byHeader.getException()).as("header CamelLalalOperation=voicePacks").isNull();
        List<?> viaHeader = byHeader.getMessage().getBody(List.class);
        assertThat(viaHeader.stream().map(VoicePack.class::cast).map(VoicePack::packId)).contains(id);
        assertThat(emulator().requestLog().of(Endpoint.V1_VOICE_PACKS)).hasSize(2)
                .allSatisfy(r -> assertThat(r.secure()).isEqualTo(overTls()));
    }

    @Test
    void apiVersionV0IsRefusedNamingTheVersionBeforeAnyRequest() {
        assertThatThrownBy(() -> context.getEndpoint("lalal:process?apiVersion=v0&splitType=change_voice"
                + "&voicePack=NIK_ZEL")).hasMessageContaining("'apiVersion'").hasMessageContaining("'v0'")
                .hasMessageContaining("splitType=change_voice needs LALAL.AI API v1");

        Exchange packs = template.request("lalal:check?apiVersion=v0", x -> x.getMessage()
                .setHeader(LalalConstants.OPERATION, "voicePacks"));
        assertThat(packs.getException()).hasMessageContaining("'apiVersion'").hasMessageContaining("'v0'")
                .hasMessageContaining("operation voicePacks needs LALAL.AI API v1");
        assertThat(emulator().requestLog().all()).isEmpty();
    }

    /** The emulator's converted mix of a file is the file itself, byte for byte. */
    private static void assertConvertedMix(byte[] track) {
        assertThat(track).isEqualTo(WAV);
    }
}
