package io.github.camellalal.component;

import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import java.util.Map;
import org.apache.camel.Message;

/**
 * The split settings of one exchange: the endpoint's options with headers {@code CamelLalalStem} and
 * {@code CamelLalalSplitter} applied. Building it validates the combination, so bad input fails before any request.
 */
record SplitOptions(Stem stem, Splitter splitter, boolean dereverb, boolean enhancedProcessing,
                    Integer noiseCancellingLevel, Map<String, Object> extraParams) {

    SplitOptions {
        // Validate by building a request for a placeholder id: the same rules as the real one.
        SplitRequest.forFile("-").stem(stem).splitter(splitter).noiseCancellingLevel(noiseCancellingLevel).build();
    }

    /** The endpoint's own settings, without headers. */
    static SplitOptions fromConfiguration(LalalConfiguration c) {
        return new SplitOptions(parseStem(c.getStem()), parseSplitter(c.getSplitter()), c.isDereverb(),
                c.isEnhancedProcessing(), c.getNoiseCancellingLevel(), c.getSplitParams());
    }

    /** The endpoint's settings with the message's headers applied. */
    static SplitOptions fromMessage(LalalConfiguration c, Message message) {
        String stem = message.getHeader(LalalConstants.STEM, c.getStem(), String.class);
        String splitter = message.getHeader(LalalConstants.SPLITTER, c.getSplitter(), String.class);
        return new SplitOptions(parseStem(stem), parseSplitter(splitter), c.isDereverb(), c.isEnhancedProcessing(),
                c.getNoiseCancellingLevel(), c.getSplitParams());
    }

    /** The request for one file; only settings that differ from the service's defaults are sent. */
    SplitRequest toRequest(String fileId) {
        SplitRequest.Builder b = SplitRequest.forFile(fileId).stem(stem).splitter(splitter)
                .noiseCancellingLevel(noiseCancellingLevel);
        if (dereverb) {
            b.dereverb(true);
        }
        if (!enhancedProcessing) {
            b.enhancedProcessing(false);
        }
        extraParams.forEach(b::extraParam);
        return b.build();
    }

    private static Stem parseStem(String value) {
        return value == null || value.isBlank() ? Stem.VOCALS : Stem.of(value);
    }

    private static Splitter parseSplitter(String value) {
        return value == null || value.isBlank() ? null : Splitter.of(value);
    }
}
