package io.github.camellalal.component;

import io.github.camellalal.client.LalalValidationException;

/** The LALAL.AI API an endpoint speaks (option {@code apiVersion}). */
public enum LalalApiVersion {
    /** The older API, the default: file ids name the tasks. */
    v0,
    /** The API LALAL.AI documents today: task ids, batch splits, multistem, voice clean, de-music, formats. */
    v1;

    /** The version named {@code value} ({@code v0}, {@code v1}); other text fails naming the option. */
    static LalalApiVersion of(String value) {
        String v = value.trim();
        for (LalalApiVersion version : values()) {
            if (version.name().equals(v)) {
                return version;
            }
        }
        throw new LalalValidationException("apiVersion", value, "v0, v1");
    }
}
