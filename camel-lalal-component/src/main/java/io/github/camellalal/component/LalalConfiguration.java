package io.github.camellalal.component;

import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TonalityReference;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the lalal component and its endpoints: here what split, process and download do; the connection's in
 * {@link LalalConnectionConfiguration}, task tracking's in {@link LalalTasksConfiguration}. Set on the component
 * ({@code camel.component.lalal.*}), they are the defaults of every endpoint, which can override each in its URI.
 */
@UriParams
public class LalalConfiguration extends LalalTasksConfiguration implements Cloneable {

    @UriParam(label = "producer")
    private Splitter splitter;
    @UriParam(label = "producer", defaultValue = "stem_separator")
    private SplitType splitType = SplitType.STEM_SEPARATOR;
    @UriParam(label = "producer")
    private String stems;
    @UriParam(label = "producer")
    private LalalEncoderFormat encoderFormat;
    @UriParam(label = "producer")
    private LalalExtractionLevel extractionLevel;
    @UriParam(label = "producer")
    private String voicePack;
    @UriParam(label = "producer")
    private Double accent;
    @UriParam(label = "producer")
    private TonalityReference tonalityReference;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean deleteAfterDownload;
    @UriParam(label = "producer", defaultValue = "vocals")
    private Stem stem = Stem.VOCALS;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean dereverb;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean enhancedProcessing = true;
    @UriParam(label = "producer", enums = "0,1,2")
    private Integer noiseCancellingLevel;
    @UriParam(label = "producer", prefix = "splitParam.", multiValue = true)
    private Map<String, Object> splitParams = new HashMap<>();
    @UriParam(label = "producer", defaultValue = "stem")
    private LalalTrack track = LalalTrack.stem;

    @UriParam(label = "producer", defaultValue = "5000", javaType = "java.time.Duration")
    private long pollInterval = 5000;
    @UriParam(label = "producer", defaultValue = "1800000", javaType = "java.time.Duration")
    private long timeout = 1_800_000;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean cancelOnTimeout = true;
    @UriParam(label = "advanced", defaultValue = "100")
    private int checkBatchSize = 100;

    // Results and accepted media.
    @UriParam(label = "producer", defaultValue = "true")
    private boolean requireFullResult = true;
    @UriParam(label = "producer")
    private String extraExtensions;

