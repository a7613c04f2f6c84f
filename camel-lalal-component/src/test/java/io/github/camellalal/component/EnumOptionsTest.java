package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TonalityReference;
import io.github.camellalal.component.options.SplitOptions;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The options typed as enums take the text users write in URIs, YAML and properties, as the README and the
 * component page show it, and refuse other text naming the option, the value and the allowed values.
 */
class EnumOptionsTest {

    private CamelContext context;
    private LalalComponent component;

    @BeforeEach
    void startContext() {
        context = new DefaultCamelContext();
        component = new LalalComponent();
        // endpoints are created here, never started: no request is sent
        component.getConfiguration().setApiKey("enum-options-key");
        component.getConfiguration().setBaseUrl("http://127.0.0.1:9");
        context.addComponent("lalal", component);
        context.start();
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    private LalalConfiguration endpoint(String uri) {
        return context.getEndpoint(uri, LalalEndpoint.class).getConfiguration();
    }

    /** Binds {@code camel.component.lalal.*} the way Camel Main does: the component's configurer, any case. */
    private void bindComponentProperties(Map<String, Object> properties) {
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer()).withIgnoreCase(true)
                .withProperties(new java.util.LinkedHashMap<>(properties)).withMandatory(true).bind();
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void theUrisOfTheDocsConvert() {
        // README: the v1 example
        LalalConfiguration readme = endpoint("lalal:process?apiVersion=v1&splitType=multistem&stems=vocals,drum,bass"
                + "&encoderFormat=flac&track=all&deleteAfterDownload=true");
        assertThat(readme.getApiVersion()).isEqualTo(LalalApiVersion.v1);
        assertThat(readme.getSplitType()).isEqualTo(SplitType.MULTISTEM);
        assertThat(readme.getEncoderFormat()).isEqualTo(LalalEncoderFormat.flac);
        assertThat(readme.getTrack()).isEqualTo(LalalTrack.all);
        // component page: producer examples, API v1 section
        LalalConfiguration drum = endpoint("lalal:process?stem=drum&track=both");
        assertThat(drum.getStem()).isEqualTo(Stem.DRUM);
        assertThat(drum.getTrack()).isEqualTo(LalalTrack.both);
        LalalConfiguration vocals = endpoint("lalal:split?stem=vocals&splitter=phoenix&apiVersion=v0");
        assertThat(vocals.getStem()).isEqualTo(Stem.VOCALS);
        assertThat(vocals.getSplitter()).isEqualTo(Splitter.PHOENIX);
        assertThat(vocals.getApiVersion()).isEqualTo(LalalApiVersion.v0);
        assertThat(endpoint("lalal:split?apiVersion=v1&splitType=voice_clean").getSplitType())
                .isEqualTo(SplitType.VOICE_CLEAN);
        LalalConfiguration clearCut = endpoint("lalal:split?apiVersion=v1&extractionLevel=clear_cut"
                + "&stem=electric_guitar");
        assertThat(clearCut.getExtractionLevel()).isEqualTo(LalalExtractionLevel.clear_cut);
        assertThat(clearCut.getStem()).isEqualTo(Stem.ELECTRIC_GUITAR);
    }

    @Test
    void everyValueTheJsonListsConverts() {
        for (Stem s : Stem.values()) {
            assertThat(endpoint("lalal:split?stem=" + s.id()).getStem()).isEqualTo(s);
        }
        for (Splitter s : Splitter.values()) {
            assertThat(endpoint("lalal:split?apiVersion=v1&splitter=" + s.id()).getSplitter()).isEqualTo(s);
        }
        for (SplitType t : SplitType.values()) {
            String stems = t == SplitType.MULTISTEM ? "&stems=vocals,drum"
                    : t == SplitType.CHANGE_VOICE ? "&voicePack=ALEX_KAYE" : "";
            assertThat(endpoint("lalal:split?apiVersion=v1&splitType=" + t.id() + stems).getSplitType()).isEqualTo(t);
        }
        for (LalalEncoderFormat f : LalalEncoderFormat.values()) {
            assertThat(endpoint("lalal:split?apiVersion=v1&encoderFormat=" + f).getEncoderFormat()).isEqualTo(f);
        }
        assertThat(endpoint("lalal:split?apiVersion=v1&extractionLevel=deep_extraction").getExtractionLevel())
                .isEqualTo(LalalExtractionLevel.deep_extraction);
        for (TonalityReference t : TonalityReference.values()) {
            assertThat(endpoint("lalal:split?apiVersion=v1&splitType=change_voice&voicePack=VETRANA"
                    + "&tonalityReference=" + t.id()).getTonalityReference()).isEqualTo(t);
        }
    }

    @Test
    void whatTheStringOptionsAcceptedIsStillAccepted() {
        // stem and splitter were parsed case-insensitively, a stem with - for _, and a blank value meant unset
        assertThat(endpoint("lalal:split?stem=Electric-Guitar").getStem()).isEqualTo(Stem.ELECTRIC_GUITAR);
        assertThat(endpoint("lalal:split?splitter=PHOENIX").getSplitter()).isEqualTo(Splitter.PHOENIX);
        assertThat(endpoint("lalal:split?apiVersion=v1&stems=vocals,drum&splitType=MultiStem").getSplitType())
                .isEqualTo(SplitType.MULTISTEM);
        assertThat(endpoint("lalal:split?splitter=").getSplitter()).isNull();
        assertThat(SplitOptions.fromSettings(LalalEndpoint.splitSettings(endpoint("lalal:split?stem="))).stem())
                .isEqualTo(Stem.VOCALS);
    }

    @Test
    void theYamlOfTheDocsConverts() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("docs.yaml", """
                - route:
                    autoStartup: false
                    from:
                      uri: direct:docs
                      steps:
                        - to:
                            uri: lalal:process
                            parameters:
                              stem: vocals
                              splitter: phoenix
                              splitType: stem_separator
                              apiVersion: v1
                              encoderFormat: wav
                              extractionLevel: deep_extraction
                """));
        LalalConfiguration c = context.getEndpoints().stream().filter(LalalEndpoint.class::isInstance)
                .map(e -> ((LalalEndpoint) e).getConfiguration()).findFirst().orElseThrow();
        assertThat(c.getStem()).isEqualTo(Stem.VOCALS);
        assertThat(c.getSplitter()).isEqualTo(Splitter.PHOENIX);
        assertThat(c.getSplitType()).isEqualTo(SplitType.STEM_SEPARATOR);
        assertThat(c.getApiVersion()).isEqualTo(LalalApiVersion.v1);
        assertThat(c.getEncoderFormat()).isEqualTo(LalalEncoderFormat.wav);
        assertThat(c.getExtractionLevel()).isEqualTo(LalalExtractionLevel.deep_extraction);
    }

    @Test
    void componentPropertiesOfTheDocsConvert() {
        // README: camel.component.lalal.apiVersion = v1; Camel Main binds such keys in any case
        bindComponentProperties(Map.of("apiVersion", "v1", "stem", "drum", "splitter", "orion",
                "splittype", "multistem", "stems", "vocals,drum", "encoderFormat", "ogg",
                "extractionLevel", "clear_cut"));
        LalalConfiguration c = component.getConfiguration();
        assertThat(c.getApiVersion()).isEqualTo(LalalApiVersion.v1);
        assertThat(c.getStem()).isEqualTo(Stem.DRUM);
        assertThat(c.getSplitter()).isEqualTo(Splitter.ORION);
        assertThat(c.getSplitType()).isEqualTo(SplitType.MULTISTEM);
        assertThat(c.getEncoderFormat()).isEqualTo(LalalEncoderFormat.ogg);
        assertThat(c.getExtractionLevel()).isEqualTo(LalalExtractionLevel.clear_cut);
        // an endpoint starts from the component's values
        assertThat(endpoint("lalal:split").getSplitType()).isEqualTo(SplitType.MULTISTEM);
    }

    @Test
    void aBadUriValueNamesTheOptionTheValueAndTheAllowedValues() {
        String[][] rows = {
            {"lalal:check?apiVersion=v2", "'apiVersion'", "'v2'", "v0, v1"},
            {"lalal:split?splitType=karaoke", "'splitType'", "'karaoke'", "stem_separator, multistem"},
            {"lalal:split?encoderFormat=mp4", "'encoderFormat'", "'mp4'", "mp3, wav, flac, aac, ogg"},
            {"lalal:split?extractionLevel=deep", "'extractionLevel'", "'deep'", "deep_extraction, clear_cut"},
            {"lalal:split?stem=kazoo", "'stem'", "'kazoo'", "vocals, voice, drum"},
            {"lalal:split?splitter=nebula", "'splitter'", "'nebula'", "phoenix, orion, perseus"},
        };
        for (String[] row : rows) {
            assertThatThrownBy(() -> context.getEndpoint(row[0])).as(row[0])
                    .satisfies(e -> assertThat(messages(e)).contains(row[1], row[2], row[3]));
        }
    }

    @Test
    void aBadComponentPropertyNamesTheOptionTheValueAndTheAllowedValues() {
        assertThatThrownBy(() -> bindComponentProperties(Map.of("stem", "kazoo")))
                .satisfies(e -> assertThat(messages(e)).contains("'stem'", "'kazoo'", "vocals, voice, drum"));
        assertThatThrownBy(() -> bindComponentProperties(Map.of("apiVersion", "V2")))
                .satisfies(e -> assertThat(messages(e)).contains("'apiVersion'", "'V2'", "v0, v1"));
        assertThat(component.getConfiguration().getStem()).isEqualTo(Stem.VOCALS);
    }
}
