package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each call goes out exactly as the contract describes it (method, path with its trailing slash, no query where the
 * contract has none, form body), asserted on the emulator's request log rather than on the emulator refusing it.
 */
class WireRequestsTest extends ClientTestSupport {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(300)).build();

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void everyOperationUsesTheContractsMethodPathAndBody() {
        LalalClient c = client(EMULATOR.baseUrl());
        String id = c.upload("wire.wav", wav(200)).id();
        c.split(SplitRequest.forFile(id).build());
        c.check(List.of(id));
        c.cancel(List.of(id));
        c.limits();

        RecordedRequest upload = single(Endpoint.UPLOAD);
        assertThat(upload.method()).isEqualTo("POST");
        assertThat(upload.path()).isEqualTo("/api/upload/");
        assertThat(upload.query()).isNull();
        assertThat(upload.header("content-disposition")).isEqualTo("attachment; filename=\"wire.wav\"");
        assertThat(upload.header("authorization")).isEqualTo("license " + KEY);

        for (Endpoint e : List.of(Endpoint.SPLIT, Endpoint.CHECK, Endpoint.CANCEL)) {
            RecordedRequest r = single(e);
            assertThat(r.method()).as("%s method", e).isEqualTo("POST");
            assertThat(r.path()).as("%s path", e).isEqualTo("/api/" + e.name().toLowerCase() + "/");
            assertThat(r.query()).as("%s query", e).isNull();
            assertThat(r.header("content-type")).as("%s content type", e).startsWith(FORM);
            assertThat(r.header("authorization")).as("%s license", e).isEqualTo("license " + KEY);
        }
        assertThat(single(Endpoint.CHECK).formField("id")).isEqualTo(id);
        assertThat(single(Endpoint.CANCEL).formField("id")).isEqualTo(id);
        assertThat(single(Endpoint.SPLIT).formField("params")).contains("\"id\":\"" + id + "\"");

        RecordedRequest limits = single(Endpoint.LIMITS);
        assertThat(limits.method()).isEqualTo("GET");
        assertThat(limits.path()).isEqualTo("/billing/get-limits/");
        assertThat(limits.query()).isEqualTo("key=" + KEY);
        assertThat(limits.header("authorization")).isNull();
    }

    @Test
    void manyIdsGoInOneCommaSeparatedFormField() {
        LalalClient c = client(EMULATOR.baseUrl());
        String a = c.upload("a.wav", wav(100)).id();
        String b = c.upload("b.wav", wav(100)).id();

        c.check(List.of(a, b));

        RecordedRequest check = single(Endpoint.CHECK);
        assertThat(check.method()).isEqualTo("POST");
        assertThat(check.query()).isNull();
        assertThat(check.formField("id")).isEqualTo(a + "," + b);
    }

    private static RecordedRequest single(Endpoint endpoint) {
        List<RecordedRequest> all = EMULATOR.requestLog().of(endpoint);
        assertThat(all).as("requests to %s", endpoint).hasSize(1);
        return all.get(0);
    }
}
