package io.github.camellalal.examples;

import io.github.camellalal.component.LalalConstants;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * S3 bucket in, S3 bucket out: each object of {@code s3.inBucket} is streamed to LALAL.AI, and its stem and back
 * track are stored in {@code s3.outBucket} under a prefix named after the source ({@code song.wav/...}). The source
 * is deleted only when the exchange succeeds; a file that cannot be separated is first copied to
 * {@code failed/<key>} in the output bucket with a {@code .error.txt} beside it.
 */
public class S3StemsRoute extends RouteBuilder {

    /** Options every aws2-s3 endpoint of this route shares (credentials, endpoint override for S3-compatibles). */
    static final String S3 = "accessKey=RAW({{s3.accessKey}})&secretKey=RAW({{s3.secretKey}})&region={{s3.region}}"
            + "&overrideEndpoint={{s3.overrideEndpoint:false}}&uriEndpointOverride={{s3.endpoint:}}"
            + "&forcePathStyle={{s3.forcePathStyle:false}}";

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true) // the source is kept as failed/<key> below, so deleting it loses nothing
                .log(LoggingLevel.ERROR, "Failed to separate s3:${header.CamelAwsS3Key}: ${exception.message}")
                // the consumer deletes the object named by CamelAwsS3Key when the exchange completes: keep it
                .setProperty("sourceKey", header("CamelAwsS3Key"))
                .setHeader("CamelAwsS3BucketDestinationName", simple("{{s3.outBucket}}"))
                .setHeader("CamelAwsS3DestinationKey", simple("failed/${header.CamelAwsS3Key}"))
                .to("aws2-s3://{{s3.inBucket}}?operation=copyObject&" + S3)
                .setBody(simple("${exception.message}"))
                .removeHeaders("CamelAwsS3*")
                .setHeader("CamelAwsS3Key", simple("failed/${exchangeProperty.sourceKey}.error.txt"))
                .to("aws2-s3://{{s3.outBucket}}?" + S3)
                .setHeader("CamelAwsS3Key", exchangeProperty("sourceKey"));

        from("aws2-s3://{{s3.inBucket}}?deleteAfterRead=true&delay=500&" + S3)
                .routeId("s3-stems")
                .setHeader(LalalConstants.FILE_NAME, header("CamelAwsS3Key"))
                .log("Separating s3:${header.CamelAwsS3Key}")
                .to("lalal:process?stem={{s3.stem:vocals}}&track=both&pollInterval=250")
                .split(body())
                    // each track is a file of its own: no header of the source object may describe it
                    .setHeader("sourceKey", header("CamelAwsS3Key"))
                    .removeHeaders("CamelAwsS3*")
                    .setHeader("CamelAwsS3Key", simple("${header.sourceKey}/${header." + Exchange.FILE_NAME + "}"))
                    .to("aws2-s3://{{s3.outBucket}}?" + S3)
                .end()
                .log("Stems of s3:${header.CamelAwsS3Key} stored in {{s3.outBucket}}");
    }
}
