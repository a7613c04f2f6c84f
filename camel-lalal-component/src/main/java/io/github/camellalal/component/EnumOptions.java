package io.github.camellalal.component;

import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TonalityReference;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.CamelContext;

/**
 * The options typed as enums read their text with the enum's own parser before Camel binds them, in URIs as in
 * component properties and YAML. Camel converts text to an enum itself, before any registered type converter, and
 * its failure names only the enum class; these parsers name the option, the value and the allowed values, and accept
 * what the options accepted as strings (stem and splitter in any case, {@code -} for {@code _} in a stem). A blank
 * value unsets the option, as it did.
 */
final class EnumOptions {

    private static final Map<String, Function<String, Object>> PARSERS = Map.of(
            "apiversion", LalalApiVersion::of,
            "splittype", SplitType::of,
            "splitter", Splitter::of,
            "stem", Stem::of,
            "encoderformat", LalalEncoderFormat::of,
            "extractionlevel", LalalExtractionLevel::of,
            "tonalityreference", TonalityReference::of);

    private EnumOptions() {
    }

    /** {@code value} as the option's enum when it is text of an enum option, else unchanged. */
    static Object parse(String name, Object value) {
        Function<String, Object> parser = PARSERS.get(name.toLowerCase(Locale.ROOT));
        if (parser == null || !(value instanceof String text) || text.startsWith("#")) {
            return value;
        }
        return text.isBlank() ? null : parser.apply(text);
    }

    /** The generated component configurer, with enum options parsed first. */
    static final class ComponentConfigurer extends LalalComponentConfigurer {
        @Override
        public boolean configure(CamelContext camelContext, Object obj, String name, Object value,
                boolean ignoreCase) {
            return super.configure(camelContext, obj, name, parse(name, value), ignoreCase);
        }
    }

    /** The generated endpoint configurer, with enum options parsed first. */
    static final class EndpointConfigurer extends LalalEndpointConfigurer {
        @Override
        public boolean configure(CamelContext camelContext, Object obj, String name, Object value,
                boolean ignoreCase) {
            return super.configure(camelContext, obj, name, parse(name, value), ignoreCase);
        }
    }
}
