package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Results say what they are: header CamelLalalResultKind on check, download and process for a paid (split), a
 * starter (player) and a free license (preview); process and download refuse a preview unless
 * requireFullResult=false.
 */
class LalalResultKindTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(400);

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("kind-paid")
            .license(EmulatorLicense.starter("kind-starter")).license(EmulatorLicense.free("kind-free"))
            .taskDuration(Duration.ofMillis(200)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        for (String plan : new String[] {"paid", "starter", "free"}) {
            LalalComponent c = newComponent();
            c.getConfiguration().setApiKey("kind-" + plan);
            c.getConfiguration().setPollInterval(50);
            context.addComponent("lalal" + plan, c);
        }
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:paid").to("lalalpaid:process").convertBodyTo(byte[].class);
        routes.from("direct:starter").to("lalalstarter:process").convertBodyTo(byte[].class);
        routes.from("direct:free").to("lalalfree:process").convertBodyTo(byte[].class);
        routes.from("direct:freePreview").to("lalalfree:process?requireFullResult=false")
                .convertBodyTo(byte[].class);
    }

    private Exchange process(String route, String name) {
        return request(route, WAV, name);
    }

    private Exchange check(String scheme, String id) {
        return template.request(scheme + ":check", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));
    }

    @Test
    void fullResultsSayWhichTheyAreOnProcessCheckAndDownload() {
        Exchange paid = process("direct:paid", "paid.wav");
        Exchange starter = process("direct:starter", "starter.wav");

        assertThat(paid.getException()).isNull();
        assertThat(starter.getException()).isNull();
        assertThat(paid.getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("split");
        assertThat(starter.getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("player");
        String paidId = paid.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        String starterId = starter.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        assertThat(check("lalalpaid", paidId).getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("split");
        assertThat(check("lalalstarter", starterId).getMessage().getHeader(LalalConstants.RESULT_KIND))
                .isEqualTo("player");
        Exchange download = template.request("lalalstarter:download",
                x -> x.getMessage().setHeader(LalalConstants.FILE_ID, starterId));
        assertThat(download.getException()).isNull();
        assertThat(download.getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("player");
    }

    @Test
    void processRefusesAPreviewNamingTheLicensesPlan() {
        Exchange e = process("direct:free", "free.wav");

        assertThat(e.getException()).isInstanceOf(LalalTaskException.class)
                .hasMessageContaining("only a preview").hasMessageContaining("free.wav")
                .hasMessageContaining("plan 'Free'").hasMessageContaining("requireFullResult=false");
        assertThat(((LalalTaskException) e.getException()).state()).isEqualTo("preview");
        assertThat(e.getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("preview");
        // the plan is what get-limits reports; no track was downloaded
        assertThat(emulator().requestLog().count(Endpoint.LIMITS)).isEqualTo(1);
        assertThat(emulator().requestLog().count(Endpoint.DOWNLOAD)).isZero();
    }

    @Test
    void aPreviewIsDeliveredWhenAskedForAndSaysSo() {
        Exchange e = process("direct:freePreview", "sample.wav");

        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("preview");
        assertThat(e.getMessage().getBody(byte[].class)).isNotEmpty();
        String id = e.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        assertThat(check("lalalfree", id).getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("preview");

        Exchange lenient = template.request("lalalfree:download?requireFullResult=false",
                x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));
        Exchange strict = template.request("lalalfree:download",
                x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));

        assertThat(lenient.getException()).isNull();
        assertThat(lenient.getMessage().getHeader(LalalConstants.RESULT_KIND)).isEqualTo("preview");
        assertThat(strict.getException()).isInstanceOf(LalalTaskException.class)
                .hasMessageContaining(id).hasMessageContaining("plan 'Free'");
    }
}
