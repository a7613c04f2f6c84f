package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.emulator.Endpoint;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Bad input fails the exchange with a message naming the problem; client-side checks send nothing. */
class LalalBadInputTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(800);

    private Exception failure(String uri, Object body, String header, Object value) {
        Exchange e = template.request(uri, x -> {
            x.getMessage().setBody(body);
            if (header != null) {
                x.getMessage().setHeader(header, value);
            }
        });
        assertThat(e.getException()).as("exchange to %s must fail", uri).isNotNull();
        return e.getException();
    }

    @Test
    void noLicenseKeyFailsBeforeAnyRequest() {
        LalalComponent keyless = new LalalComponent();
        keyless.getConfiguration().setBaseUrl(emulator().baseUrl());
        context.addComponent("lalalkeyless", keyless);

        // the endpoint cannot work: it fails when created, not on its first exchange
        assertThatThrownBy(() -> context.getEndpoint("lalalkeyless:upload"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No LALAL.AI license key").hasMessageContaining("apiKey");
        // an endpoint that needs no key, switched by header to one that does, fails before any request
        Exception e = template.request("lalalkeyless:download", x -> {
            x.getMessage().setBody(WAV);
            x.getMessage().setHeader(LalalConstants.FILE_NAME, "a.wav");
            x.getMessage().setHeader(LalalConstants.OPERATION, "upload");
        }).getException();

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No LALAL.AI license key").hasMessageContaining("apiKey");
        assertThat(emulator().requestLog().all()).isEmpty();
    }

    @Test
    void unknownLicenseKeyReportsTheServiceError() {
        Exception e = failure("lalal:limits?apiKey=not-a-license", null, null, null);

        assertThat(e).isInstanceOf(LalalApiException.class).hasMessageContaining("License not found");
        assertThat(((LalalApiException) e).serviceError()).isEqualTo("License not found");
    }

    @Test
    void unknownStemInAHeaderFailsBeforeAnyRequest() {
        Exception e = failure("lalal:process", WAV, LalalConstants.STEM, "kazoo");

        assertThat(e).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("'stem'").hasMessageContaining("'kazoo'")
                .hasMessageContaining("vocals, voice, drum, bass, piano");
        assertThat(emulator().requestLog().count(Endpoint.UPLOAD)).isZero();
    }

    @Test
    void stemTheSplitterDoesNotOfferFailsBeforeAnyRequest() {
        Exception e = failure("lalal:split?splitter=perseus", null, LalalConstants.STEM, "piano");

        assertThat(e).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("'piano'").hasMessageContaining("splitter perseus")
                .hasMessageContaining("vocals, voice, drum, bass");
        assertThat(emulator().requestLog().all()).isEmpty();
    }

    @Test
    void missingFileNameFailsBeforeAnyRequest() {
        Exception e = failure("lalal:upload", new ByteArrayInputStream(WAV), null, null);

        assertThat(e).hasMessageContaining("No file name").hasMessageContaining(LalalConstants.FILE_NAME);
        assertThat(emulator().requestLog().all()).isEmpty();
    }

    @Test
    void unknownFileIdIsReportedWithTheId() {
        String unknown = UUID.randomUUID().toString();

        Exception check = failure("lalal:check", null, LalalConstants.FILE_ID, unknown);
        Exception split = failure("lalal:split", null, LalalConstants.FILE_ID, unknown);

        assertThat(check).isInstanceOf(LalalTaskException.class).hasMessageContaining(unknown)
                .hasMessageContaining("File not found");
        assertThat(split).isInstanceOf(LalalApiException.class);
        assertThat(((LalalApiException) split).fileIds()).containsExactly(unknown);
        assertThat(((LalalApiException) split).serviceError()).isNotBlank();
    }

    @Test
    void missingFileIdSaysWhereIdsComeFrom() {
        Exception e = failure("lalal:check", null, null, null);

        assertThat(e).hasMessageContaining("No LALAL.AI file id").hasMessageContaining(LalalConstants.FILE_ID);
    }

    @Test
    void unknownOperationHeaderNamesTheAllowedOperations() {
        Exception e = failure("lalal:check", null, LalalConstants.OPERATION, "explode");

        assertThat(e).hasMessageContaining("'explode'").hasMessageContaining("upload, split, check");
    }
}
