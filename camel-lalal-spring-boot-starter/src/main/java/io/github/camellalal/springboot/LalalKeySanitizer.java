package io.github.camellalal.springboot;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the LALAL.AI license key and the proxy password in {@code /actuator/configprops} and
 * {@code /actuator/env}, also where an application shows values ({@code show-values=always}). Matches every
 * spelling of the property: {@code camel.component.lalal.api-key}, {@code ...apiKey},
 * {@code CAMEL_COMPONENT_LALAL_APIKEY}, nested {@code camel.component.lalal.configuration.apiKey}, and the
 * {@code LALAL_API_KEY} variable the docs suggest.
 */
public class LalalKeySanitizer implements SanitizingFunction {

    /** Creates the sanitizer. */
    public LalalKeySanitizer() {
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isSecret(data.getKey()) && data.getValue() != null ? data.withSanitizedValue() : data;
    }

    /** Whether a property name, in any of Spring's spellings, names a lalal secret. */
    static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return k.contains("lalal") && (k.endsWith("apikey") || k.endsWith("password"));
    }
}
