package io.github.camellalal.component.options;

import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TonalityReference;
import io.github.camellalal.client.VoiceChange;
import io.github.camellalal.component.message.HeaderNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Message;

/**
 * The split settings of one exchange: the endpoint's options with headers {@code CamelLalalStem},
 * {@code CamelLalalSplitter} and {@code CamelLalalVoicePack} applied. Building it validates the combination, so bad
 * input fails before any request.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public record SplitOptions(Stem stem, Splitter splitter, boolean dereverb, boolean enhancedProcessing,
                           Integer noiseCancellingLevel, Map<String, Object> extraParams, SplitType splitType,
                           List<Stem> stems, String encoderFormat, String extractionLevel, VoiceChange voiceChange) {

    public SplitOptions {
        // Validate by building a request for a placeholder id: the same rules as the real one.
        builder("-", stem, splitter, noiseCancellingLevel, splitType, stems, encoderFormat, extractionLevel,
                voiceChange).build();
    }

    /**
     * The endpoint's split options as set, unchecked: options stem, splitter, dereverb, enhancedProcessing,
     * noiseCancellingLevel, splitParam.*, splitType, stems, encoderFormat, extractionLevel and the voice changer's
     * voicePack, accent and tonalityReference.
     */
    public record Settings(String stem, String splitter, boolean dereverb, boolean enhancedProcessing,
                           Integer noiseCancellingLevel, Map<String, Object> splitParams, String splitType,
                           String stems, String encoderFormat, String extractionLevel, String voicePack,
                           Double accent, String tonalityReference) {
    }

    /** The endpoint's own settings, without headers. */
    public static SplitOptions fromSettings(Settings c) {
        return of(c, c.stem(), c.splitter(), c.voicePack());
    }

    /** The endpoint's settings with the message's headers applied. */
    public static SplitOptions fromMessage(Settings c, Message message) {
        String stem = message.getHeader(HeaderNames.STEM, c.stem(), String.class);
        String splitter = message.getHeader(HeaderNames.SPLITTER, c.splitter(), String.class);
        String voicePack = message.getHeader(HeaderNames.VOICE_PACK, c.voicePack(), String.class);
        return of(c, stem, splitter, voicePack);
    }

    private static SplitOptions of(Settings c, String stem, String splitter, String voicePack) {
        SplitType type = c.splitType() == null || c.splitType().isBlank() ? SplitType.STEM_SEPARATOR
                : SplitType.of(c.splitType());
        // the stem option (default vocals) only means something to the stem separator
        Stem s = type == SplitType.STEM_SEPARATOR ? parseStem(stem) : null;
        return new SplitOptions(s, parseSplitter(splitter), c.dereverb(), c.enhancedProcessing(),
                c.noiseCancellingLevel(), c.splitParams(), type, parseStems(c.stems()),
                blankToNull(c.encoderFormat()), blankToNull(c.extractionLevel()),
                voiceChange(type, blankToNull(voicePack), c.accent(), blankToNull(c.tonalityReference())));
    }

    /** The voice changer's settings with split type change_voice; set with another type, they are refused. */
    private static VoiceChange voiceChange(SplitType type, String voicePack, Double accent, String tonality) {
        if (type == SplitType.CHANGE_VOICE) {
            if (voicePack == null) {
                throw new LalalValidationException("voicePack", null, "required with split type change_voice: "
                        + VoiceChange.ALLOWED_PACKS);
            }
            return new VoiceChange(voicePack, accent, tonality == null ? null : TonalityReference.of(tonality));
        }
        String only = "only with splitType=change_voice (splitType is " + type.id() + ")";
        if (voicePack != null) {
            throw new LalalValidationException("voicePack", voicePack, only);
        }
        if (accent != null) {
            throw new LalalValidationException("accent", accent, only);
        }
        if (tonality != null) {
            throw new LalalValidationException("tonalityReference", tonality, only);
        }
        return null;
    }

    /** What is separated, for a log line: the split type and its stem or stems, e.g. {@code multistem drum,bass}. */
    public String summary() {
        if (voiceChange != null) {
            return splitType.id() + " " + voiceChange.voicePack();
        }
        String what = stem != null ? stem.id()
                : stems.stream().map(Stem::id).collect(java.util.stream.Collectors.joining(","));
        return what.isEmpty() ? splitType.id() : splitType.id() + " " + what;
    }

    /** The request for one file; only settings that differ from the service's defaults are sent. */
    public SplitRequest toRequest(String fileId) {
        SplitRequest.Builder b = builder(fileId, stem, splitter, noiseCancellingLevel, splitType, stems,
                encoderFormat, extractionLevel, voiceChange);
        if (dereverb) {
            b.dereverb(true);
        }
        if (!enhancedProcessing) {
            b.enhancedProcessing(false);
        }
        extraParams.forEach(b::extraParam);
        return b.build();
    }

    private static SplitRequest.Builder builder(String fileId, Stem stem, Splitter splitter, Integer level,
            SplitType type, List<Stem> stems, String encoderFormat, String extractionLevel, VoiceChange voice) {
        return SplitRequest.forFile(fileId).stem(stem).splitter(splitter).noiseCancellingLevel(level)
                .splitType(type).stems(stems).encoderFormat(encoderFormat).extractionLevel(extractionLevel)
                .voiceChange(voice);
    }

    private static Stem parseStem(String value) {
        return value == null || value.isBlank() ? Stem.VOCALS : Stem.of(value);
    }

    private static Splitter parseSplitter(String value) {
        return value == null || value.isBlank() ? null : Splitter.of(value);
    }

    private static List<Stem> parseStems(String value) {
        List<Stem> list = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return list;
        }
        for (String part : value.split(",", -1)) {
            if (part.isBlank()) {
                throw new LalalValidationException("stems", value, "stem names separated by commas, no empty entry");
            }
            try {
                list.add(Stem.of(part));
            } catch (LalalValidationException e) {
                // the user wrote option stems: name it, and the entry that is wrong
                throw new LalalValidationException("stems", value, "stem names separated by commas, each one of "
                        + Stem.allowedNames() + "; '" + part + "' is not one");
            }
        }
        return list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
