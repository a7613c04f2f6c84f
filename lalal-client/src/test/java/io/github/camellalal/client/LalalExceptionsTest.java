package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller reads from each exception: the operation, the ids, the service's words and the wait asked for. */
class LalalExceptionsTest {

    @Test
    void anApiFailureCarriesEverythingTheAnswerSaid() {
        List<String> ids = new ArrayList<>(List.of("f-1"));
        LalalApiException e = new LalalApiException(ApiOperation.CHECK, ids, "msg", "Invalid id", 400, "{}",
                Duration.ofSeconds(3), "bad_id");
        ids.add("late");

        assertThat(e.operation()).isEqualTo(ApiOperation.CHECK);
        assertThat(e.fileIds()).containsExactly("f-1");
        assertThat(e.getMessage()).isEqualTo("msg");
        assertThat(e.serviceError()).isEqualTo("Invalid id");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.bodyExcerpt()).isEqualTo("{}");
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
        assertThat(e.code()).isEqualTo("bad_id");
        assertThat(new LalalApiException(ApiOperation.UPLOAD, null, "m", null, 500, null, null).code()).isNull();
        assertThat(new LalalApiException(ApiOperation.UPLOAD, null, "m", null, 500, null, null).fileIds()).isEmpty();
        assertThat(new LalalApiException(ApiOperation.UPLOAD, null, "m", null, 500, null, null).retryAfter())
                .isEmpty();
    }

    @Test
    void aTransportFailureKeepsItsCause() {
        Exception cause = new java.io.IOException("reset");
        LalalTransportException e = new LalalTransportException(ApiOperation.CANCEL, List.of("t"), "no answer",
                cause);

        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.operation()).isEqualTo(ApiOperation.CANCEL);
    }

    @Test
    void aRefusalNamesTheOptionTheValueAndWhatIsAllowed() {
        LalalValidationException e = new LalalValidationException("stem", "kazoo", "vocals, drum");

        assertThat(e.getMessage()).isEqualTo("Invalid value for option 'stem': 'kazoo'; allowed: vocals, drum");
        assertThat(e).extracting(LalalValidationException::option, LalalValidationException::value,
                LalalValidationException::allowed).containsExactly("stem", "kazoo", "vocals, drum");
        assertThat(e.operation()).isNull();
        assertThat(e.fileIds()).isEmpty();
    }

    @Test
    void aRefusedInputNamesWhatItIs() {
        LalalValidationException e = LalalValidationException.ofInput("file name (header CamelFileName)", null,
                "a name");

        assertThat(e.getMessage()).isEqualTo("Invalid file name (header CamelFileName): (none); allowed: a name");
        assertThat(e.option()).isEqualTo("file name (header CamelFileName)");
    }

    @Test
    void anOperationOfAnotherApiNamesTheApiThatHasIt() {
        LalalValidationException e = LalalValidationException.needsApi("operation delete", "v0", "v1");

        assertThat(e.getMessage()).isEqualTo("Invalid value for option 'apiVersion': 'v0'; allowed: v1 "
                + "(operation delete needs LALAL.AI API v1)");
    }

    @Test
    void onlyATaskWithAnIdStarted() {
        assertThat(new TaskStart("s", "t", null, null).started()).isTrue();
        assertThat(new TaskStart("s", null, "c", "e").started()).isFalse();
    }

    @Test
    void onlyCallsThatChangeNothingTwiceAreSafeToRepeat() {
        assertThat(ApiOperation.values()).filteredOn(ApiOperation::isSafeToRepeat).containsExactlyInAnyOrder(
                ApiOperation.CHECK, ApiOperation.CANCEL, ApiOperation.LIMITS, ApiOperation.CANCEL_ALL,
                ApiOperation.VOICE_PACKS);
    }
}
