package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs' step-by-step example, as written there (shorter delay): it delivers the back track of a task that
 * succeeds, and ends, instead of looping forever, when the task ends in error.
 */
class LalalDocsLoopExampleTest extends LalalTestSupport {

    @TempDir
    static Path karaoke;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                    .to("lalal:upload")
                    .to("lalal:split?stem=vocals&splitter=phoenix")
                    .loopDoWhile(simple("${header.CamelLalalTaskState} == null "
                            + "|| ${header.CamelLalalTaskState} == 'progress'"))
                        .delay(50).end()
                        .to("lalal:check")
                    .end()
                    .filter(simple("${header.CamelLalalTaskState} != 'success'"))
                        .throwException(IllegalStateException.class,
                                "LALAL.AI task ended in ${header.CamelLalalTaskState}")
                    .end()
                    .to("lalal:download?track=back")
                    .to("file:" + karaoke);
            }
        };
    }

    private Exchange run(byte[] body, String name) throws Exception {
        CompletableFuture<Exchange> done = template.asyncSend("direct:start", x -> {
            x.getMessage().setBody(body);
            x.getMessage().setHeader(Exchange.FILE_NAME, name);
        });
        return done.get(15, TimeUnit.SECONDS); // a loop that never ends fails here
    }

    @Test
    void aSucceedingTaskDeliversItsBackTrack() throws Exception {
        Exchange e = run(TestWav.stereo(400), "song.wav");

        assertThat(e.getException()).isNull();
        assertThat(karaoke.resolve("song_no_vocals_split_by_lalalai.wav")).exists();
    }

    @Test
    void aFailingTaskEndsTheLoopWithItsState() throws Exception {
        Exchange e = run("not a wav at all".getBytes(), "broken.wav");

        assertThat(e.getException()).isInstanceOf(IllegalStateException.class)
                .hasMessage("LALAL.AI task ended in error");
        assertThat(e.getMessage().getHeader(LalalConstants.TASK_STATE)).isEqualTo("error");
    }
}
