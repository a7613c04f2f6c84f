package io.github.camellalal.client.v1;

import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Stem;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code presets} object of a v1 split or voice change, per split type; only what is set is sent. */
final class V1Presets {

    private V1Presets() {
    }

    static Map<String, Object> of(SplitRequest r) {
        if (r.enhancedProcessing() != null) {
            // v1's presets have no such field; sending it would be silently ignored
            throw new LalalValidationException("enhancedProcessing", r.enhancedProcessing(),
                    "not set: LALAL.AI API v1 has no enhanced processing option");
        }
        SplitType type = r.splitType();
        if (type == SplitType.STEM_SEPARATOR && r.stem() == Stem.VOICE) {
            // v1's stem separator has no voice stem: that is its voice_clean task
            throw new LalalValidationException("stem", "voice", "with LALAL.AI API v1 split type voice_clean for "
                    + "speech (option splitType=voice_clean); the stem separator's stems are "
                    + "vocals, drum, piano, bass, electric_guitar, acoustic_guitar, synthesizer, strings, wind");
        }
        if (r.noiseCancellingLevel() != null && type != SplitType.VOICE_CLEAN) {
            throw new LalalValidationException("noiseCancellingLevel", r.noiseCancellingLevel(),
                    "with LALAL.AI API v1 only with split type voice_clean");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        switch (type) {
            case STEM_SEPARATOR -> p.put("stem", (r.stem() == null ? Stem.VOCALS : r.stem()).id());
            case DEMUSER -> p.put("stem", "music");
            case VOICE_CLEAN -> p.put("stem", Stem.VOICE.id());
            case MULTISTEM -> p.put("stem_list", r.stems().stream().map(Stem::id).toList());
            case CHANGE_VOICE -> {
                p.put("voice_pack_id", r.voiceChange().voicePack());
                if (r.voiceChange().accent() != null) {
                    p.put("accent", r.voiceChange().accent());
                }
                if (r.voiceChange().tonalityReference() != null) {
                    p.put("tonality_reference", r.voiceChange().tonalityReference().id());
                }
            }
            default -> throw new IllegalStateException("split type " + type);
        }
        if (r.splitter() != null) {
            p.put("splitter", r.splitter().id()); // auto is the field left out: v1's enum has no "auto"
        }
        if (r.dereverb() != null) {
            p.put("dereverb_enabled", r.dereverb());
        }
        if (r.encoderFormat() != null) {
            p.put("encoder_format", r.encoderFormat());
        }
        if (r.extractionLevel() != null) {
            p.put("extraction_level", r.extractionLevel());
        }
        if (r.noiseCancellingLevel() != null) {
            p.put("noise_cancelling_level", r.noiseCancellingLevel());
        }
        p.putAll(r.extraParams());
        return p;
    }
}
