package io.github.camellalal.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.component.LalalApiVersion;
import io.github.camellalal.component.LalalConfiguration;
import io.github.camellalal.component.LalalEncoderFormat;
import io.github.camellalal.component.LalalExtractionLevel;
import io.github.camellalal.component.LalalTrack;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Properties alone configure the lalal component of a Spring Boot application, as with Camel's starters. */
class LalalStarterTest {

    private static final String KEY = "starter-key-91be";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    LalalComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.lalal.api-key=" + KEY,
                    "camel.component.lalal.base-url=" + EMULATOR.baseUrl());

    private static LalalConfiguration component(CamelContext camel) {
        return camel.getComponent("lalal", LalalComponent.class).getConfiguration();
    }

    @Test
    void propertiesReachTheComponentAndItsRequests() {
        runner.withPropertyValues("camel.component.lalal.poll-interval=750", "camel.component.lalal.stem=drum",
                "camel.component.lalal.track=both", "camel.component.lalal.split-params.filter=2",
                "camel.component.lalal.health-check-producer-enabled=false",
                "camel.component.lalal.worker-pool-size=3").run(ctx -> {
                    CamelContext camel = ctx.getBean(CamelContext.class);
                    LalalConfiguration c = component(camel);
                    assertThat(c.getBaseUrl()).isEqualTo(EMULATOR.baseUrl());
                    assertThat(c.getPollInterval()).isEqualTo(750);
                    assertThat(c.getStem()).isEqualTo(Stem.DRUM);
                    assertThat(c.getTrack()).isEqualTo(LalalTrack.both);
                    assertThat(c.getSplitParams()).isEqualTo(Map.of("filter", "2"));
                    assertThat(camel.getComponent("lalal", LalalComponent.class).isHealthCheckProducerEnabled())
                            .isFalse();
                    assertThat(camel.getComponent("lalal", LalalComponent.class).getWorkerPoolSize()).isEqualTo(3);

                    LicenseLimits limits = ctx.getBean(ProducerTemplate.class)
                            .requestBody("lalal:limits", null, LicenseLimits.class);
                    assertThat(limits.plan()).isEqualTo("Plus");
                    assertThat(EMULATOR.requestLog().of(Endpoint.LIMITS)).singleElement()
                            .satisfies(r -> assertThat(r.query()).contains("key=" + KEY));
                });
    }

    @Test
    void enumOptionsTakeTheValuesAsTheDocsWriteThem() {
        runner.withPropertyValues("camel.component.lalal.api-version=v1", "camel.component.lalal.split-type=multistem",
                "camel.component.lalal.stems=vocals,drum", "camel.component.lalal.splitter=andromeda",
                "camel.component.lalal.encoder-format=flac", "camel.component.lalal.extraction-level=clear_cut")
                .run(ctx -> {
                    LalalConfiguration c = component(ctx.getBean(CamelContext.class));
                    assertThat(c.getApiVersion()).isEqualTo(LalalApiVersion.v1);
                    assertThat(c.getSplitType()).isEqualTo(SplitType.MULTISTEM);
                    assertThat(c.getSplitter()).isEqualTo(Splitter.ANDROMEDA);
                    assertThat(c.getEncoderFormat()).isEqualTo(LalalEncoderFormat.flac);
                    assertThat(c.getExtractionLevel()).isEqualTo(LalalExtractionLevel.clear_cut);
                });
    }

    @Test
    void enabledFalseLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.lalal.enabled=false").run(ctx -> {
            assertThat(ctx).doesNotHaveBean(LalalComponentAutoConfiguration.class);
            LalalConfiguration c = component(ctx.getBean(CamelContext.class));
            assertThat(c.getApiKey()).isNull();
            assertThat(c.getBaseUrl()).isEqualTo("https://www.lalal.ai");
        });
    }

    @Test
    void customizerEnabledFalseSkipsOnlyTheCopying() {
        runner.withPropertyValues("camel.component.lalal.customizer.enabled=false").run(ctx -> {
            assertThat(ctx).hasSingleBean(LalalComponentConfiguration.class);
            assertThat(component(ctx.getBean(CamelContext.class)).getApiKey()).isNull();
        });
    }

    @Test
    void aLalalClientBeanIsAutowiredIntoTheComponent() {
        runner.withUserConfiguration(ClientBean.class).run(ctx -> {
            LalalClient bean = ctx.getBean(LalalClient.class);
            assertThat(component(ctx.getBean(CamelContext.class)).getClient()).isSameAs(bean);
        });
    }

    @Test
    void objectOptionsTakeBeanReferences() {
        runner.withUserConfiguration(ClientBean.class, RepositoryBean.class)
                .withPropertyValues("camel.component.lalal.autowired-enabled=false",
                        "camel.component.lalal.client=#bean:lalalClient",
                        "camel.component.lalal.state-repository=#taskState")
                .run(ctx -> {
                    LalalConfiguration c = component(ctx.getBean(CamelContext.class));
                    assertThat(c.getClient()).isSameAs(ctx.getBean(LalalClient.class));
                    assertThat(c.getStateRepository()).isSameAs(ctx.getBean("taskState"));
                });
    }

    /** A state repository bean. */
    @Configuration(proxyBeanMethods = false)
    static class RepositoryBean {
        @Bean
        org.apache.camel.support.processor.state.MemoryStateRepository taskState() {
            return new org.apache.camel.support.processor.state.MemoryStateRepository();
        }
    }

    /** An application's own client. */
    @Configuration(proxyBeanMethods = false)
    static class ClientBean {
        @Bean(destroyMethod = "close")
        LalalClient lalalClient() {
            return LalalClient.create(LalalClientConfig.builder().baseUrl(EMULATOR.baseUrl()).apiKey(KEY).build());
        }
    }
}
