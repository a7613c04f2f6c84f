package io.github.camellalal.component;

import io.github.camellalal.client.LalalValidationException;

/** The format of the result tracks (option {@code encoderFormat}, API v1). */
public enum LalalEncoderFormat {
    mp3,
    wav,
    flac,
    aac,
    ogg;

    /** The format named {@code value} ({@code mp3}, ...); other text fails naming the option and the formats. */
    static LalalEncoderFormat of(String value) {
        String v = value.trim();
        for (LalalEncoderFormat format : values()) {
            if (format.name().equals(v)) {
                return format;
            }
        }
        throw new LalalValidationException("encoderFormat", value, "mp3, wav, flac, aac, ogg");
    }
}
