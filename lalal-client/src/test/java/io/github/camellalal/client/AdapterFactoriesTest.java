package io.github.camellalal.client;

import static io.github.camellalal.client.ScriptedServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.http.HttpLalalClientFactory;
import io.github.camellalal.client.v0.V0LalalClient;
import io.github.camellalal.client.v0.V0LalalClientFactory;
import io.github.camellalal.client.v1.V1LalalClient;
import io.github.camellalal.client.v1.V1LalalClientFactory;
import java.util.List;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

/**
 * Each API's factory makes that API's client, and a configurer given to it changes the client's HttpClient (here: a
 * default header every request then carries, seen by a scripted server on loopback).
 */
class AdapterFactoriesTest {

    @Test
    void eachFactoryMakesItsApisClientWithTheConfigurersChange() throws Exception {
        for (HttpLalalClientFactory factory : List.of(new V0LalalClientFactory(), new V1LalalClientFactory())) {
            try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','minutes_left':1}"));
                 LalalClient client = factory.create(LalalClientConfig.builder().baseUrl(server.baseUrl())
                         .apiKey("factory-key").apiVersion(factory.api()).build(), b -> b.setDefaultHeaders(
                                 List.of(new BasicHeader("Authorization", "configured"))))) {

                assertThat(client).isInstanceOf(factory.api().equals("v0") ? V0LalalClient.class
                        : V1LalalClient.class);
                assertThat(client.api()).isEqualTo(factory.api());
                client.limits();
                assertThat(server.seen()).singleElement().extracting(ScriptedServer.Seen::authorization)
                        .isEqualTo("configured");
            }
        }
    }
}