    /** A copy, so an endpoint can change its options without touching the component's. */
    public LalalConfiguration copy() {
        try {
            LalalConfiguration copy = (LalalConfiguration) super.clone();
            copy.splitParams = new HashMap<>(splitParams);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public SplitType getSplitType() {
        return splitType;
    }

    /**
     * What split and process do (API v1 for all but stem_separator): stem_separator (option stem and the rest),
     * multistem (the stems of option stems, one track each), voice_clean (speech from noise), demuser (music from
     * everything else) or change_voice (the voice changer: the voice re-sung with option voicePack, one track
     * labelled converted_mix).
     */
    public void setSplitType(SplitType splitType) {
        this.splitType = splitType;
    }

    public String getStems() {
        return stems;
    }

    /**
     * The stems of a multistem split (API v1), comma-separated, e.g. vocals,drum,bass (1 to 6), each one of vocals,
     * voice, drum, bass, piano, electric_guitar, acoustic_guitar, synthesizer, strings or wind.
     */
    public void setStems(String stems) {
        this.stems = stems;
    }

    public LalalEncoderFormat getEncoderFormat() {
        return encoderFormat;
    }

    /** The format of the result tracks (API v1): mp3, wav, flac, aac or ogg. Unset: the source's format. */
    public void setEncoderFormat(LalalEncoderFormat encoderFormat) {
        this.encoderFormat = encoderFormat;
    }

    public LalalExtractionLevel getExtractionLevel() {
        return extractionLevel;
    }

    /**
     * Stem separator and multistem (API v1): deep_extraction (more detail, some bleeding between stems) or clear_cut
     * (cleaner stems). Unset: the service's default, deep_extraction.
     */
    public void setExtractionLevel(LalalExtractionLevel extractionLevel) {
        this.extractionLevel = extractionLevel;
    }

    public String getVoicePack() {
        return voicePack;
    }

    /**
     * The voice pack of splitType=change_voice, required with it (API v1): one of the service's packs ALEX_KAYE,
     * STASIA_FAYE, NICOLAAS_HAAS, NIK_ZEL, OLIA_CHEBO, YVAR_DE_GROOT, VETRANA, or the uuid4 pack id of a pack of the
     * license's own (operation voicePacks lists them). Header CamelLalalVoicePack overrides it.
     */
    public void setVoicePack(String voicePack) {
        this.voicePack = voicePack;
    }

    public Double getAccent() {
        return accent;
    }

    /**
     * The voice changer's accent (splitType=change_voice, API v1), from 0.0 (keeps the source's accent) to 1.0
     * (takes the voice pack's). Unset: the service's default, 1.0.
     */
    public void setAccent(Double accent) {
        this.accent = accent;
    }

    public TonalityReference getTonalityReference() {
        return tonalityReference;
    }

    /**
     * Where the voice changer takes the tonality from (splitType=change_voice, API v1): source_file or voice_pack.
     * Unset: the service's default, source_file.
     */
    public void setTonalityReference(TonalityReference tonalityReference) {
        this.tonalityReference = tonalityReference;
    }

    public boolean isDeleteAfterDownload() {
        return deleteAfterDownload;
    }

    /**
     * process (API v1): delete the uploaded file and its results from LALAL.AI's storage once the exchange has
     * completed with its tracks delivered.
     */
    public void setDeleteAfterDownload(boolean deleteAfterDownload) {
        this.deleteAfterDownload = deleteAfterDownload;
    }

    public Splitter getSplitter() {
        return splitter;
    }

    /**
     * The separation network: phoenix (every stem), orion or perseus (fewer stems); andromeda, lyra and lynx with API
     * v1 only. Unset, the service picks the most effective one for the stem (v1's auto). Header CamelLalalSplitter
     * overrides it.
     */
    public void setSplitter(Splitter splitter) {
        this.splitter = splitter;
    }

    public Stem getStem() {
        return stem;
    }

    /** The stem to separate. Header CamelLalalStem overrides it. */
    public void setStem(Stem stem) {
        this.stem = stem;
    }

    public boolean isDereverb() {
        return dereverb;
    }

    /**
     * Whether to remove reverberation (echo): of the separated stem, or with splitType=change_voice of the voice
     * before it is changed (clearer, may slightly alter the voice).
     */
    public void setDereverb(boolean dereverb) {
        this.dereverb = dereverb;
    }

    public boolean isEnhancedProcessing() {
        return enhancedProcessing;
    }

    /** Whether to use enhanced processing (all stems but voice). */
    public void setEnhancedProcessing(boolean enhancedProcessing) {
        this.enhancedProcessing = enhancedProcessing;
    }

    public Integer getNoiseCancellingLevel() {
        return noiseCancellingLevel;
    }

    /**
     * Noise cancelling for the voice stem only: 0 mild, 1 normal, 2 aggressive. Unset, the service uses 1; set with
     * another stem, the exchange fails before any request.
     */
    public void setNoiseCancellingLevel(Integer noiseCancellingLevel) {
        this.noiseCancellingLevel = noiseCancellingLevel;
    }

    public Map<String, Object> getSplitParams() {
        return splitParams;
    }

    /**
     * Further split parameters passed to the service untouched, e.g. splitParam.filter=2 for the undocumented
     * processing level of older API examples.
     */
    public void setSplitParams(Map<String, Object> splitParams) {
        this.splitParams = splitParams;
    }

    public LalalTrack getTrack() {
        return track;
    }

    /**
     * Which track download and process deliver: stem, back (everything else), both (a list of two messages, stem
     * first) or all (every track of the task as a list of messages, e.g. one per stem of a multistem split). Header
     * CamelLalalTrack overrides it. A voice change (splitType=change_voice) has one track, converted_mix: stem and
     * back deliver it as the body, all as a list of one message, both is refused.
     */
    public void setTrack(LalalTrack track) {
        this.track = track;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    /** How often process checks on the tasks it waits for (one check request for all of them). */
    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getTimeout() {
        return timeout;
    }

    /** How long process waits for a task to end before the exchange fails. */
    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public boolean isCancelOnTimeout() {
        return cancelOnTimeout;
    }

    /** Whether process cancels a task it stopped waiting for, so it uses no more license minutes. */
    public void setCancelOnTimeout(boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

    public int getCheckBatchSize() {
        return checkBatchSize;
    }

    /**
     * How many file ids one check request carries at most, for process and the tasks consumer: N tracked files cost
     * ceil(N / checkBatchSize) requests a poll. 100 keeps the form body and the answer small (a few tens of KB)
     * while 1,000 files cost 10 requests.
     */
    public void setCheckBatchSize(int checkBatchSize) {
        this.checkBatchSize = checkBatchSize;
    }

    public boolean isRequireFullResult() {
        return requireFullResult;
    }

    /**
     * Whether process and download need a full-length result: when the license gives only the service's short
     * preview (no split or player tracks), the exchange fails naming the license's plan instead of delivering the
     * preview as if it were the song. Header CamelLalalResultKind says which result a message holds.
     */
    public void setRequireFullResult(boolean requireFullResult) {
        this.requireFullResult = requireFullResult;
    }

    public String getExtraExtensions() {
        return extraExtensions;
    }

    /**
     * File extensions to upload besides those the service accepts (mp3, wav, flac, ogg, oga, opus, m4a, aac, aiff,
     * aif, wma, mp4, mkv, avi, mov, webm), comma-separated without dots, or an asterisk for any. A file of another
     * extension is refused before the upload, since the service would refuse to split it.
     */
    public void setExtraExtensions(String extraExtensions) {
        this.extraExtensions = extraExtensions;
    }
}
