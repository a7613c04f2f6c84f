package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.Track;
import io.github.camellalal.emulator.Endpoint;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Routes with apiVersion=v1 on the component: every v1 operation, its headers, and the v0/v1 mismatch errors. */
class LalalV1RoutesTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(800);

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("v1-routes-key-24de").apiVersion("v1")
            .taskDuration(Duration.ofMillis(300)).checksPerMinute(600)
            .emulator(e -> e.taskQueueTime(Duration.ofMillis(200)).separateDownloadHost(true)).build();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:multistem").to("lalal:process?pollInterval=100&splitType=multistem&stems=drum,piano"
                + "&encoderFormat=flac&track=all&deleteAfterDownload=true");
        routes.from("lalal:tasks?delay=100&initialDelay=0").routeId("events").to("mock:events");
    }

    @Test
    void processDeliversEveryMultistemTrackWithItsLabelAndDeletesTheSourceAfterwards() throws Exception {
        Exchange e = request("direct:multistem", WAV, "band.wav");

        assertThat(e.getException()).isNull();
        List<?> body = e.getMessage().getBody(List.class);
        assertThat(body).hasSize(3).allSatisfy(o -> assertThat(o).isInstanceOf(Message.class));
        assertThat(body.stream().map(Message.class::cast).map(m -> m.getHeader(LalalConstants.TRACK_LABEL)))
                .containsExactly("drum", "piano", "no_multistem");
        assertThat(((Message) body.get(0)).getHeader(Exchange.FILE_NAME, String.class)).endsWith(".flac");
        String source = e.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        String task = e.getMessage().getHeader(LalalConstants.TASK_ID, String.class);
        assertThat(emulator().v1TasksOf(source)).containsExactly(task);
        assertThat(emulator().requestLog().of(Endpoint.V1_DELETE)).singleElement()
                .satisfies(r -> assertThat(r.jsonBody()).contains(source));
    }

    @Test
    void splitCheckDownloadByTaskIdAndTheConsumerReportsEachTaskOfASourceSplitTwice() throws Exception {
        String source = upload("song.wav", WAV);
        Message first = split(source);
        Exchange second = template.request("lalal:split?stem=drum", x -> x.getMessage()
                .setHeader(LalalConstants.FILE_ID, source));
        String t1 = first.getHeader(LalalConstants.TASK_ID, String.class);
        String t2 = second.getMessage().getHeader(LalalConstants.TASK_ID, String.class);
        assertThat(t1).isNotBlank().isNotEqualTo(t2);
        assertThat(first.getHeader(LalalConstants.TASK_IDS, List.class)).containsExactly(t1);

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getReceivedExchanges().stream()
                .filter(x -> "success".equals(x.getMessage().getHeader(LalalConstants.TASK_STATE))).count() == 2);
        assertThat(events.getReceivedExchanges()).extracting(Exchange::getMessage)
                .filteredOn(m -> "success".equals(m.getHeader(LalalConstants.TASK_STATE)))
                .allSatisfy(m -> assertThat(m.getHeader(LalalConstants.FILE_ID)).isEqualTo(source))
                .extracting(m -> m.getHeader(LalalConstants.TASK_ID)).containsExactlyInAnyOrder(t1, t2);

        Exchange check = template.request("lalal:check", x -> x.getMessage().setHeader(LalalConstants.TASK_ID, t2));
        assertThat(check.getMessage().getHeader(LalalConstants.FILE_ID)).isEqualTo(source);
        List<?> tracks = check.getMessage().getHeader(LalalConstants.TRACKS, List.class);
        assertThat(tracks).extracting(t -> ((Track) t).label()).containsExactly("drum", "no_drum");

        Exchange both = template.request("lalal:download?track=both", x -> x.getMessage()
                .setHeader(LalalConstants.TASK_ID, t1));
        assertThat(both.getException()).isNull();
        List<?> files = both.getMessage().getBody(List.class);
        assertThat(files).hasSize(2);
        // the temporary files are gone once the exchange completed; their sizes stay in the headers
        assertThat(files).extracting(m -> ((Message) m).getHeader(LalalConstants.SIZE, Long.class))
                .containsExactly((long) WAV.length, (long) WAV.length);
        assertThat(files).extracting(m -> ((Message) m).getHeader(LalalConstants.TRACK))
                .containsExactly("stem", "back");
        assertThat(files).extracting(m -> ((Message) m).getHeader(LalalConstants.TRACK_LABEL))
                .containsExactly("vocals", "no_vocals");
    }

    /**
     * v1 does not say which source a task it no longer knows belonged to: its events and check answers carry the
     * task id and no file id (never the task id as a file id).
     */
    @Test
    void aTaskTheServiceForgotIsReportedByTaskIdWithoutAFileId() throws Exception {
        String source = upload("known.wav", WAV);
        String known = split(source).getHeader(LalalConstants.TASK_ID, String.class);
        String forgotten = java.util.UUID.randomUUID().toString();
        component().tracking().register(List.of(forgotten));

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getReceivedExchanges().stream()
                .anyMatch(x -> forgotten.equals(x.getMessage().getHeader(LalalConstants.TASK_ID))));
        Message expired = events.getReceivedExchanges().stream().map(Exchange::getMessage)
                .filter(m -> forgotten.equals(m.getHeader(LalalConstants.TASK_ID))).findFirst().orElseThrow();
        assertThat(expired.getHeader(LalalConstants.TASK_STATE)).isEqualTo("expired");
        assertThat(expired.getHeader(LalalConstants.FILE_ID)).isNull();

        Exchange both = template.request("lalal:check", x -> x.getMessage().setHeader(LalalConstants.TASK_IDS,
                List.of(known, forgotten)));
        assertThat(both.getMessage().getHeader(LalalConstants.FILE_IDS, List.class)).containsExactly(source);

        Exchange one = template.request("lalal:check", x -> x.getMessage().setHeader(LalalConstants.TASK_ID,
                forgotten));
        assertThat(one.getException()).hasMessageStartingWith("LALAL.AI does not know task " + forgotten);
    }

    @Test
    void aBatchWithAFileThatCannotStartFailsNamingItAndItsCodeAfterTrackingTheOthers() {
        String good = upload("good.wav", WAV);
        String gone = upload("gone.wav", WAV);
        template.request("lalal:delete", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, gone));

        Exchange e = template.request("lalal:split", x -> x.getMessage().setHeader(LalalConstants.FILE_IDS,
                List.of(good, gone)));

        assertThat(e.getException()).hasMessageContaining(gone).hasMessageContaining("internal_error")
                .hasMessageNotContaining(good + " (");
        assertThat(e.getMessage().getHeader(LalalConstants.ERROR_CODE)).isEqualTo("internal_error");
        assertThat(e.getMessage().getHeader(LalalConstants.TASK_IDS, List.class)).singleElement()
                .isEqualTo(emulator().v1TasksOf(good).get(0));
        assertThat(emulator().requestLog().of(Endpoint.V1_BATCH_SPLIT)).hasSize(1);
    }

    @Test
    void cancelCancelAllAndLimits() {
        String source = upload("song.wav", WAV);
        String t1 = template.request("lalal:split?splitType=voice_clean", x -> x.getMessage()
                .setHeader(LalalConstants.FILE_ID, source)).getMessage().getHeader(LalalConstants.TASK_ID,
                        String.class);
        String t2 = template.request("lalal:split?splitType=demuser", x -> x.getMessage()
                .setHeader(LalalConstants.FILE_ID, source)).getMessage().getHeader(LalalConstants.TASK_ID,
                        String.class);

        Exchange cancel = template.request("lalal:cancel", x -> x.getMessage().setHeader(LalalConstants.TASK_ID, t1));
        Exchange all = template.request("lalal:cancelAll", x -> { });
        Exchange limits = template.request("lalal:limits", x -> { });

        assertThat(cancel.getException()).isNull();
        assertThat(all.getMessage().getHeader(LalalConstants.TASK_IDS, List.class)).contains(t2)
                .doesNotContain(t1);
        assertThat(limits.getMessage().getHeader(LalalConstants.MINUTES_LEFT, Double.class)).isPositive();
        assertThat(emulator().requestLog().of(Endpoint.V1_SPLIT)).extracting(r -> r.path())
                .containsExactly("/api/v1/split/voice_clean/", "/api/v1/split/demuser/");
    }

    @Test
    void anOptionOrOperationOfTheOtherVersionFailsBeforeAnyRequestNamingIt() {
        assertThatThrownBy(() -> context.getEndpoint("lalal:cancelAll?apiVersion=v0").start())
                .hasStackTraceContaining("operation cancelAll needs LALAL.AI API v1");
        assertThatThrownBy(() -> context.getEndpoint("lalal:split?apiVersion=v0&encoderFormat=wav").start())
                .hasStackTraceContaining("option encoderFormat needs LALAL.AI API v1");
        assertThatThrownBy(() -> context.getEndpoint("lalal:process?apiVersion=v0&deleteAfterDownload=true")
                .start()).hasStackTraceContaining("option deleteAfterDownload needs LALAL.AI API v1");
        assertThatThrownBy(() -> context.getEndpoint("lalal:split?enhancedProcessing=false").start())
                .hasStackTraceContaining("option enhancedProcessing=false needs LALAL.AI API v0");
        Exchange e = template.request("lalal:upload?apiVersion=v0", x -> {
            x.getMessage().setHeader(LalalConstants.OPERATION, "delete");
            x.getMessage().setHeader(LalalConstants.FILE_ID, "5f0c9b1e-aaaa-4bbb-8ccc-000000000001");
        });
        assertThat(e.getException()).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("operation delete needs LALAL.AI API v1");
        assertThat(emulator().requestLog().all()).isEmpty();
    }
}
