package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.store.PostgresDatabase;
import io.github.camellalal.emulator.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process waits of an endpoint without a store of its own count in the license's budget that a shared store keeps,
 * when only the tasks consumer names the dataSource and its route starts after the process route: one budget for the
 * license across instances, not that budget plus one of this JVM on top (three instances would otherwise spend up to
 * 30 a minute each beside the shared 30).
 */
class LalalProcessSharedBudgetTest {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("process-budget-key").apiVersion("v1")
            .taskDuration(Duration.ofMillis(600)).checksPerMinute(600).build();

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Test
    void processWaitsTakeTheirSlotsFromTheLicensesSharedBudget() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("lalal", LALAL.component(true)); // https, as the service is
        context.getRegistry().bind("tasksDb", POSTGRES.dataSource());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // started first: the process endpoint has no dataSource
                from("direct:process").routeId("process").to("lalal:process?pollInterval=50");
                from("lalal:tasks?dataSource=#tasksDb&delay=200&initialDelay=0").routeId("tasks")
                        .to("mock:events");
            }
        });
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        List<Long> localSlots = new CopyOnWriteArrayList<>();
        List<Long> sharedSlots = new CopyOnWriteArrayList<>();
        lalal.checkBudget(lalal.getConfiguration()).onSlot(localSlots::add);
        context.start();
        try {
            LalalConfiguration withStore = lalal.getConfiguration().copy();
            withStore.setDataSource(POSTGRES.dataSource());
            lalal.checkBudget(withStore).onSlot(sharedSlots::add);
            int checksBefore = LALAL.emulator(true).requestLog().count(Endpoint.V1_CHECK);

            Exchange done = EmulatedLalal.request(context.createProducerTemplate(), "direct:process",
                    TestWav.stereo(300), "shared-budget.wav");

            assertThat(done.getException()).isNull();
            assertThat(LALAL.emulator(true).requestLog().count(Endpoint.V1_CHECK)).as("the process wait's checks")
                    .isGreaterThan(checksBefore);
            assertThat(localSlots).as("slots of this JVM's own budget").isEmpty();
            assertThat(sharedSlots).as("slots of the license's budget in the database").isNotEmpty();
            assertThat(POSTGRES.queryLong("SELECT count(*) FROM lalal_check_budget")).isOne();
        } finally {
            context.stop();
        }
    }
}
