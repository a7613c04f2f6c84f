package io.github.camellalal.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.component.LalalConstants;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Kafka in, Kafka out. A request on {@code kafka.requestTopic} says where a file is and which stem is wanted:
 * <pre>{"url": "https://host/song.mp3", "stem": "drum"}</pre>, <pre>{"s3Key": "song.mp3", "stem": "vocals"}</pre>
 * (from {@code s3.inBucket}) or <pre>{"ftpPath": "incoming/song.mp3", "stem": "bass"}</pre> (on the {@code ftp.*}
 * server, left in place). The route fetches it, uploads and splits it; the tasks consumer then publishes every
 * state change of every file as a JSON event on {@code kafka.eventsTopic}, keyed by file id.
 */
public class KafkaStemsRoutes extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        String kafka = "?brokers={{kafka.brokers}}";

        from("kafka:{{kafka.requestTopic}}" + kafka + "&groupId={{kafka.groupId:lalal-requests}}"
                + "&autoOffsetReset=earliest")
                .routeId("kafka-requests")
                .process(KafkaStemsRoutes::readRequest)
                .choice()
                    .when(exchangeProperty("url").isNotNull())
                        .setBody(constant((Object) null))
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .toD("${exchangeProperty.url}")
                    .when(exchangeProperty("ftpPath").isNotNull())
                        // fetch one file to the local work directory; noop leaves it on the server
                        .pollEnrich(simple("ftp://{{ftp.user}}@{{ftp.host}}:{{ftp.port}}/${exchangeProperty.ftpDir}"
                                + "?" + FtpStemsRoute.OPTIONS + "&fileName=${exchangeProperty.ftpName}&noop=true"
                                + "&idempotent=false&localWorkDirectory={{ftp.workDir}}"), 30_000, (String) null, false)
                    .otherwise()
                        .setHeader("CamelAwsS3Key", exchangeProperty("s3Key"))
                        .to("aws2-s3://{{s3.inBucket}}?operation=getObject&" + S3StemsRoute.S3)
                .end()
                .removeHeaders("*", LalalConstants.STEM, LalalConstants.FILE_NAME)
                .to("lalal:upload")
                .to("lalal:split")
                .log("Request for ${header.CamelLalalFileName} (${header.CamelLalalStem}) queued as file "
                        + "${header.CamelLalalFileId}");

        from("lalal:tasks?emitProgress=true&delay={{kafka.pollInterval:1000}}")
                .routeId("kafka-events")
                .process(KafkaStemsRoutes::toEvent)
                .to("kafka:{{kafka.eventsTopic}}" + kafka);
    }

    /** Reads the request JSON into exchange properties and the lalal headers (stem, file name). */
    static void readRequest(Exchange e) throws Exception {
        JsonNode request = JSON.readTree(e.getMessage().getBody(String.class));
        String url = request.path("url").asText(null);
        String key = request.path("s3Key").asText(null);
        String ftp = request.path("ftpPath").asText(null);
        long named = java.util.stream.Stream.of(url, key, ftp).filter(java.util.Objects::nonNull).count();
        if (named != 1) {
            throw new IllegalArgumentException("A stems request names exactly one of \"url\", \"s3Key\" or "
                    + "\"ftpPath\": " + request);
        }
        String location = url != null ? url : key != null ? key : ftp;
        String name = location.substring(location.lastIndexOf('/') + 1);
        int query = name.indexOf('?');
        e.setProperty("url", url);
        e.setProperty("s3Key", key);
        if (ftp != null) {
            int slash = ftp.lastIndexOf('/');
            e.setProperty("ftpPath", ftp);
            e.setProperty("ftpDir", slash < 0 ? "" : ftp.substring(0, slash));
            e.setProperty("ftpName", ftp.substring(slash + 1));
        }
        e.getMessage().setHeader(LalalConstants.FILE_NAME, query < 0 ? name : name.substring(0, query));
        e.getMessage().setHeader(LalalConstants.STEM, request.path("stem").asText("vocals"));
    }

    /** A task state change as a JSON event keyed by file id. */
    static void toEvent(Exchange e) throws Exception {
        var m = e.getMessage();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("fileId", m.getHeader(LalalConstants.FILE_ID));
        event.put("fileName", m.getHeader(LalalConstants.FILE_NAME));
        event.put("stem", m.getHeader(LalalConstants.STEM));
        event.put("state", m.getHeader(LalalConstants.TASK_STATE));
        event.put("previousState", m.getHeader(LalalConstants.PREVIOUS_TASK_STATE));
        event.put("progress", m.getHeader(LalalConstants.PROGRESS));
        event.put("stemTrackUrl", m.getHeader(LalalConstants.STEM_TRACK_URL));
        event.put("backTrackUrl", m.getHeader(LalalConstants.BACK_TRACK_URL));
        m.setHeader(KafkaConstants.KEY, m.getHeader(LalalConstants.FILE_ID));
        m.setBody(JSON.writeValueAsString(event));
    }
}
