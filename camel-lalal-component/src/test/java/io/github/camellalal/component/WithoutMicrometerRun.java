package io.github.camellalal.component;

import io.github.camellalal.client.UploadResult;
import io.github.camellalal.component.metrics.LalalMetrics;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.json.JsonObject;

/**
 * Runs inside a class loader that cannot see Micrometer (see {@link LalalWithoutMicrometerTest}): uploads a file to
 * the emulator at the given base URL and reports which metrics the component chose and what the console showed.
 */
public final class WithoutMicrometerRun implements Function<String, String> {

    @Override
    public String apply(String baseUrl) {
        CamelContext context = new DefaultCamelContext();
        try {
            LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
            lalal.getConfiguration().setApiKey(LalalTestSupport.KEY);
            lalal.getConfiguration().setBaseUrl(baseUrl);
            context.start();
            UploadResult result = context.createProducerTemplate().requestBodyAndHeader("lalal:upload",
                    TestWav.stereo(100), Exchange.FILE_NAME, "quiet.wav", UploadResult.class);
            LalalDevConsole console = new LalalDevConsole();
            console.setCamelContext(context);
            console.start();
            JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
            return (lalal.metrics() == LalalMetrics.NONE ? "NONE" : lalal.metrics().getClass().getSimpleName())
                    + " uploaded=" + (result.id() != null) + " consoleMetrics=" + json.get("metrics");
        } finally {
            context.stop();
        }
    }
}
