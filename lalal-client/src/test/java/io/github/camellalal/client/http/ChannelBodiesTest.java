package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.BasicHttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.protocol.BasicHttpContext;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.junit.jupiter.api.Test;

/**
 * The channel-readable body of the last answer received in a context, and nothing once an answer without one
 * came: a body of an earlier answer must never be read for a later one.
 */
class ChannelBodiesTest {

    private static final ChannelBodyInputStream CHANNEL_BODY = new ChannelBodyInputStream(null, null, 10, null,
            () -> 0);

    private static void receive(HttpContext context, org.apache.hc.core5.http.HttpEntity entity) throws Exception {
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(200);
        response.setEntity(entity);
        ChannelBodies.INTERCEPTOR.process(response, entity, context);
    }

    @Test
    void aChannelBodyIsNotedForTheCaller() throws Exception {
        HttpContext context = new BasicHttpContext();
        assertThat(ChannelBodies.of(context)).isNull();

        receive(context, new BasicHttpEntity(CHANNEL_BODY, 10, ContentType.APPLICATION_OCTET_STREAM));

        assertThat(ChannelBodies.of(context)).isSameAs(CHANNEL_BODY);
    }

    @Test
    void aLaterAnswerWithoutOneClearsIt() throws Exception {
        HttpContext context = new BasicHttpContext();
        receive(context, new BasicHttpEntity(CHANNEL_BODY, 10, ContentType.APPLICATION_OCTET_STREAM));
        receive(context, new BasicHttpEntity(InputStream.nullInputStream(), 0, ContentType.TEXT_PLAIN));
        assertThat(ChannelBodies.of(context)).isNull();

        receive(context, new BasicHttpEntity(CHANNEL_BODY, 10, ContentType.APPLICATION_OCTET_STREAM));
        receive(context, new ByteArrayEntity(new byte[1], ContentType.TEXT_PLAIN));
        assertThat(ChannelBodies.of(context)).isNull();

        receive(context, new BasicHttpEntity(CHANNEL_BODY, 10, ContentType.APPLICATION_OCTET_STREAM));
        receive(context, null);
        assertThat(ChannelBodies.of(context)).isNull();
    }
}
