package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input is refused before any request, with a message naming the option, header or id: endpoint options
 * when the endpoint is created or started (a route that cannot work does not start), message input when the
 * exchange is processed. One row per input; each asserts the message and that the emulator received nothing.
 */
class LalalRefusedInputTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(100);

    /**
     * One refused input.
     *
     * @param name     what is wrong, for the test report
     * @param uri      the endpoint
     * @param exchange {@code null} for an endpoint-option row, else what the exchange carries
     * @param expected fragments the message (or one of its causes) must contain
     */
    record Row(String name, String uri, Input exchange, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The body and headers of an exchange row. */
    record Input(Supplier<Object> body, Map<String, Object> headers) {
    }

    private static Row option(String name, String uri, String... expected) {
        return new Row(name, uri, null, List.of(expected));
    }

    private static Row message(String name, String uri, Supplier<Object> body, Map<String, Object> headers,
            String... expected) {
        return new Row(name, uri, new Input(body, headers), List.of(expected));
    }

    private static Row ids(String name, String uri, String header, Object value, String... expected) {
        return message(name, uri, () -> null, Map.of(header, value), expected);
    }

    private static Row upload(String name, String uri, Supplier<Object> body, String fileName, String... expected) {
        return message(name, uri, body, fileName == null ? Map.of() : Map.of(LalalConstants.FILE_NAME, fileName),
                expected);
    }

    private static Path emptyFile() {
        try {
            Path p = Files.createTempFile("lalal-empty-", ".wav");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Row> rows() {
        String id = "CamelLalalFileId";
        String ids = "CamelLalalFileIds";
        Map<String, Object> stemAndSplitter = new LinkedHashMap<>();
        stemAndSplitter.put(LalalConstants.SPLITTER, "perseus");
        stemAndSplitter.put(LalalConstants.STEM, "piano");
        List<String> emptyEntry = new ArrayList<>(List.of("a", ""));
        return Stream.of(
                option("pollInterval 0", "lalal:check?pollInterval=0", "'pollInterval'", "'0'", "above 0"),
                option("pollInterval negative", "lalal:process?pollInterval=-5", "'pollInterval'", "'-5'"),
                option("timeout 0", "lalal:process?timeout=0", "'timeout'", "'0'"),
                option("timeout negative", "lalal:process?timeout=-1", "'timeout'", "'-1'"),
                option("connectTimeout 0", "lalal:check?connectTimeout=0", "'connectTimeout'"),
                option("connectTimeout negative", "lalal:check?connectTimeout=-1", "'connectTimeout'", "'-1'"),
                option("responseTimeout 0", "lalal:check?responseTimeout=0", "'responseTimeout'"),
                option("responseTimeout negative", "lalal:upload?responseTimeout=-100", "'responseTimeout'"),
                option("maxRetryWait negative", "lalal:check?maxRetryWait=-1", "'maxRetryWait'", "0 or more"),
                option("checkBatchSize 0", "lalal:process?checkBatchSize=0", "'checkBatchSize'", "'0'"),
                option("checkBatchSize negative", "lalal:tasks?checkBatchSize=-3", "'checkBatchSize'", "'-3'"),
                option("workerPoolSize on an endpoint", "lalal:process?workerPoolSize=4", "Unknown parameters",
                        "workerPoolSize=4"),
                option("maxConnections 0", "lalal:check?maxConnections=0", "'maxConnections'"),
                option("maxConnections negative", "lalal:check?maxConnections=-2", "'maxConnections'", "'-2'"),
                option("maxRetries negative", "lalal:check?maxRetries=-1", "'maxRetries'", "0 or more"),
                option("proxyPort 0", "lalal:check?proxyHost=proxy&proxyPort=0", "'proxyPort'", "1 to 65535"),
                option("proxyPort too big", "lalal:check?proxyHost=proxy&proxyPort=70000", "'proxyPort'", "'70000'"),
                option("proxyHost with a scheme", "lalal:check?proxyHost=RAW(http://proxy)", "'proxyHost'"),
                option("baseUrl not http", "lalal:check?baseUrl=RAW(ftp://127.0.0.1/)", "'baseUrl'", "ftp://"),
                option("baseUrl not a URL", "lalal:check?baseUrl=not-a-url", "'baseUrl'", "'not-a-url'"),
                option("baseUrl without host", "lalal:check?baseUrl=RAW(http://)", "'baseUrl'"),
                option("baseUrl with a query", "lalal:check?baseUrl=RAW(http://127.0.0.1:9/x?y=1)", "'baseUrl'",
                        "without query"),
                option("baseUrl with a space", "lalal:check?baseUrl=RAW(http://exa mple.com)", "'baseUrl'"),
                option("stem unknown", "lalal:split?stem=kazoo", "'stem'", "'kazoo'"),
                option("stems entry unknown", "lalal:split?apiVersion=v1&splitType=multistem&stems=vocals,kazoo",
                        "'stems'", "'vocals,kazoo'", "'kazoo' is not one"),
                option("splitter unknown", "lalal:split?splitter=nebula", "'splitter'", "'nebula'"),
                option("splitter of API v1 only with v0", "lalal:split?splitter=andromeda", "'apiVersion'",
                        "splitter=andromeda needs LALAL.AI API v1"),
                option("noise level without voice", "lalal:split?stem=drum&noiseCancellingLevel=2",
                        "'noiseCancellingLevel'"),
                option("fileIds empty entry", "lalal:tasks?fileIds=a,,b", "'fileIds'", "an entry is empty"),
                option("fileIds with a space", "lalal:tasks?fileIds=RAW(a, b)", "'fileIds'", "' b'"),
                option("extraExtensions with a dot", "lalal:upload?extraExtensions=.mid", "'extraExtensions'",
                        "'.mid'"),
                option("extraExtensions empty entry", "lalal:upload?extraExtensions=mid,,dsf",
                        "'extraExtensions'"),
                option("no license key", "lalalkeyless:check", "No LALAL.AI license key", "apiKey"),
                option("track unknown", "lalal:download?track=middle", "track", "middle"),
                option("voicePack unknown", "lalal:process?apiVersion=v1&splitType=change_voice&voicePack=ELVIS",
                        "'voicePack'", "'ELVIS'", "ALEX_KAYE, STASIA_FAYE", "uuid4"),
                option("voicePack a uuid but not uuid4", "lalal:split?apiVersion=v1&splitType=change_voice"
                        + "&voicePack=8a3c1f52-4d6e-1f7a-9b8c-0d1e2f3a4b5c", "'voicePack'", "'8a3c1f52-4d6e-1f7a",
                        "uuid4"),
                option("voicePack missing", "lalal:split?apiVersion=v1&splitType=change_voice", "'voicePack'",
                        "required with split type change_voice"),
                option("voicePack without change_voice", "lalal:split?apiVersion=v1&voicePack=NIK_ZEL",
                        "'voicePack'", "'NIK_ZEL'", "only with splitType=change_voice"),
                option("accent above 1", "lalal:process?apiVersion=v1&splitType=change_voice&voicePack=NIK_ZEL"
                        + "&accent=1.5", "'accent'", "'1.5'", "0.0", "1.0"),
                option("accent below 0", "lalal:process?apiVersion=v1&splitType=change_voice&voicePack=NIK_ZEL"
                        + "&accent=-0.2", "'accent'", "'-0.2'"),
                option("accent without change_voice", "lalal:split?apiVersion=v1&splitType=demuser&accent=0.5",
                        "'accent'", "'0.5'", "only with splitType=change_voice"),
                option("tonalityReference unknown", "lalal:process?apiVersion=v1&splitType=change_voice"
                        + "&voicePack=NIK_ZEL&tonalityReference=pitch", "'tonalityReference'", "'pitch'",
                        "source_file, voice_pack"),
                option("splitter with change_voice", "lalal:split?apiVersion=v1&splitType=change_voice"
                        + "&voicePack=NIK_ZEL&splitter=lyra", "'splitter'", "'lyra'", "no splitter"),
                option("extractionLevel with change_voice", "lalal:split?apiVersion=v1&splitType=change_voice"
                        + "&voicePack=NIK_ZEL&extractionLevel=clear_cut", "'extractionLevel'",
                        "stem_separator or multistem"),
                option("noiseCancellingLevel with change_voice", "lalal:split?apiVersion=v1&splitType=change_voice"
                        + "&voicePack=NIK_ZEL&noiseCancellingLevel=1", "'noiseCancellingLevel'", "voice_clean"),
                option("change_voice with v0", "lalal:process?splitType=change_voice&voicePack=NIK_ZEL",
                        "'apiVersion'", "'v0'", "splitType=change_voice needs LALAL.AI API v1"),
                option("voicePacks with v0", "lalal:voicePacks", "'apiVersion'", "'v0'",
                        "operation voicePacks needs LALAL.AI API v1"),

                ids("id with a space", "lalal:check", id, "abc def", "'" + id + "'", "'abc def'"),
                ids("id with a leading space", "lalal:check", id, " abc", "'" + id + "'", "' abc'"),
                ids("id with a newline", "lalal:cancel", id, "x\ny", "'" + id + "'"),
                ids("id with a slash", "lalal:download", id, "a/b", "'" + id + "'", "'a/b'"),
                ids("id too long", "lalal:check", id, "a".repeat(200), "'" + id + "'"),
                ids("empty entry inside", "lalal:check", ids, "a,,b", "'" + ids + "'", "an entry is empty"),
                ids("empty entry at the end", "lalal:check", ids, "a,b,", "'" + ids + "'", "an entry is empty"),
                ids("empty entry at the start", "lalal:split", ids, ",a", "'" + ids + "'", "an entry is empty"),
                ids("empty string in a list", "lalal:check", ids, emptyEntry, "'" + ids + "'", "an entry is empty"),
                ids("blank string in a list", "lalal:split", ids, List.of("ok-id", " "), "'" + ids + "'",
                        "' ' is not one"),
                ids("empty list", "lalal:cancel", ids, List.of(), "'" + ids + "'", "the list is empty"),
                ids("semicolon separated", "lalal:check", ids, "a;b", "'" + ids + "'", "'a;b'"),
                ids("empty entry for track", "lalal:track", ids, "a,,b", "'" + ids + "'", "an entry is empty"),
                ids("a list element holding a comma", "lalal:check", ids, List.of("f-1", "a,b"), "'" + ids + "'",
                        "'a,b' is not one"),
                message("spaces after commas in the body", "lalal:check", () -> "id1, id2", Map.of(), "'body'",
                        "' id2'"),

                upload("empty bytes", "lalal:upload", () -> new byte[0], "a.wav", "empty", "a.wav"),
                upload("empty file", "lalal:upload", LalalRefusedInputTest::emptyFile, null, "empty"),
                upload("empty stream", "lalal:upload", () -> new ByteArrayInputStream(new byte[0]), "s.wav",
                        "empty", "s.wav"),
                upload("empty bytes for process", "lalal:process", () -> new byte[0], "p.wav", "empty"),
                upload("extension not accepted", "lalal:upload", () -> WAV, "song.txt",
                        "file name (header CamelLalalFileName)", "'song.txt'", "mp3", "extraExtensions"),
                message("extension of CamelFileName not accepted", "lalal:upload", () -> WAV,
                        Map.of(Exchange.FILE_NAME, "inbox/notes.txt"), "file name (header CamelFileName)",
                        "'notes.txt'"),
                upload("no extension", "lalal:upload", () -> WAV, "song", "'song'", "wav"),
                upload("extension not accepted by process", "lalal:process", () -> WAV, "song.exe", "'song.exe'"),
                upload("extension not among extraExtensions", "lalal:upload?extraExtensions=mid", () -> WAV,
                        "song.txt", "'song.txt'", "(mid)"),
                upload("blank file name", "lalal:upload", () -> WAV, "   ", "No file name"),
                upload("text body", "lalal:upload", () -> "hello", "h.wav", "Cannot upload a body of type"),

                message("stem header unknown", "lalal:process", () -> WAV,
                        Map.of(LalalConstants.STEM, "kazoo", LalalConstants.FILE_NAME, "k.wav"), "'stem'", "'kazoo'"),
                message("stem the splitter lacks", "lalal:split", () -> "f-1", stemAndSplitter, "'piano'",
                        "splitter perseus"),
                message("operation header unknown", "lalal:check", () -> "f-1",
                        Map.of(LalalConstants.OPERATION, "explode"), "'explode'", "upload, split, check"),
                message("voice pack header unknown", "lalal:process?apiVersion=v1&splitType=change_voice"
                        + "&voicePack=NIK_ZEL", () -> WAV, Map.of(LalalConstants.VOICE_PACK, "ELVIS",
                        LalalConstants.FILE_NAME, "v.wav"), "'voicePack'", "'ELVIS'", "VETRANA"),
                message("track both with change_voice", "lalal:process?apiVersion=v1&splitType=change_voice"
                        + "&voicePack=NIK_ZEL&track=both", () -> WAV, Map.of(LalalConstants.FILE_NAME, "v.wav"),
                        "'track'", "'both'", "converted_mix"),
                message("track header unknown", "lalal:download", () -> null,
                        Map.of(LalalConstants.TRACK, "middle", LalalConstants.FILE_ID, "f-1"),
                        "'CamelLalalTrack'", "'middle'", "stem, back, both or all"));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent keyless = new LalalComponent();
        keyless.getConfiguration().setBaseUrl(emulator().baseUrl());
        context.addComponent("lalalkeyless", keyless);
        return context;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedBeforeAnyRequest(Row row) {
        Throwable failure = row.exchange() == null ? endpointFailure(row.uri()) : exchangeFailure(row);

        assertThat(failure).as("%s must be refused", row.name()).isNotNull();
        String messages = messages(failure);
        assertThat(messages).as("message of %s", row.name()).contains(row.expected());
        assertThat(emulator().requestLog().all()).as("requests the emulator received").isEmpty();
    }

    private Throwable endpointFailure(String uri) {
        try {
            Endpoint endpoint = context.getEndpoint(uri);
            ServiceHelper.startService(endpoint);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private Throwable exchangeFailure(Row row) {
        Exchange e = template.request(row.uri(), x -> {
            x.getMessage().setBody(row.exchange().body().get());
            x.getMessage().getHeaders().putAll(row.exchange().headers());
        });
        return e.getException();
    }

    /** The messages of an exception and its causes: Camel wraps endpoint failures. */
    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}
