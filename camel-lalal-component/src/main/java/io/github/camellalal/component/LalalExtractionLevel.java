package io.github.camellalal.component;

import io.github.camellalal.client.LalalValidationException;

/** How hard the stem separator and multistem separate (option {@code extractionLevel}, API v1). */
public enum LalalExtractionLevel {
    /** More detail, some bleeding between stems: the service's default. */
    deep_extraction,
    /** Cleaner stems. */
    clear_cut;

    /** The level named {@code value}; other text fails naming the option and the levels. */
    static LalalExtractionLevel of(String value) {
        String v = value.trim();
        for (LalalExtractionLevel level : values()) {
            if (level.name().equals(v)) {
                return level;
            }
        }
        throw new LalalValidationException("extractionLevel", value, "deep_extraction, clear_cut");
    }
}
